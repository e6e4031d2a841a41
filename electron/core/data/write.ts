import { sql, type RawBuilder, type Transaction } from 'kysely';
import { formatUkDate, todayIso, toIso } from '../../../shared/domain/dates';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { claimRequest } from './applied-requests';
import { recordAudit, recordAuditAnnouncing, recordEditAudit, recordEditAuditAnnouncing, type AuditEntry, type EditEntry } from './audit';
import type { ChangeEvent } from './change-feed';
import type { Database } from './database';
import { engineOf } from './dialect';
import { markAllTrackingStale, markTrackingStale } from './tracking/refresh';

export type { AuditEntry, EditEntry };

/**
 * What a change is given to write with: the transaction, and the three things every
 * write owes the rest of the app, which only the write path does.
 */
export interface Writer {
  readonly db: Transaction<Database>;
  readonly ctx: ServiceContext;
  /** The audit row of what was done, in the same transaction, so the log never disagrees with the data. */
  audit(entry: AuditEntry): Promise<void>;
  /** Many audit rows at once (an import's). */
  auditMany(entries: readonly AuditEntry[]): Promise<void>;
  /** An edit made while typing: folded into the person's spell of editing the same thing (see `recordEditAudit`). */
  auditEdit(entry: EditEntry): Promise<void>;
  /** These children's tracker rows no longer hold: their next reader works them out again. */
  childrenChanged(ids: Iterable<number>): Promise<void>;
  /** What every child's answer depends on changed (the review rules, the bank holidays, a rota). */
  everyChildChanged(): Promise<void>;
  /** A change the audit log does not keep (the room moving on to an item), announced all the same. */
  changed(entity: string, ...ids: number[]): void;
  /**
   * Claims the row for this edit: `update … set version = version + 1 where <key> and version = ?`,
   * answering the row's new version. If someone saved it since the version the edit was based on,
   * nothing is written and the write fails with CONFLICT, naming who changed it and when and what
   * each field holds now. Call it before changing the row, in the same write.
   */
  claimVersion(check: VersionCheck): Promise<number>;
  /**
   * `claimVersion` folded into the row's own write, where each statement is a round trip (a team
   * store): `claimAndWrite` claims and writes the row in one statement (its update `where version = ?`)
   * and answers the row's new version, or `{ lost }` with the row's version as it stands (undefined: no
   * row) when the claim was lost, having written nothing. A lost claim fails as `claimVersion` fails.
   */
  claimWithin(check: VersionCheck, claimAndWrite: () => Promise<number | { lost: { version: number } | undefined }>): Promise<number>;
}

/** The tables whose rows carry a version (migrations 13 and 17). */
export type VersionedTable = 'children' | 'actions' | 'agenda_items' | 'meetings' | 'minute_fields' | 'settings' | 'teams' | 'people' | 'meeting_types';

export interface VersionCheck {
  table: VersionedTable;
  /** The row's key (its id, or a field of an item, or a setting's key). */
  key: Record<string, string | number>;
  /**
   * The version the edit was based on; 0 for a row not yet there (a field never saved, a setting at its default).
   * null: a change not made over something shown to the person (an import), which moves the version on unchecked.
   */
  version: number | null;
  /** Where the audit log records changes to the row, to say who changed it last. */
  entity: string;
  entityId: number | null;
  /** Read only when the race is lost: each field the edit sends (by field path), what it sent and what the row holds now. */
  fields(): Promise<Record<string, { mine: unknown; theirs: unknown; shown?: string }>>;
  /**
   * Whether one of the row's audit rows changed the field at `path`, so that a lost race names, at each
   * field, the person who changed that field rather than whoever saved the row last (two people on
   * different fields of one record are not in each other's way). Absent: the row's newest audit row.
   */
  changedIn?(row: AuditedChange, path: string): boolean;
  /**
   * Where several rows share the entity's audit rows (every setting is entity `settings`), which of
   * them are this row's: the lost race's first sentence, and who saved it, come from the newest of those
   * rather than from a change to another row. Absent: every audit row of the entity is the row's.
   */
  ownRow?(row: AuditedChange): boolean;
  /**
   * What the person can do next, said after who changed it and when. Absent: keep yours or take theirs
   * at each field shown (a form); a change made from a list (archiving) says what the list now shows.
   */
  next?: string;
}

/** The audit row a team store's write holds back to carry its change notice (see `write`). */
type HeldAudit = { kind: 'edit'; entry: EditEntry } | { kind: 'audit'; entry: AuditEntry; at: string };

/** A held audit row written, with the write's change notice in its statement when one is given. */
function writeAudit(db: Transaction<Database>, ctx: ServiceContext, held: HeldAudit, notice?: RawBuilder<unknown>): Promise<void> {
  if (held.kind === 'edit') return notice ? recordEditAuditAnnouncing(db, ctx, held.entry, notice) : recordEditAudit(db, ctx, held.entry);
  return notice ? recordAuditAnnouncing(db, ctx, held.at, held.entry, notice) : recordAudit(db, ctx, [held.entry], held.at);
}

/** What `changedIn` is shown of an audit row. */
export interface AuditedChange {
  summary: string;
  details: unknown;
}

/** How far back a lost race looks for the field's own last change before naming the row's newest. */
const FIELD_HISTORY_ROWS = 200;

const SHOWN_MAX = 200;

function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'left it empty';
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : typeof value === 'number' ? String(value) : JSON.stringify(value);
  return `‘${text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX)}…` : text}’`;
}

/** "at 10:42" today, "on 22/11/2026 at 10:42" another day. */
function whenSaid(ctx: ServiceContext, at: string): string {
  const d = new Date(at);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const day = toIso(d);
  return day === todayIso(ctx.now()) ? `at ${time}` : `on ${formatUkDate(day)} at ${time}`;
}

/** An audit row's details as written (JSON text on either engine); unreadable ones are nothing to match. */
function parsedDetails(details: unknown): unknown {
  if (typeof details !== 'string') return details;
  try {
    return JSON.parse(details) as unknown;
  } catch {
    return null;
  }
}

async function claimVersion(db: Transaction<Database>, ctx: ServiceContext, check: VersionCheck): Promise<number> {
  const keyed = <Q extends { where(column: never, op: '=', value: never): Q }>(q: Q): Q => {
    let out = q;
    for (const [column, value] of Object.entries(check.key)) out = out.where(column as never, '=', value as never);
    return out;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one statement for nine tables, each with a version column (the schema snapshot test holds them to it)
  const table = check.table as any;
  if (check.version === null) {
    await keyed(db.updateTable(table).set({ version: sql`version + 1` } as never)).execute();
    const row = (await keyed(db.selectFrom(table).select('version' as never)).executeTakeFirst()) as { version: number } | undefined;
    return row?.version ?? 1;
  }
  const claimed = await keyed(db.updateTable(table).set({ version: sql`version + 1` } as never).where('version' as never, '=', check.version as never)).executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 1) return check.version + 1;
  const now = await keyed(db.selectFrom(table).select('version' as never)).executeTakeFirst() as { version: number } | undefined;
  // A row not there yet, and the edit knew it: the edit adds it at version 1.
  if (now === undefined && check.version === 0) return 1;
  return claimLost(db, ctx, check, now);
}

/**
 * The claim was lost: the row is gone (NOT_FOUND), or someone saved it since the version the edit
 * was based on (CONFLICT, naming who and when, and what each field holds now). `now` is the row's
 * version as it stands (undefined: no row).
 */
async function claimLost(db: Transaction<Database>, ctx: ServiceContext, check: VersionCheck, now: { version: number } | undefined): Promise<never> {
  if (now === undefined) throw new AppError('NOT_FOUND', 'This has been deleted by someone else since you opened it, so your change was not saved. Copy anything you typed that you want to keep.');
  const history = await db
    .selectFrom('audit_log')
    .select(['actor', 'at', 'summary', 'details'])
    .where('entity', '=', check.entity)
    .where('entity_id', check.entityId === null ? 'is' : '=', check.entityId)
    .orderBy('id', 'desc')
    .limit(check.changedIn || check.ownRow ? FIELD_HISTORY_ROWS : 1)
    .execute();
  const last = check.ownRow ? history.find((row) => check.ownRow!({ summary: row.summary, details: parsedDetails(row.details) })) : history[0];
  const who = last?.actor ?? 'Someone else';
  const when = last ? ` ${whenSaid(ctx, last.at)}` : '';
  const theirs: Record<string, unknown> = {};
  const fieldErrors: Record<string, string> = {};
  for (const [path, f] of Object.entries(await check.fields())) {
    if (JSON.stringify(f.mine ?? null) === JSON.stringify(f.theirs ?? null)) continue;
    theirs[path] = f.theirs ?? null;
    const own = check.changedIn && history.find((row) => check.changedIn!({ summary: row.summary, details: parsedDetails(row.details) }, path));
    const by = own ? `${own.actor} changed this ${whenSaid(ctx, own.at)}` : `${who} changed this${when}`;
    fieldErrors[path] = `${by}: ${f.shown ?? shownValue(f.theirs)}`;
  }
  throw new AppError(
    'CONFLICT',
    `${who} saved a change to this${when}, after you opened it, so yours was not saved. ${check.next ?? 'For each field shown, keep yours or take theirs.'}`,
    fieldErrors,
    { version: now.version, by: last?.actor ?? null, at: last?.at ?? null, theirs },
  );
}

/**
 * The one way anything is written: runs the change in a transaction, with its audit rows,
 * marks the children it touched stale for the tracker, announces the change (inside the
 * transaction, for a shared store to pass on; after the commit, on the in-process feed),
 * and answers what the change answered. If the change throws, nothing is written or announced.
 */
export async function write<T>(ctx: ServiceContext, change: (w: Writer) => Promise<T>): Promise<T> {
  const events = new Map<string, Set<number>>();
  const note = (entity: string, ids: Iterable<number>) => {
    const set = events.get(entity) ?? new Set<number>();
    for (const id of ids) set.add(id);
    events.set(entity, set);
  };
  const listed = () => [...events].map(([entity, ids]): ChangeEvent => ({ entity, ids: [...ids].sort((a, b) => a - b) }));
  const result = await ctx.db.transaction().execute(async (db) => {
    // A team store's last audit row waits for the end of the write, to carry the change notice in
    // its statement (one round trip, not two). It is written before any other audit row, claim or
    // notice of the write, so the log reads as if it had been written at once: nothing else in the
    // write reads or writes the audit log but through here. An edit's row (an autosave's) and a
    // plain one (an export's) alike; many rows at once (an import's) are written as they come.
    const foldsNotice = engineOf(db) === 'postgres' && ctx.changes?.carriesNotice === true;
    let held: HeldAudit | null = null;
    const writeHeld = async () => {
      const entry = held;
      held = null;
      if (entry) await writeAudit(db, ctx, entry);
    };
    const w: Writer = {
      db,
      ctx,
      async audit(entry) {
        await writeHeld();
        // When it was asked for, not when it is written: the row says the same either way.
        if (foldsNotice) held = { kind: 'audit', entry, at: ctx.now().toISOString() };
        else await recordAudit(db, ctx, [entry]);
        note(entry.entity, entry.entityId === null ? [] : [entry.entityId]);
      },
      async auditMany(entries) {
        await writeHeld();
        await recordAudit(db, ctx, entries);
        for (const e of entries) note(e.entity, e.entityId === null ? [] : [e.entityId]);
      },
      async auditEdit(entry) {
        await writeHeld();
        if (foldsNotice && entry.to !== undefined) held = { kind: 'edit', entry };
        else await recordEditAudit(db, ctx, entry);
        note(entry.entity, entry.entityId === null ? [] : [entry.entityId]);
      },
      async childrenChanged(ids) {
        const list = [...ids];
        if (list.length === 0) return;
        // Marked at once, not at the end: a read later in this write (a record of the child's details) then works them out again.
        await markTrackingStale(db, list);
        note('child', list);
      },
      async everyChildChanged() {
        await markAllTrackingStale(db);
        note('child', []);
      },
      changed(entity, ...ids) {
        note(entity, ids);
      },
      async claimVersion(check) {
        await writeHeld();
        return claimVersion(db, ctx, check);
      },
      async claimWithin(check, claimAndWrite) {
        await writeHeld();
        const claimed = await claimAndWrite();
        return typeof claimed === 'number' ? claimed : claimLost(db, ctx, check, claimed.lost);
      },
    };
    // A save replayed from a laptop's outbox is recorded as applied in this same transaction.
    await claimRequest(db, ctx.now().toISOString());
    const answer = await change(w);
    const events = listed();
    const last = held as HeldAudit | null;
    held = null;
    const notice = last ? ctx.changes?.noticeOf(events) : null;
    if (last && notice) {
      await writeAudit(db, ctx, last, notice);
    } else {
      if (last) await writeAudit(db, ctx, last);
      await ctx.changes?.inTransaction(db, events);
    }
    return answer;
  });
  ctx.changes?.publish(listed());
  return result;
}
