import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import { minutesEditable } from '../../../../shared/minutes/lifecycle';
import { formatLongDate } from '../../../../shared/domain/long-date';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusSoon } from '../../components/focus-soon';
import { Notice } from '../../components/Notice';
import { AutosaveContext, AutosaveStore, saveAgain, useFlushOnHide } from '../../components/use-autosave';
import { FilingPanel } from '../filing/FilingPanel';
import { itemName } from '../meeting/child-names';
import { AgendaNav } from './AgendaNav';
import { AmendmentsSection } from './AmendmentsSection';
import { AttendancePanel } from './AttendancePanel';
import { CURRENT_ITEM_TITLE, CurrentItem } from './CurrentItem';
import { LifecycleBar, STATUS_ID } from './LifecycleBar';
import { MinutesContext, type MinutesContextValue } from './minutes-context';
import type { JournalEntry } from '../../components/unsaved-journal';
import { UnsavedJournal } from '../../components/unsaved-journal';
import { ShortcutsHelp } from './ShortcutsHelp';
import { notYetSaved, UnsavedRecovery } from './UnsavedRecovery';
import { NotSharedPanel } from './NotSharedPanel';
import { SkipTo } from './SkipTo';
import { useItemKeys } from './use-item-keys';
import { useMinutesShortcuts } from './use-minutes-shortcuts';
import { useMinutes } from './use-minutes';
import './minutes.css';
import { NotAllowed, useMay, useTeamMode } from '../../team-mode';
import { PenBar } from './PenBar';
import { usePen } from './use-pen';

/** After moving item, the keyboard goes to the new item's first field, ready to type (or its heading once the minutes are approved). */
function focusItemStart(readOnly: boolean): void {
  requestAnimationFrame(() => {
    const first = readOnly ? null : document.querySelector<HTMLElement>('#item-fields textarea:not([readonly]), #item-fields select:not([disabled]), #item-fields input:not([disabled])');
    (first ?? document.getElementById(CURRENT_ITEM_TITLE))?.focus();
  });
}

/**
 * The live-minutes workspace: the meeting's progress at the top, who is there, the agenda
 * down the side and the item being minuted beside it; amendments once approved.
 */
export function MinutesWorkspace({ meetingId, initial }: { meetingId: number; initial?: MinutesDetail }) {
  const teamMode = useTeamMode();
  // With a team store only a chair or a minute-taker writes the minutes (as the database grants); others read them.
  const mayWrite = useMay('writeMinutes');
  const [shownStatus, setShownStatus] = useState(initial?.state.status);
  // One pen per meeting on a team store: whoever holds it writes, everyone else reads live.
  const pen = usePen(meetingId, { mayTake: mayWrite.allowed && shownStatus !== undefined && minutesEditable(shownStatus) });
  const penElsewhere = pen.state?.shared === true && !pen.state.mayWrite;
  // Reading someone else's typing: the minutes are read again every 2 seconds.
  const following = penElsewhere || (teamMode && !mayWrite.allowed);
  const minutes = useMinutes(meetingId, initial, following);
  const people = useProcedure('people.list', {});
  const { run: send } = useMutation({ fallback: 'The room could not be moved to that item.' });
  const [journal] = useState(() => new UnsavedJournal(`meeting:${meetingId}`));
  const [store, setStore] = useState(() => new AutosaveStore(undefined, undefined, undefined, journal));
  // What this person had typed and not saved when the pen went to someone else: shown for them to copy.
  const [kept, setKept] = useState<JournalEntry[]>([]);
  useFlushOnHide(store);
  // What an earlier visit typed that the core never acknowledged, read before anything is typed now.
  const [leftOver, setLeftOver] = useState<JournalEntry[]>(() => journal.entries());
  // Fields are drawn again after text is put back, so they show it.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [viewed, setViewed] = useState<number | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  useMinutesShortcuts(() => setHelpOpen(true));
  const { detail, offsetMs, refetch, receive, setState } = minutes;
  const roomStarted = useRef(false);
  // Just started from the agenda page: the Start button is gone, so the keyboard goes to the new status.
  const focusStatus = useRef(initial !== undefined);

  const status = detail?.state.status ?? 'planned';
  if (detail && detail.state.status !== shownStatus) setShownStatus(detail.state.status);
  // The pen went elsewhere: keep what was not saved where it can be copied, and show the holder's text instead of ours.
  // It came back: what was kept is offered back, as after a reload.
  const [wasElsewhere, setWasElsewhere] = useState(false);
  if (detail && penElsewhere !== wasElsewhere) {
    setWasElsewhere(penElsewhere);
    if (penElsewhere) {
      setKept(notYetSaved(journal.entries(), detail));
      setStore(new AutosaveStore(undefined, undefined, undefined, journal));
    } else {
      setLeftOver(journal.entries());
      setKept([]);
    }
    setGeneration((g) => g + 1);
  }
  // Taking the room to an item writes the meeting and its items' times: a viewer or an administrator follows the room without moving it.
  const mayMoveRoom = useMay('arrangeAgendas').allowed;
  const readOnly = status === 'approved' || status === 'locked' || !mayWrite.allowed || penElsewhere;
  const holderName = pen.state?.holder?.name;
  const readOnlyWhy = penElsewhere ? `${holderName ?? 'Someone else'} holds the pen: these minutes are read-only here and follow what they type.` : mayWrite.allowed ? null : mayWrite.reason;
  const context = useMemo<MinutesContextValue | undefined>(
    () =>
      detail && people.data
        ? { meetingId, meetingDate: detail.agenda.meeting.date, form: detail.agenda.meeting.form, status, readOnly, readOnlyWhy, people: people.data, refetch, announce: setNotice }
        : undefined,
    [detail, people.data, meetingId, status, readOnly, readOnlyWhy, refetch],
  );

  const agendaItems = detail?.agenda.items ?? [];
  const viewedId = viewed ?? detail?.state.currentItemId ?? agendaItems[0]?.id ?? null;
  const index = agendaItems.findIndex((a) => a.id === viewedId);

  // A meeting just started has the room on no item: it begins on the first, so the first item is timed.
  useEffect(() => {
    if (!detail || roomStarted.current || !mayMoveRoom) return;
    roomStarted.current = true;
    const first = detail.agenda.items[0];
    if (detail.state.status === 'in_progress' && detail.state.currentItemId === null && first) {
      void send('meetings.setCurrentItem', { meetingId, itemId: first.id }).then((sent) => sent.ok && setState(sent.value));
    }
  }, [detail, meetingId, setState, send, mayMoveRoom]);

  const ready = context !== undefined;
  useEffect(() => {
    if (!ready || !focusStatus.current) return;
    focusStatus.current = false;
    focusSoon(STATUS_ID);
  }, [ready]);

  async function go(itemId: number) {
    const target = agendaItems.find((a) => a.id === itemId);
    if (!target || !detail) return;
    setError(undefined);
    // What was typed on the item being left goes now, not after the pause.
    void store.flushAll();
    setViewed(itemId);
    setNotice(`Item ${target.position} of ${agendaItems.length}: ${itemName(target.children)}.`);
    focusItemStart(readOnly);
    if (status !== 'in_progress' || !mayMoveRoom) return;
    const sent = await send('meetings.setCurrentItem', { meetingId, itemId });
    if (!sent.ok) return setError(sent.error.message);
    setState(sent.value);
    // The item just left has banked its time: fetch the items' times again.
    await refetch();
  }

  useItemKeys(
    () => {
      const next = agendaItems[index + 1];
      if (next) void go(next.id);
    },
    () => {
      const previous = agendaItems[index - 1];
      if (previous) void go(previous.id);
    },
  );

  if (minutes.loadError && !detail) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{minutes.loadError.code === 'NOT_FOUND' ? 'Meeting not found' : 'The minutes could not be shown'}</h1>
        <p>{minutes.loadError.message}</p>
        <a href="#/rota">Back to the rota</a>
      </section>
    );
  }
  if (!detail || !context) return <p aria-live="polite">Loading…</p>;

  const m = detail.agenda.meeting;
  const offered = penElsewhere ? [] : notYetSaved(leftOver, detail);
  const restore = () => {
    for (const e of offered) store.change(e.key, e.value, saveAgain(e.call), true);
    setLeftOver([]);
    setGeneration((g) => g + 1);
    setNotice('The text is back and is being saved.');
    void store.flushAll().then(refetch);
  };
  const discard = () => {
    journal.forget(leftOver);
    setLeftOver([]);
    setNotice('The text that was not saved has been discarded.');
  };
  const items = new Map(detail.items.map((i) => [i.itemId, i]));
  const agendaItem = agendaItems[index];
  const item = agendaItem ? items.get(agendaItem.id) : undefined;
  const today = todayIso(new Date(Date.parse(detail.now)));

  return (
    <AutosaveContext value={store}>
      <MinutesContext value={context}>
        <section aria-labelledby="page-title" className="minutes">
          <nav className="breadcrumbs" aria-label="Breadcrumb">
            {m.seriesId !== null ? (
              <a href={`#/rota/${m.seriesId}`}>{m.seriesName ?? 'Rota'}</a>
            ) : m.form === 'cpm' ? (
              <a href="#/cpm">Care Planning Meetings</a>
            ) : (
              <a href="#/rota">Panel rota</a>
            )}
          </nav>
          <h1 id="page-title">
            {m.typeName} <span className="page-head__sub">{formatLongDate(m.date)}, {m.startTime} to {m.endTime}{m.venue ? `, ${m.venue}` : ''}{m.chairName ? `. Chair: ${m.chairName}` : ''}</span>
          </h1>
          <UnsavedRecovery entries={offered} onRestore={restore} onDiscard={discard} />
          <NotSharedPanel />
          <SkipTo onHelp={() => setHelpOpen(true)} />
          <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
          <PenBar pen={pen.state} actions={pen} mayHold={mayWrite.allowed && minutesEditable(status)} kept={kept} announce={setNotice} />
          <LifecycleBar detail={detail} offsetMs={offsetMs} onDetail={receive} />
          <Notice text={notice} />
          <NotAllowed permission={mayWrite} />
          <ErrorMessage text={error ?? (minutes.loadError ? `The page could not be brought up to date: ${minutes.loadError.message}` : undefined)} />
          {/* Documents and filing: first once approved (filing is then the job), at the end while the minutes are being written. */}
          {readOnly && !penElsewhere ? <FilingPanel meetingId={meetingId} status={status} /> : null}
          <AttendancePanel key={generation} attendance={detail.attendance} openAtFirst={status === 'in_progress'} />
          {agendaItems.length === 0 ? (
            <p className="empty">This meeting has no items.</p>
          ) : (
            <div className="minutes__items">
              <AgendaNav
                agendaItems={agendaItems}
                items={items}
                viewedId={viewedId}
                roomItemId={status === 'in_progress' ? detail.state.currentItemId : null}
                currentSince={detail.state.currentSince}
                offsetMs={offsetMs}
                onGo={(id) => void go(id)}
              />
              {agendaItem && item ? (
                <CurrentItem
                  key={`${item.itemId}-${generation}${following ? `-${contentKey(item)}` : ''}`}
                  item={item}
                  agendaItem={agendaItem}
                  count={agendaItems.length}
                  state={detail.state}
                  offsetMs={offsetMs}
                  today={today}
                  previous={agendaItems[index - 1]}
                  next={agendaItems[index + 1]}
                  onGo={(id) => void go(id)}
                />
              ) : null}
            </div>
          )}
          {status === 'approved' || status === 'locked' ? (
            <AmendmentsSection
              meetingId={meetingId}
              amendments={detail.amendments}
              items={agendaItems}
              locked={status === 'locked'}
              onAmended={(d) => {
                receive(d);
                setNotice('Amendment added.');
              }}
            />
          ) : null}
          {readOnly && !penElsewhere ? null : <FilingPanel meetingId={meetingId} status={status} />}
        </section>
      </MinutesContext>
    </AutosaveContext>
  );
}

/** A short fingerprint of what an item's minutes say: a followed item is drawn again when it changes, and only then. */
function contentKey(item: MinutesDetail['items'][number]): string {
  const text = JSON.stringify([item.values, item.ratings, item.actions, item.earlierActions]);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
