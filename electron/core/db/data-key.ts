import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../safety/files';

/** The environment variable that gives browser mode and tests their key: 64 hexadecimal characters. */
export const KEY_ENV = 'PANELROOM_DATA_KEY';
/** Browser mode and tests only: the key in a plain file beside the data, when no variable gives one. */
export const KEY_FILE_NAME = 'panelroom-key.txt';
/** A one-way fingerprint of the key the data was locked with: tells a wrong key from a damaged file. */
export const KEY_CHECK_FILE_NAME = 'panelroom-key.check';

/** A 256-bit key for the data file and its backups. Its text never reaches a log or a message. */
export class DataKey {
  private constructor(readonly hex: string) {}

  static generate(): DataKey {
    return new DataKey(crypto.randomBytes(32).toString('hex'));
  }

  /** Undefined unless the text is exactly 64 hexadecimal characters. */
  static parse(text: string): DataKey | undefined {
    const hex = text.trim().toLowerCase();
    return /^[0-9a-f]{64}$/.test(hex) ? new DataKey(hex) : undefined;
  }

  /** Safe to store beside the data: an HMAC cannot be turned back into the key. */
  fingerprint(): string {
    return crypto.createHmac('sha256', Buffer.from(this.hex, 'hex')).update('panelroom data key check').digest('hex');
  }

  toJSON(): string {
    return '[data key]';
  }
}

/** What the shell found: a key (perhaps with a warning about how it is kept), or why there is none. */
export type KeyResult = { ok: true; key: DataKey; warning?: string } | { ok: false; message: string };

/** Writes a small file so that a crash leaves either the old one or the new one, never half of either. */
export function writeFileDurably(file: string, data: string | Buffer): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
  fsyncDir(path.dirname(file));
}

/** Whether a key is the one this data folder was locked with: undefined when the folder has no record of it. */
export function keyMatchesFolder(dataDir: string, key: DataKey): boolean | undefined {
  try {
    return fs.readFileSync(path.join(dataDir, KEY_CHECK_FILE_NAME), 'utf8').trim() === key.fingerprint();
  } catch {
    return undefined;
  }
}

export function recordKeyForFolder(dataDir: string, key: DataKey): void {
  if (keyMatchesFolder(dataDir, key) === true) return;
  writeFileDurably(path.join(dataDir, KEY_CHECK_FILE_NAME), `${key.fingerprint()}\n`);
}

/**
 * Browser mode and tests: the key from PANELROOM_DATA_KEY, or else from a key file beside the
 * data (made on first run). Either way the key sits with the data, which protects nothing on a
 * lost laptop, so the caller is warned; the desktop app keeps its key in the system keychain.
 * A folder that already holds data is never given a new key: that would hide the data behind
 * an empty app.
 */
export function keyFromEnvironmentOrFile(dataDir: string, env: NodeJS.ProcessEnv, holdsData: boolean): KeyResult {
  const fromEnv = env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const key = DataKey.parse(fromEnv);
    return key ? { ok: true, key } : { ok: false, message: `${KEY_ENV} must be 64 hexadecimal characters (a 256-bit key). Nothing has been opened or changed.` };
  }
  const file = path.join(dataDir, KEY_FILE_NAME);
  const warning = `Panelroom’s data key is kept in a plain file beside the data (${KEY_FILE_NAME}): fine for development and tests, no protection for real children’s data. Use the desktop app, which keeps the key in the system keychain.`;
  if (fs.existsSync(file)) {
    const key = DataKey.parse(fs.readFileSync(file, 'utf8'));
    return key ? { ok: true, key, warning } : { ok: false, message: `The key file ${KEY_FILE_NAME} in the data folder is not a key (64 hexadecimal characters). Put the right file back, or set ${KEY_ENV}. Nothing has been opened or changed.` };
  }
  if (holdsData) {
    return {
      ok: false,
      message: `Panelroom’s data is locked and its key is missing: there is no ${KEY_FILE_NAME} in the data folder and ${KEY_ENV} is not set. Put the key file back or set ${KEY_ENV}; the data has not been changed.`,
    };
  }
  const key = DataKey.generate();
  fs.mkdirSync(dataDir, { recursive: true });
  writeFileDurably(file, `${key.hex}\n`);
  return { ok: true, key, warning };
}
