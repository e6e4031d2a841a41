import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * One pen per meeting, and who is looking at it. On a team store several people open the same
 * meeting: one of them holds the pen for its minutes (the person, as they sign in, and the laptop
 * or window they hold it on, so a reconnect of that laptop keeps it), and the others read. When
 * the pen is taken over, the row keeps who had it, so they can be told. Presence is one row per
 * person and window on a meeting's page, renewed by a heartbeat; a row not renewed for a while
 * no longer counts.
 *
 * Both engines have the tables; on a laptop's own file (one person) they stay empty, because the
 * pen is always that person's.
 */
export const m014MeetingPenAndPresence: Migration = {
  version: 14,
  name: 'one pen per meeting’s minutes, and who is viewing a meeting',
  async up(db) {
    await db.schema
      .createTable('meeting_pens')
      .addColumn('meeting_id', 'integer', (c) => c.primaryKey().references('meetings.id').onDelete('cascade'))
      /** The holder as they sign in (the team store's login; the computer's login on a laptop). */
      .addColumn('login', 'text', (c) => c.notNull())
      /** The laptop or window the pen is held on: a reconnect with the same id keeps the pen. */
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('since', 'text', (c) => c.notNull())
      /** Who held it before, when it was taken over rather than handed or taken free: they are told. */
      .addColumn('taken_from', 'text')
      .execute();
    await db.schema
      .createTable('meeting_presence')
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('login', 'text', (c) => c.notNull())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('last_seen', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('meeting_presence_pk', ['meeting_id', 'login', 'client_id'])
      .execute();
    await sql`create index meeting_presence_seen on meeting_presence (meeting_id, last_seen)`.execute(db);
  },
};
