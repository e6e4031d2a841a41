import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { PenState, PenViewer } from '../../../../shared/schemas/pen';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import { write } from '../../data/write';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { findMeeting } from '../meetings/repository/meetings';
import { clearLapsedPresence, dropPen, namesOfLogins, penOf, presenceSince, putPen, renewPresence } from './repository';
import { alreadyHeld, takenOverNotice } from './words';

/** A page sends a heartbeat every 10 seconds; three missed and the person no longer counts as viewing. */
export const PRESENCE_LAPSES_MS = 30_000;

type PenInput = ParsedInput<'pen.get'>;

/**
 * Whether several people share this store. On a team store each person signs in as themselves,
 * and the pen decides who writes a meeting's minutes; on a laptop's own file one person uses the
 * app, the pen is always theirs, and nothing about it is stored.
 */
export function penIsShared(ctx: ServiceContext): boolean {
  return ctx.identity?.decidedBySignIn === true;
}

/** How the person asking signs in: the pen and presence are theirs under this name. */
function loginOf(ctx: ServiceContext): string {
  return ctx.identity?.login ?? ctx.login ?? ctx.actor;
}

async function assertMeeting(db: Db, meetingId: number) {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting');
  return meeting;
}

/** The pen and the people viewing, as the person asking (in this window) sees them. */
async function stateOf(ctx: ServiceContext, db: Db, input: PenInput): Promise<PenState> {
  const me = loginOf(ctx);
  if (!penIsShared(ctx)) {
    const you = { login: me, name: ctx.actor, you: true, holdsPen: true };
    return { meetingId: input.meetingId, shared: false, holder: { login: me, name: ctx.actor, since: isoNow(ctx), you: true, here: true, viewing: true }, mayWrite: true, viewing: [you], notice: null };
  }
  const since = new Date(ctx.now().getTime() - PRESENCE_LAPSES_MS).toISOString();
  const [pen, present] = await Promise.all([penOf(db, input.meetingId), presenceSince(db, input.meetingId, since)]);
  const logins = [...new Set([...present.map((p) => p.login), ...(pen ? [pen.login] : [])])];
  const names = new Map((await namesOfLogins(db, logins)).map((r) => [r.login, r.name]));
  const nameOf = (login: string) => (login === me ? ctx.actor : (names.get(login) ?? login));
  const viewing: PenViewer[] = [];
  for (const p of present) {
    if (viewing.some((v) => v.login === p.login)) continue;
    viewing.push({ login: p.login, name: nameOf(p.login), you: p.login === me, holdsPen: pen?.login === p.login });
  }
  viewing.sort((a, b) => (a.you !== b.you ? (a.you ? -1 : 1) : a.name.localeCompare(b.name, 'en-GB')));
  const holder = pen
    ? {
        login: pen.login,
        name: nameOf(pen.login),
        since: pen.since,
        you: pen.login === me,
        here: pen.login === me && pen.client_id === input.client,
        viewing: present.some((p) => p.login === pen.login && p.client_id === pen.client_id),
      }
    : null;
  const notice = pen && pen.login !== me && pen.taken_from === me ? takenOverNotice(holder!.name, pen.since) : null;
  return { meetingId: input.meetingId, shared: true, holder, mayWrite: !pen || pen.login === me, viewing, notice };
}

function meetingWords(meeting: { date: string }): string {
  return `the minutes of the meeting on ${formatUkDate(meeting.date)}`;
}

export async function readPen(ctx: ServiceContext, input: PenInput): Promise<PenState> {
  await assertMeeting(ctx.db, input.meetingId);
  return stateOf(ctx, ctx.db, input);
}

/** Takes the pen while nobody else holds it; a person holding it in another window moves it to this one. */
export async function takePen(ctx: ServiceContext, input: PenInput): Promise<PenState> {
  if (!penIsShared(ctx)) return readPen(ctx, input);
  const me = loginOf(ctx);
  return write(ctx, async (w) => {
    await assertMeeting(w.db, input.meetingId);
    const pen = await penOf(w.db, input.meetingId);
    if (pen && pen.login !== me) throw new AppError('CONFLICT', alreadyHeld((await namesOfLogins(w.db, [pen.login]))[0]?.name ?? pen.login));
    if (!pen || pen.client_id !== input.client) {
      await putPen(w.db, { meeting_id: input.meetingId, login: me, client_id: input.client, since: isoNow(ctx), taken_from: null });
      w.changed('pen', input.meetingId);
    }
    return stateOf(ctx, w.db, input);
  });
}

/** Takes the pen from whoever holds it, on purpose: the previous holder is told, and their page turns read-only. */
export async function takeOverPen(ctx: ServiceContext, input: PenInput): Promise<PenState> {
  if (!penIsShared(ctx)) return readPen(ctx, input);
  const me = loginOf(ctx);
  const pen = await penOf(ctx.db, input.meetingId);
  if (!pen || pen.login === me) return takePen(ctx, input);
  return write(ctx, async (w) => {
    const meeting = await assertMeeting(w.db, input.meetingId);
    const now = await penOf(w.db, input.meetingId);
    const from = now && now.login !== me ? now.login : null;
    await putPen(w.db, { meeting_id: input.meetingId, login: me, client_id: input.client, since: isoNow(ctx), taken_from: from });
    const fromName = from ? ((await namesOfLogins(w.db, [from]))[0]?.name ?? from) : null;
    await w.audit({ action: 'update', entity: 'meeting', entityId: input.meetingId, summary: `Took over the pen for ${meetingWords(meeting)}${fromName ? ` from ${fromName}` : ''}` });
    w.changed('pen', input.meetingId);
    return stateOf(ctx, w.db, input);
  });
}

/** Hands the pen to someone viewing the meeting now, on the laptop or window they were last seen on. */
export async function handOverPen(ctx: ServiceContext, input: ParsedInput<'pen.handOver'>): Promise<PenState> {
  const state = { meetingId: input.meetingId, client: input.client };
  if (!penIsShared(ctx)) return readPen(ctx, state);
  const me = loginOf(ctx);
  return write(ctx, async (w) => {
    const meeting = await assertMeeting(w.db, input.meetingId);
    const pen = await penOf(w.db, input.meetingId);
    if (!pen || pen.login !== me) throw new AppError('CONFLICT', 'Only the person holding the pen can hand it over. Take the pen first.');
    if (input.to === me) return stateOf(ctx, w.db, state);
    const since = new Date(ctx.now().getTime() - PRESENCE_LAPSES_MS).toISOString();
    const seen = (await presenceSince(w.db, input.meetingId, since)).find((p) => p.login === input.to);
    if (!seen) throw new AppError('CONFLICT', 'The pen can only be handed to someone viewing this meeting now, and they are no longer viewing it. Nothing was changed.', { to: 'Choose someone viewing now.' });
    await putPen(w.db, { meeting_id: input.meetingId, login: seen.login, client_id: seen.client_id, since: isoNow(ctx), taken_from: null });
    const toName = (await namesOfLogins(w.db, [seen.login]))[0]?.name ?? seen.login;
    await w.audit({ action: 'update', entity: 'meeting', entityId: input.meetingId, summary: `Handed the pen for ${meetingWords(meeting)} to ${toName}` });
    w.changed('pen', input.meetingId);
    return stateOf(ctx, w.db, state);
  });
}

/** Lets go of the pen, so anyone may take it; nothing happens if the person asking does not hold it. */
export async function releasePen(ctx: ServiceContext, input: PenInput): Promise<PenState> {
  if (!penIsShared(ctx)) return readPen(ctx, input);
  const me = loginOf(ctx);
  return write(ctx, async (w) => {
    await assertMeeting(w.db, input.meetingId);
    const pen = await penOf(w.db, input.meetingId);
    if (pen?.login === me) {
      await dropPen(w.db, input.meetingId, me);
      w.changed('pen', input.meetingId);
    }
    return stateOf(ctx, w.db, input);
  });
}

/** "Still viewing this meeting": renews the person's row for this window and clears those that lapsed. */
export async function penHeartbeat(ctx: ServiceContext, input: PenInput): Promise<PenState> {
  if (!penIsShared(ctx)) return readPen(ctx, input);
  const me = loginOf(ctx);
  return write(ctx, async (w) => {
    await assertMeeting(w.db, input.meetingId);
    const now = ctx.now();
    await renewPresence(w.db, input.meetingId, me, input.client, now.toISOString());
    await clearLapsedPresence(w.db, input.meetingId, new Date(now.getTime() - PRESENCE_LAPSES_MS).toISOString());
    w.changed('presence', input.meetingId);
    return stateOf(ctx, w.db, input);
  });
}
