import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 14: the pen for a meeting’s minutes, and who is viewing it', () => {
  it('upgrades a database made by migration 13 with its meetings intact, adds the two tables empty, and they go with their meeting', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const before = await openStore(file, { migrations: migrations.slice(0, 13) });
    before.sqlite.exec(`
      insert into meetings (type_id, date, start_time, end_time, status, created_at, updated_at)
        values ((select min(id) from meeting_types), '2026-11-22', '10:00', '12:00', 'in_progress', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');`);
    const meetings = before.sqlite.prepare('select * from meetings').all();
    const tables = () => before.sqlite.prepare(`select name from sqlite_master where type = 'table' and name like 'meeting_p%' order by name`).pluck().all();
    expect(tables()).toEqual([]);
    await before.close();

    const v14 = await openStore(file, { migrations: migrations.slice(0, 14) });
    expect(v14.schemaVersion).toBe(14);
    const db = v14.sqlite;
    expect(db.prepare('select * from meetings').all()).toEqual(meetings);
    expect(db.prepare(`select name from sqlite_master where type = 'table' and name like 'meeting_p%' order by name`).pluck().all()).toEqual(['meeting_pens', 'meeting_presence']);
    expect(db.prepare('select count(*) from meeting_pens').pluck().get()).toBe(0);

    const meetingId = (meetings[0] as { id: number }).id;
    db.prepare(`insert into meeting_pens (meeting_id, login, client_id, since) values (?, 'sam', 'laptop-1', '2026-11-22T10:42:00.000Z')`).run(meetingId);
    // One pen per meeting.
    expect(() => db.prepare(`insert into meeting_pens (meeting_id, login, client_id, since) values (?, 'ann', 'laptop-2', '2026-11-22T10:43:00.000Z')`).run(meetingId)).toThrow(/UNIQUE|PRIMARY/i);
    db.prepare(`insert into meeting_presence (meeting_id, login, client_id, last_seen) values (?, 'sam', 'laptop-1', '2026-11-22T10:42:00.000Z')`).run(meetingId);
    // One row per person and window: a heartbeat renews it.
    expect(() => db.prepare(`insert into meeting_presence (meeting_id, login, client_id, last_seen) values (?, 'sam', 'laptop-1', '2026-11-22T10:42:10.000Z')`).run(meetingId)).toThrow(/UNIQUE|PRIMARY/i);
    // A pen or presence for a meeting that does not exist is refused.
    expect(() => db.prepare(`insert into meeting_pens (meeting_id, login, client_id, since) values (9999, 'sam', 'laptop-1', '2026-11-22T10:42:00.000Z')`).run()).toThrow(/FOREIGN KEY/i);

    db.prepare('delete from meetings where id = ?').run(meetingId);
    expect(db.prepare('select count(*) from meeting_pens').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from meeting_presence').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    await v14.close();
  });
});
