import type { ApiErrorBody, EditConflict, ErrorCode } from '../../shared/errors';

/** An error a service raises on purpose: its message is written for the person using the app. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly conflict?: EditConflict,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = this.fieldErrors ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors } : { code: this.code, message: this.message };
    return this.conflict ? { ...body, conflict: this.conflict } : body;
  }
}

/** The database file was written by a newer Panelroom; opening it here could damage it. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
    readonly file: string,
  ) {
    super(
      `This data file was saved by a newer version of Panelroom (data version ${fileVersion}; this version understands up to ${supportedVersion}). ` +
        'It has not been opened or changed. Install the latest version of Panelroom to use it.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The file is not a readable SQLite database at all. */
export class UnreadableDatabaseError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super('The Panelroom data file could not be read: it may be damaged, or it is not a Panelroom file. It has not been changed.', { cause });
    this.name = 'UnreadableDatabaseError';
  }
}

/**
 * The file exists but could not be opened: another program may hold it, or the
 * folder's permissions forbid it. Not damage: restoring a backup over it would be wrong.
 */
export class DataFileUnavailableError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      'Panelroom could not open its data file. Another program (a backup or sync tool, or a second copy of Panelroom) may be using it, or the folder may not be readable. Nothing has been changed. Close the other program and open Panelroom again.',
      { cause },
    );
    this.name = 'DataFileUnavailableError';
  }
}

/** The data is encrypted and its key could not be had (missing, unreadable, or the keychain refused). Nothing is opened or changed. */
export class DataKeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyUnavailableError';
  }
}

/** A key was found, but it is not the one this data was locked with. */
export class WrongDataKeyError extends Error {
  constructor(readonly file: string) {
    super(
      'Panelroom’s data is locked with a different key from the one this computer gave it, so it cannot be opened here. Nothing has been opened or changed. ' +
        'If the data folder was copied from another computer or another Windows account, open it there; otherwise ask your IT service desk to restore the key.',
    );
    this.name = 'WrongDataKeyError';
  }
}

/** The compiled database engine could not be loaded: a broken install, not a problem with the data. */
export class DatabaseEngineError extends Error {
  constructor(cause: unknown) {
    super(
      'Panelroom’s database engine could not be loaded, so the data has not been opened (it has not been changed). Install Panelroom again; if you are running it from its source, run `npm start` again to prepare the engine.',
      { cause },
    );
    this.name = 'DatabaseEngineError';
  }
}

/** Only these mean the bytes are wrong; every other SQLite error is about access, not content. */
export function isDamage(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

const STORAGE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'The disk is full, so the last change could not be saved. Free some space and try again; nothing already saved has been lost.',
  SQLITE_READONLY: 'The data folder cannot be written to, so the last change could not be saved. Check the folder’s permissions; nothing already saved has been lost.',
  SQLITE_IOERR: 'The computer could not write to the disk, so the last change could not be saved. Nothing already saved has been lost.',
  SQLITE_CANTOPEN: 'The data file could not be opened for writing. Nothing already saved has been lost.',
  SQLITE_BUSY: 'The data file is busy (another program may be using it). Try again in a moment.',
  SQLITE_CORRUPT: 'The data file appears to be damaged. Restore from a backup in Settings.',
};

/** Maps a better-sqlite3 error to a message a person understands, or undefined if it is not a storage fault. */
export function storageErrorBody(err: unknown): ApiErrorBody | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const family = Object.keys(STORAGE_MESSAGES).find((k) => code === k || code.startsWith(`${k}_`));
  return family ? { code: 'STORAGE', message: STORAGE_MESSAGES[family]! } : undefined;
}

/** A record asked for by id that is not there (deleted, or never was). */
export function notFound(noun: string): AppError {
  return new AppError('NOT_FOUND', `That ${noun} could not be found. It may have been changed in another window; reload and try again.`);
}
