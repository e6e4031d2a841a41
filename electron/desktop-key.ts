import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from './core/db/connection';
import { DataKey, KEY_CHECK_FILE_NAME, type KeyResult, writeFileDurably } from './core/db/data-key';
import { fileKind } from './core/db/sqlite-file';

/** The data key, encrypted by the operating system's keychain (DPAPI on Windows, Keychain on macOS, the secret service on Linux). */
export const SEALED_KEY_FILE_NAME = 'panelroom-key.sealed';

/** The slice of Electron's safeStorage this module uses (its asynchronous API; the synchronous one is deprecated in Electron 45). */
export interface KeyVault {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: 'basic_text' means no secret store, so the key would be sealed with a password built into Chromium. */
  getSelectedStorageBackend?(): string;
}

const WEAK_LINUX_KEYCHAIN =
  'This computer has no keychain Panelroom can use (such as GNOME Keyring or KWallet), so the key to the children’s data is stored with weak protection. Ask your IT service desk to set up a keychain; the data stays encrypted meanwhile.';

/**
 * The desktop app's key: made on first run, sealed by the system keychain and kept beside the
 * data (sealed, it is useless on another computer or to another account). Data that already
 * exists is never given a new key: a missing or unreadable sealed key gives a plain sentence
 * and the locked screen instead of an empty app.
 */
export async function desktopDataKey(dataDir: string, vault: KeyVault, platform: NodeJS.Platform): Promise<KeyResult> {
  const sealedFile = path.join(dataDir, SEALED_KEY_FILE_NAME);
  let available: boolean;
  try {
    available = await vault.isAsyncEncryptionAvailable();
  } catch {
    available = false;
  }
  if (!available) {
    return {
      ok: false,
      message: 'Panelroom cannot reach this computer’s keychain, which keeps the key to the children’s data, so nothing has been opened. Sign in to the computer as usual (not as a guest or over a restricted remote session) and open Panelroom again; if it keeps happening, contact your IT service desk.',
    };
  }
  const weak = platform === 'linux' && vault.getSelectedStorageBackend?.() === 'basic_text' ? WEAK_LINUX_KEYCHAIN : undefined;
  const withWarning = (key: DataKey): KeyResult => (weak ? { ok: true, key, warning: weak } : { ok: true, key });

  if (fs.existsSync(sealedFile)) {
    let opened: { result: string; shouldReEncrypt: boolean };
    try {
      opened = await vault.decryptStringAsync(fs.readFileSync(sealedFile));
    } catch {
      return {
        ok: false,
        message: 'This computer’s keychain could not unlock the key to Panelroom’s data. The data folder may have been copied from another computer or another person’s account, or the account’s password was reset by an administrator. Nothing has been opened or changed: open Panelroom where the data was made, or contact your IT service desk.',
      };
    }
    const key = DataKey.parse(opened.result);
    if (!key) return { ok: false, message: `The key file ${SEALED_KEY_FILE_NAME} in the data folder is damaged, so the data cannot be unlocked. Nothing has been opened or changed; contact your IT service desk.` };
    // The keychain has a newer key for sealing: seal it again so it keeps opening.
    if (opened.shouldReEncrypt) writeFileDurably(sealedFile, await vault.encryptStringAsync(key.hex));
    return withWarning(key);
  }
  if (holdsEncryptedData(dataDir)) {
    return {
      ok: false,
      message: `Panelroom’s data is encrypted, but the key that opens it (${SEALED_KEY_FILE_NAME}) is missing from the data folder. Nothing has been opened, changed or started afresh. Put the file back (from wherever the data folder was copied) or contact your IT service desk.`,
    };
  }
  const key = DataKey.generate();
  fs.mkdirSync(dataDir, { recursive: true });
  writeFileDurably(sealedFile, await vault.encryptStringAsync(key.hex));
  return withWarning(key);
}

function holdsEncryptedData(dataDir: string): boolean {
  if (fs.existsSync(path.join(dataDir, KEY_CHECK_FILE_NAME))) return true;
  try {
    return fileKind(path.join(dataDir, DATABASE_FILE_NAME)) === 'encrypted';
  } catch {
    return true;
  }
}
