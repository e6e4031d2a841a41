import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from './core/db/data-key';
import type { PasswordKeeper } from './core/team-sign-in/gate';
import type { KeyVault } from './desktop-key';

/** The team store password, when the person asked to stay signed in: sealed by the operating system's keychain, never in the clear. */
export const KEPT_PASSWORD_FILE_NAME = 'team-store-password.sealed';

const NO_KEYCHAIN =
  'This computer has no keychain Panelroom can use to keep your password safely, so you will be asked for it each time Panelroom opens. Ask your IT service desk if you would like it kept.';

/**
 * "Keep me signed in on this computer": the login and password sealed together with Electron's
 * safeStorage (DPAPI, Keychain or the secret service) in a file in the app's own folder. Not
 * offered where the keychain cannot be reached, nor on Linux without a secret store (where
 * safeStorage would seal with a password built into Chromium).
 */
export function keychainPasswordKeeper(folder: string, vault: KeyVault, platform: NodeJS.Platform): PasswordKeeper {
  const file = path.join(folder, KEPT_PASSWORD_FILE_NAME);
  const unavailable = async (): Promise<string | null> => {
    let available: boolean;
    try {
      available = await vault.isAsyncEncryptionAvailable();
    } catch {
      available = false;
    }
    if (!available) return NO_KEYCHAIN;
    if (platform === 'linux' && vault.getSelectedStorageBackend?.() === 'basic_text') return NO_KEYCHAIN;
    return null;
  };
  const forget = (): Promise<void> => {
    fs.rmSync(file, { force: true });
    return Promise.resolve();
  };
  return {
    unavailable,
    async read(url) {
      if (!fs.existsSync(file) || (await unavailable()) !== null) return null;
      try {
        const opened = await vault.decryptStringAsync(fs.readFileSync(file));
        const kept = JSON.parse(opened.result) as { url?: unknown; login?: unknown; password?: unknown };
        if (kept.url !== url || typeof kept.login !== 'string' || typeof kept.password !== 'string') return null;
        // The keychain has a newer key for sealing: seal it again so it keeps opening.
        if (opened.shouldReEncrypt) writeFileDurably(file, await vault.encryptStringAsync(opened.result));
        return { login: kept.login, password: kept.password };
      } catch {
        // Sealed on another computer or account, or damaged: of no use, so the person signs in again.
        await forget();
        return null;
      }
    },
    async keep(url, login, password) {
      if ((await unavailable()) !== null) return;
      fs.mkdirSync(folder, { recursive: true });
      writeFileDurably(file, await vault.encryptStringAsync(JSON.stringify({ url, login, password })));
    },
    forget,
  };
}
