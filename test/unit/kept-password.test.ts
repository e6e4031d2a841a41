import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_PASSWORD_FILE_NAME, keychainPasswordKeeper } from '../../electron/kept-password';
import { menuTemplate } from '../../electron/menu';
import { tempDir } from './support/temp-dir';

/** Electron's safeStorage stands outside the app: a reversible seal in its place, failing as it does on another account's file. */
function vault(options: { available?: boolean; backend?: string; reseal?: boolean } = {}) {
  return {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
    decryptStringAsync: async (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: Buffer.from(text.slice('sealed:'.length), 'base64').toString(), shouldReEncrypt: options.reseal ?? false };
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

const URL_A = 'postgres://panel.council.gov.uk/panelroom';

describe('keeping the team store password on this computer', () => {
  it('keeps it sealed by the keychain, never in the clear, and reads it back for the same team store only', async () => {
    const dir = tempDir();
    const keeper = keychainPasswordKeeper(dir, vault(), 'win32');
    expect(await keeper.unavailable()).toBeNull();
    await keeper.keep(URL_A, 'jo.bloggs', 'correct horse battery');
    const onDisk = fs.readFileSync(path.join(dir, KEPT_PASSWORD_FILE_NAME), 'utf8');
    expect(onDisk).not.toContain('correct horse battery');
    expect(onDisk).not.toContain('jo.bloggs');
    expect(await keeper.read(URL_A)).toEqual({ login: 'jo.bloggs', password: 'correct horse battery' });
    expect(await keeper.read('postgres://elsewhere/panelroom')).toBeNull();
    await keeper.forget();
    expect(fs.existsSync(path.join(dir, KEPT_PASSWORD_FILE_NAME))).toBe(false);
    expect(await keeper.read(URL_A)).toBeNull();
  });

  it('is not offered without a keychain, nor on Linux with only Chromium’s built-in password, with a sentence, and keeps nothing', async () => {
    for (const keeper of [keychainPasswordKeeper(tempDir(), vault({ available: false }), 'darwin'), keychainPasswordKeeper(tempDir(), vault({ backend: 'basic_text' }), 'linux')]) {
      expect(await keeper.unavailable()).toMatch(/^This computer has no keychain Panelroom can use to keep your password safely/);
    }
    const dir = tempDir();
    await keychainPasswordKeeper(dir, vault({ available: false }), 'win32').keep(URL_A, 'jo', 'pw');
    expect(fs.existsSync(path.join(dir, KEPT_PASSWORD_FILE_NAME))).toBe(false);
  });

  it('forgets a file the keychain cannot open (another computer or account), so the person signs in again', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, KEPT_PASSWORD_FILE_NAME), 'sealed elsewhere');
    expect(await keychainPasswordKeeper(dir, vault(), 'win32').read(URL_A)).toBeNull();
    expect(fs.existsSync(path.join(dir, KEPT_PASSWORD_FILE_NAME))).toBe(false);
  });

  it('is offered by the File menu’s Sign out only with a team store', () => {
    const actions = { about: () => undefined, showDataFolder: () => undefined, showLogFolder: () => undefined, reload: () => undefined };
    const file = (template: ReturnType<typeof menuTemplate>) => (template.find((m) => m.label === '&File')?.submenu ?? []) as { label?: string; click?: unknown }[];
    expect(file(menuTemplate('win32', actions)).some((i) => i.label === 'Sign out of the team store')).toBe(false);
    const signOut = () => undefined;
    expect(file(menuTemplate('win32', { ...actions, signOut })).find((i) => i.label === 'Sign out of the team store')?.click).toBe(signOut);
  });
});
