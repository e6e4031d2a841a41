import type { Transaction } from 'kysely';
import type { ServiceContext } from '../context';
import { claimRequest } from './applied-requests';
import { recordAudit, recordEditAudit, type AuditEntry, type EditEntry } from './audit';
import type { ChangeEvent } from './change-feed';
import type { Database } from './database';
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
    const w: Writer = {
      db,
      ctx,
      async audit(entry) {
        await recordAudit(db, ctx, [entry]);
        note(entry.entity, entry.entityId === null ? [] : [entry.entityId]);
      },
      async auditMany(entries) {
        await recordAudit(db, ctx, entries);
        for (const e of entries) note(e.entity, e.entityId === null ? [] : [e.entityId]);
      },
      async auditEdit(entry) {
        await recordEditAudit(db, ctx, entry);
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
    };
    // A save replayed from a laptop's outbox is recorded as applied in this same transaction.
    await claimRequest(db, ctx.now().toISOString());
    const answer = await change(w);
    await ctx.changes?.inTransaction(db, listed());
    return answer;
  });
  ctx.changes?.publish(listed());
  return result;
}
