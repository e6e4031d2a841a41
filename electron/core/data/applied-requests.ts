import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database';

/**
 * A save sent from a laptop's outbox carries the id the laptop gave it. The write path records
 * that id in the same transaction as the save (`applied_requests`, team store only), so the
 * save and the record of it commit together or not at all, and the key refuses the same save a
 * second time. The id travels with the call, not through every service's arguments.
 */

interface Request {
  readonly id: string;
  claimed: boolean;
}

const current = new AsyncLocalStorage<Request>();

/** Runs one call as the save with this id. */
export function withRequestId<T>(id: string, work: () => Promise<T>): Promise<T> {
  return current.run({ id, claimed: false }, work);
}

/** In the write's transaction: records that this call's save is applied (once per call; a call without an id records nothing). */
export async function claimRequest(db: Transaction<Database>, at: string): Promise<void> {
  const request = current.getStore();
  if (!request || request.claimed) return;
  await sql`insert into applied_requests (id, applied_at) values (${request.id}, ${at})`.execute(db);
  request.claimed = true;
}

/** Whether the team store has already applied the save with this id. */
export async function wasApplied(db: Kysely<Database>, id: string): Promise<boolean> {
  const { rows } = await sql<{ found: number }>`select 1 as found from applied_requests where id = ${id}`.execute(db);
  return rows.length > 0;
}

