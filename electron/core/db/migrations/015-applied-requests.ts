import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The team store remembers which saves it has applied, by the id the laptop gave each one, in
 * the same transaction as the save. A laptop that lost its connection cannot tell whether its
 * last save committed before the line went down, so it sends it again from its outbox when the
 * server is back: a save whose id is already here is known to be in, and one sent twice is
 * refused by the key, so it is never applied twice.
 *
 * SQLite: nothing changes. The laptop's own file has no outbox in front of it (a save there is
 * either in the file or was never acknowledged).
 */
export const m015AppliedRequests: Migration = {
  version: 15,
  name: 'the team store remembers the saves it has applied, by the id the laptop gave each',
  async up(db, engine) {
    if (engine !== 'postgres') return;
    await sql`create table applied_requests (
      id text primary key,
      applied_at text not null,
      login text not null default session_user
    )`.execute(db);
  },
};
