import fs from 'node:fs';
import path from 'node:path';
import { openSqliteFile, type FileAccess, type SqliteDatabase } from '../db/sqlite-file';

/** The outbox's own file in the data folder, beside (never inside) the laptop's data file. */
export const OUTBOX_FILE_NAME = 'panelroom-outbox.sqlite3';

export type OutboxProcedure = 'minutes.save' | 'minutes.rate';

/** One save held on this laptop: waiting to be sent, or kept because the team store would not take it. */
export interface OutboxEntry {
  seq: number;
  requestId: string;
  procedure: OutboxProcedure;
  input: unknown;
  savedAt: string;
  state: 'waiting' | 'kept';
  reason: string | null;
}

/** Whose saves these are: a save is only ever sent by the same login to the same team store. */
export interface OutboxOwner {
  login: string;
  store: string;
}

interface Row {
  seq: number;
  request_id: string;
  procedure: string;
  input: string;
  saved_at: string;
  state: string;
  reason: string | null;
}

/**
 * The outbox on disk: encrypted with the data folder's key like the data file, and every
 * change committed with synchronous=FULL (the journal is on the disk, not in a cache) before
 * the save is acknowledged, so a crash or a pulled plug loses nothing acknowledged.
 */
export class OutboxFile {
  private readonly db: SqliteDatabase;

  constructor(dataDir: string, access: FileAccess) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = openSqliteFile(path.join(dataDir, OUTBOX_FILE_NAME), access);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(`create table if not exists outbox (
        seq integer primary key autoincrement,
        request_id text not null unique,
        login text not null,
        store text not null,
        procedure text not null,
        input text not null,
        saved_at text not null,
        state text not null default 'waiting' check (state in ('waiting', 'kept')),
        reason text
      )`);
    } catch (err) {
      this.db.close();
      throw err;
    }
  }

  /** Durable when it returns. */
  add(owner: OutboxOwner, entry: { requestId: string; procedure: OutboxProcedure; input: unknown; savedAt: string }): void {
    this.db
      .prepare('insert into outbox (request_id, login, store, procedure, input, saved_at) values (?, ?, ?, ?, ?, ?)')
      .run(entry.requestId, owner.login, owner.store, entry.procedure, JSON.stringify(entry.input), entry.savedAt);
  }

  /** The oldest save still waiting to be sent. */
  nextWaiting(owner: OutboxOwner): OutboxEntry | undefined {
    const row = this.db.prepare("select * from outbox where login = ? and store = ? and state = 'waiting' order by seq limit 1").get(owner.login, owner.store) as Row | undefined;
    return row && decode(row);
  }

  waitingCount(owner: OutboxOwner): number {
    return this.db.prepare("select count(*) from outbox where login = ? and store = ? and state = 'waiting'").pluck().get(owner.login, owner.store) as number;
  }

  kept(owner: OutboxOwner): OutboxEntry[] {
    return (this.db.prepare("select * from outbox where login = ? and store = ? and state = 'kept' order by seq").all(owner.login, owner.store) as Row[]).map(decode);
  }

  /** The team store has it. */
  remove(seq: number): void {
    this.db.prepare('delete from outbox where seq = ?').run(seq);
  }

  /**
   * The team store would not take it: kept, with its reason, for the person. `superseded`: saves kept
   * earlier that this one replaces (the same field's text as it stood before), let go in the same
   * transaction, so the person is shown the field once, as they last typed it.
   */
  keep(seq: number, reason: string, superseded: readonly number[] = []): void {
    this.db.transaction(() => {
      this.db.prepare("update outbox set state = 'kept', reason = ? where seq = ?").run(reason, seq);
      const drop = this.db.prepare("delete from outbox where seq = ? and state = 'kept'");
      for (const earlier of superseded) if (earlier < seq) drop.run(earlier);
    })();
  }

  /** The person has dealt with a save that was not shared. */
  dismiss(owner: OutboxOwner, requestId: string): boolean {
    return this.db.prepare("delete from outbox where login = ? and store = ? and request_id = ? and state = 'kept'").run(owner.login, owner.store, requestId).changes > 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function decode(row: Row): OutboxEntry {
  return {
    seq: row.seq,
    requestId: row.request_id,
    procedure: row.procedure as OutboxProcedure,
    input: JSON.parse(row.input) as unknown,
    savedAt: row.saved_at,
    state: row.state === 'kept' ? 'kept' : 'waiting',
    reason: row.reason,
  };
}
