import { useCallback, useEffect, useRef } from 'react';
import type { PenState } from '../../../../shared/schemas/pen';
import { useServerLink } from '../../api/live';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';

/** The page says it is still viewing the meeting this often; the core forgets it after 30 seconds without. */
const HEARTBEAT_MS = 10_000;
/**
 * Who holds the pen is read again this often, only while the team store's change notices are not
 * heard: otherwise every take, hand-over and heartbeat is announced and read again as it happens.
 */
const PEN_FALLBACK_MS = 10_000;

const CLIENT_KEY = 'panelroom.client';

/**
 * This laptop's (or browser profile's) own id, made once and kept: the pen held on it survives a
 * reload or a reconnect. Letters, digits and dashes only, as the core expects.
 */
export function thisClient(): string {
  try {
    const kept = localStorage.getItem(CLIENT_KEY);
    if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
    const made = crypto.randomUUID();
    localStorage.setItem(CLIENT_KEY, made);
    return made;
  } catch {
    // Storage refused (a locked-down profile): an id for this page's life.
    return crypto.randomUUID();
  }
}

let clientOfPage: string | undefined;
function client(): string {
  clientOfPage ??= thisClient();
  return clientOfPage;
}

/**
 * Who holds the pen for a meeting's minutes and who is viewing it, kept up to date; the
 * heartbeat that says this person is viewing; and the pen's changes. With `mayTake`, a pen
 * nobody holds is taken on opening, so the first person to start writing is the one holding it.
 */
export function usePen(meetingId: number, options: { mayTake: boolean }) {
  const input = { meetingId, client: client() };
  const link = useServerLink();
  const hearingChanges = link?.listening === true;
  // On a laptop's own file the pen is always the user's: read once, then nothing more. On a team store
  // the pen's changes arrive as change events; someone who stops viewing without a word (a closed lid)
  // drops out of the answer to this page's own heartbeat once their presence lapses.
  const read = useProcedure('pen.get', input, { poll: (data) => (data?.shared === false || hearingChanges ? false : PEN_FALLBACK_MS) });
  const { run } = useMutation({ fallback: 'The pen could not be changed: the data could not be reached.' });
  const { set, reload } = read;

  // Each change answers with the pen as it stood after it, but the core may answer two calls in
  // either order: a heartbeat sent just before (or while) the first take can be answered after it,
  // from before the take was committed. So a take, take-over, release or hand-over is shown only if
  // no later one was sent, and a heartbeat's answer only if no such change was on its way either
  // side of it: an older answer never puts back "nobody holds the pen" over the take that followed.
  const changesSent = useRef(0);
  const changesOnTheirWay = useRef(0);
  const sendChange = useCallback(
    async (name: 'pen.take' | 'pen.takeOver' | 'pen.release' | 'pen.handOver', to?: string): Promise<string | undefined> => {
      const mine = ++changesSent.current;
      changesOnTheirWay.current += 1;
      try {
        const sent = name === 'pen.handOver' ? await run(name, { meetingId, client: client(), to: to ?? '' }) : await run(name, { meetingId, client: client() });
        if (!sent.ok) {
          // The change before this one may have been answered and not shown (this one was newer): the pen is read again.
          if (mine === changesSent.current) void reload();
          return sent.error.message;
        }
        if (mine === changesSent.current) set(sent.value);
        return undefined;
      } finally {
        changesOnTheirWay.current -= 1;
      }
    },
    [run, set, reload, meetingId],
  );
  const heartbeat = useCallback(async (): Promise<void> => {
    const changesBefore = changesSent.current;
    const quietBefore = changesOnTheirWay.current === 0;
    const sent = await run('pen.heartbeat', { meetingId, client: client() });
    if (sent.ok && quietBefore && changesOnTheirWay.current === 0 && changesBefore === changesSent.current) set(sent.value);
  }, [run, set, meetingId]);
  const handOver = useCallback((to: string) => sendChange('pen.handOver', to), [sendChange]);

  const state: PenState | undefined = read.data;
  const shared = state?.shared === true;

  // "Still viewing", now and every few seconds while the page is open (on a store several people share).
  useEffect(() => {
    if (!shared) return;
    void heartbeat();
    const timer = setInterval(() => void heartbeat(), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [heartbeat, shared]);

  // A pen nobody holds is taken by the first person who may write, once.
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current || !options.mayTake || !state?.shared || state.holder !== null) return;
    tried.current = true;
    void sendChange('pen.take');
  }, [state, options.mayTake, sendChange]);

  return { state, error: read.error, take: () => sendChange('pen.take'), takeOver: () => sendChange('pen.takeOver'), release: () => sendChange('pen.release'), handOver };
}
