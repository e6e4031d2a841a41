import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, LOG_FILE_NAME, openAppLog } from '../../electron/app-log';
import { contextMenuTemplate, type ContextMenuFacts } from '../../electron/context-menu';
import { openStore } from '../../electron/core/db/connection';
import { DatabaseEngineError } from '../../electron/core/errors';
import { desktopDataKey, SEALED_KEY_FILE_NAME } from '../../electron/desktop-key';
import { missingEngineMessage } from '../../electron/native-binding';
import { OUTBOUND_URLS } from '../../electron/security/harden';
import { closeWithTheSession, Shutdown } from '../../electron/shutdown';
import { DICTIONARY_DOWNLOAD_URL, DICTIONARY_FILE_NAME, setUpSpelling, SPELLING_LANGUAGE } from '../../electron/spelling';
import { careForWindow, type CaredForWindow, type Question } from '../../electron/window-care';
import { nativeBuildCommands } from '../../scripts/native-build-plan.mjs';
import { tempDir } from './support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHIPPED_DICTIONARY = path.join(ROOT, 'build/dictionaries/en-GB-10-1.bdic');

describe('preparing the database engine for Electron (scripts/electron-native.mjs)', () => {
  it('runs node itself, never through a shell, so a path with spaces (C:\\Program Files\\nodejs\\node.exe) stays one argument', () => {
    const steps = nativeBuildCommands({
      root: 'C:\\Users\\Jo Smith\\panelroom',
      execPath: 'C:\\Program Files\\nodejs\\node.exe',
      electronVersion: '45.4.1',
      platform: 'win32',
      arch: 'x64',
      hostPlatform: 'win32',
      nodeGyp: 'C:\\Program Files\\nodejs\\node_modules\\npm\\node_modules\\node-gyp\\bin\\node-gyp.js',
    });
    expect(steps.map((s) => s.command)).toEqual(['C:\\Program Files\\nodejs\\node.exe', 'C:\\Program Files\\nodejs\\node.exe']);
    expect(steps[0]!.args[0]).toBe(path.join('C:\\Users\\Jo Smith\\panelroom', 'node_modules', 'prebuild-install', 'bin.js'));
    expect(steps[0]!.args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=45.4.1', '--arch=x64', '--platform=win32']));
    expect(steps[1]!.args.slice(0, 2)).toEqual(['C:\\Program Files\\nodejs\\node_modules\\npm\\node_modules\\node-gyp\\bin\\node-gyp.js', 'rebuild']);
    const script = fs.readFileSync(path.join(ROOT, 'scripts/electron-native.mjs'), 'utf8');
    expect(script).toContain('shell: false');
    expect(script).not.toMatch(/shell: process\.platform/);
  });

  it('compiles only for the machine it runs on, and builds in a copy of the engine package so the Node build the tests use is left alone', () => {
    const steps = nativeBuildCommands({ root: '/r', execPath: '/usr/bin/node', electronVersion: '45.4.1', platform: 'win32', arch: 'x64', hostPlatform: 'linux', nodeGyp: '/g.js' });
    expect(steps).toHaveLength(1);
    const script = fs.readFileSync(path.join(ROOT, 'scripts/electron-native.mjs'), 'utf8');
    expect(script).toContain("path.join(root, 'native', `${platform}-${arch}-abi${abi}`)");
    expect(script).toMatch(/mkdtempSync[\s\S]*cpSync\(path\.join\(root, 'node_modules', ENGINE_PACKAGE\), pkgDir/);
    expect(script).not.toMatch(/electron-rebuild|npm rebuild/);
  });
});

describe('a missing or wrong build of the database engine', () => {
  it('is told as such, never as "another program may be using" the file', async () => {
    expect(missingEngineMessage(true, true)).toBeUndefined();
    expect(missingEngineMessage(false, true)).toMatch(/missing from this installation.*Install Panelroom again/);
    expect(missingEngineMessage(false, false)).toMatch(/Run `npm start`/);
    const attempt = openStore(path.join(tempDir(), 'panelroom.sqlite3'), { nativeBinding: '/nowhere/better_sqlite3.node' });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseEngineError);
    await expect(openStore(path.join(tempDir(), 'panelroom.sqlite3'), { nativeBinding: '/nowhere/better_sqlite3.node' })).rejects.toThrow(/database engine could not be loaded/);
  });
});

const facts = (over: Partial<ContextMenuFacts>): ContextMenuFacts => ({
  isEditable: true,
  misspelledWord: '',
  dictionarySuggestions: [],
  selectionText: '',
  editFlags: { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false },
  ...over,
});

describe('the right-click menu', () => {
  it('offers the spelling checker’s suggestions and "Add to dictionary" for an underlined word, then the editing commands', () => {
    const done: string[] = [];
    const template = contextMenuTemplate(facts({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }), {
      replaceMisspelling: (w) => done.push(`replace ${w}`),
      addToDictionary: (w) => done.push(`add ${w}`),
    });
    expect(template.slice(0, 3).map((i) => i.label)).toEqual(['receive', 'relieve', 'Add to dictionary']);
    (template[0]!.click as () => void)();
    (template[2]!.click as () => void)();
    expect(done).toEqual(['replace receive', 'add recieve']);
    expect(template.filter((i) => i.role).map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
    expect(template.find((i) => i.role === 'redo')?.enabled).toBe(false);
  });

  it('says when there are no suggestions; offers only Copy for selected page text; nothing at all for a plain click', () => {
    expect(contextMenuTemplate(facts({ misspelledWord: 'Tayla', dictionarySuggestions: [] }), { replaceMisspelling: () => undefined, addToDictionary: () => undefined })[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
    const page = facts({ isEditable: false, selectionText: 'Permanence Panel' });
    expect(contextMenuTemplate(page, { replaceMisspelling: () => undefined, addToDictionary: () => undefined }).filter((i) => i.role).map((i) => i.role)).toEqual(['copy', 'selectAll']);
    expect(contextMenuTemplate(facts({ isEditable: false }), { replaceMisspelling: () => undefined, addToDictionary: () => undefined })).toEqual([]);
  });
});

class FakeSession extends EventEmitter {
  calls: string[] = [];
  setSpellCheckerDictionaryDownloadURL(url: string) {
    this.calls.push(`url ${url}`);
  }
  setSpellCheckerLanguages(languages: string[]) {
    this.calls.push(`languages ${languages.join(',')}`);
  }
}

/** Chromium's own check of a .bdic file (BDict::Verify): the header, the offsets, and the MD5 of everything after the header. */
function chromiumAcceptsDictionary(bytes: Buffer): boolean {
  if (bytes.subarray(0, 4).toString('latin1') !== 'BDic' || bytes.readUInt16LE(4) > 2) return false;
  const affOffset = bytes.readUInt32LE(8);
  const dicOffset = bytes.readUInt32LE(12);
  if (affOffset < 32 || affOffset >= bytes.length || dicOffset < affOffset || dicOffset >= bytes.length) return false;
  return crypto.createHash('md5').update(bytes.subarray(32)).digest().equals(bytes.subarray(16, 32));
}

describe('spelling, offline, in British English', () => {
  it('puts the shipped dictionary where Chromium looks before choosing the language, and points downloads at this computer', () => {
    const userData = tempDir();
    const session = new FakeSession();
    const logged: string[] = [];
    setUpSpelling(session, { platform: 'win32', userData, shippedDictionary: SHIPPED_DICTIONARY, log: (m) => logged.push(m) });
    const placed = path.join(userData, 'Dictionaries', DICTIONARY_FILE_NAME);
    expect(fs.readFileSync(placed).equals(fs.readFileSync(SHIPPED_DICTIONARY))).toBe(true);
    expect(session.calls).toEqual([`url ${DICTIONARY_DOWNLOAD_URL}`, `languages ${SPELLING_LANGUAGE}`]);
    expect(new URL(DICTIONARY_DOWNLOAD_URL).hostname).toBe('127.0.0.1');
    // an attempt to download would be logged
    session.emit('spellcheck-dictionary-download-begin', {}, 'en-GB');
    expect(logged.join()).toMatch(/download for en-GB was attempted/);
  });

  it('never asks for a dictionary: the file passes the check Chromium makes before it would download one, and any request that tried would be cancelled', () => {
    expect(DICTIONARY_FILE_NAME).toBe('en-GB-10-1.bdic');
    expect(chromiumAcceptsDictionary(fs.readFileSync(SHIPPED_DICTIONARY))).toBe(true);
    const damaged = Buffer.from(fs.readFileSync(SHIPPED_DICTIONARY));
    damaged[1000] = damaged[1000]! ^ 0xff;
    expect(chromiumAcceptsDictionary(damaged)).toBe(false);
    // Chromium's dictionary server, were it ever asked
    const cdn = 'https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic';
    expect(OUTBOUND_URLS.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(cdn))).toBe(true);
  });

  it('leaves macOS to its own spelling checker (Electron downloads nothing there)', () => {
    const userData = tempDir();
    const session = new FakeSession();
    setUpSpelling(session, { platform: 'darwin', userData, shippedDictionary: SHIPPED_DICTIONARY, log: () => undefined });
    expect(session.calls).toEqual([`url ${DICTIONARY_DOWNLOAD_URL}`]);
    expect(fs.existsSync(path.join(userData, 'Dictionaries'))).toBe(false);
  });

  it('ships the en-GB Hunspell dictionary from the npm registry, converted without change', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/dictionaries/en-GB.json'), 'utf8')) as Record<string, string>;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/dictionary-en-gb/package.json'), 'utf8')) as { version: string };
    const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    expect(manifest).toMatchObject({
      source: `dictionary-en-gb@${pkg.version}`,
      aff: sha(path.join(ROOT, 'node_modules/dictionary-en-gb/index.aff')),
      dic: sha(path.join(ROOT, 'node_modules/dictionary-en-gb/index.dic')),
      bdic: sha(SHIPPED_DICTIONARY),
    });
    expect(fs.existsSync(path.join(ROOT, 'build/dictionaries/LICENSE-en-GB.txt'))).toBe(true);
  });

  const convertDict = ['/usr/lib/qt6/libexec/qwebengine_convert_dict', '/usr/lib/qt5/bin/qwebengine_convert_dict'].find((p) => fs.existsSync(p));
  it.skipIf(!convertDict)('converts to the same bytes again (where Chromium’s convert_dict is installed)', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-dict-'));
    fs.copyFileSync(path.join(ROOT, 'node_modules/dictionary-en-gb/index.aff'), path.join(work, 'en-GB.aff'));
    fs.copyFileSync(path.join(ROOT, 'node_modules/dictionary-en-gb/index.dic'), path.join(work, 'en-GB.dic'));
    expect(spawnSync(convertDict!, [path.join(work, 'en-GB.dic'), path.join(work, 'out.bdic')]).status).toBe(0);
    expect(fs.readFileSync(path.join(work, 'out.bdic')).equals(fs.readFileSync(SHIPPED_DICTIONARY))).toBe(true);
    fs.rmSync(work, { recursive: true, force: true });
  });
});

describe('the log file', () => {
  it('lives in the folder it is given, rotates at its size limit, and keeps a few old files', () => {
    const folder = path.join(tempDir(), 'logs');
    const log = openAppLog(folder, { maxBytes: 2000, keep: 2 });
    for (let i = 0; i < 200; i++) log.info(`Line ${i} of the start-up notes`);
    const files = fs.readdirSync(folder).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const f of files) expect(fs.statSync(path.join(folder, f)).size).toBeLessThan(2100);
    expect(fs.readFileSync(path.join(folder, LOG_FILE_NAME), 'utf8')).toMatch(/INFO {2}Line 199 of the start-up notes\n$/);
  });

  it('never holds what was typed: an error is logged by its kind, code and place, not its message', () => {
    const folder = path.join(tempDir(), 'logs');
    const log = openAppLog(folder);
    const minutes = 'Amy told her social worker she wants to stay with her foster carers';
    const err = Object.assign(new Error(`UNIQUE constraint failed while saving "${minutes}"`), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    log.error('Internal error in minutes.save', err);
    log.error('A thrown value', minutes);
    const text = fs.readFileSync(path.join(folder, LOG_FILE_NAME), 'utf8');
    expect(text).not.toContain('Amy');
    expect(text).not.toContain('foster');
    expect(text).toContain('Internal error in minutes.save: Error [SQLITE_CONSTRAINT_UNIQUE] | at ');
    expect(describeError(minutes)).toBe('a thrown string');
  });
});

class FakeWindow extends EventEmitter {
  visible = false;
  reloads = 0;
  crashed = 0;
  webContents = Object.assign(new EventEmitter(), {
    reload: () => void this.reloads++,
    forcefullyCrashRenderer: () => void this.crashed++,
  });
  show() {
    this.visible = true;
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return false;
  }
}

function cared(answer: number) {
  const win = new FakeWindow();
  const asked: Question[] = [];
  const events: string[] = [];
  careForWindow(win as unknown as CaredForWindow, {
    ask: async (q) => {
      asked.push(q);
      return answer;
    },
    quit: () => events.push('quit'),
    log: { warn: (m) => events.push(`warn ${m}`), error: (c) => events.push(`error ${c}`) },
    logFolder: '/logs',
    showWithinMs: 20,
  });
  return { win, asked, events };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a window whose page fails', () => {
  it('after a crash: is shown, the crash is logged, and Reload brings the page back', async () => {
    const { win, asked, events } = cared(0);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await settle();
    expect(win.visible).toBe(true);
    expect(asked[0]).toMatchObject({ message: 'Panelroom’s window stopped working.', buttons: ['Reload', 'Quit Panelroom'] });
    expect(win.reloads).toBe(1);
    expect(events[0]).toBe('warn The window\'s page stopped: crashed (exit code 11).');
  });

  it('after a crash: Quit closes the app (and so lets go of the single-instance lock)', async () => {
    const { win, events } = cared(1);
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    await settle();
    expect(events).toContain('quit');
  });

  it('is shown anyway if its page never becomes ready, so no invisible window holds the app open', async () => {
    const { win, events } = cared(0);
    await new Promise((r) => setTimeout(r, 40));
    expect(win.visible).toBe(true);
    expect(events).toContain('warn The window was not ready to show in time; shown anyway.');
  });

  it('when it hangs: Reload ends the stuck page and loads it afresh', async () => {
    const { win, asked } = cared(1);
    win.emit('unresponsive');
    await settle();
    expect(asked[0]?.buttons).toEqual(['Wait', 'Reload']);
    expect([win.crashed, win.reloads]).toEqual([1, 1]);
  });

  it('when its files will not load: says so and offers to try again', async () => {
    const { win, asked } = cared(0);
    win.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://panelroom/index.html', true);
    await settle();
    expect(asked).toHaveLength(0);
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://panelroom/index.html', true);
    await settle();
    expect(asked[0]?.message).toBe('Panelroom could not load its window.');
    expect(win.reloads).toBe(1);
  });
});

describe('closing the app', () => {
  function steps() {
    const done: string[] = [];
    const shutdown = new Shutdown({
      flushWindows: async () => void done.push('flush'),
      closeCore: async (o) => void done.push(`close backup=${o.backup}`),
      closeCoreNow: () => done.push('close now'),
      exit: () => done.push('exit'),
      log: () => undefined,
    });
    return { done, shutdown };
  }

  it('on quit: saves every window, then closes the core with its backup, once', async () => {
    const { done, shutdown } = steps();
    await Promise.all([shutdown.begin('quit'), shutdown.begin('quit')]);
    expect(done).toEqual(['flush', 'close backup=true', 'exit']);
    expect(shutdown.finished).toBe(true);
  });

  it('with saves not yet shared with the team store: says so before closing; kept open if the person asks, closed (keeping them) if not', async () => {
    const done: string[] = [];
    const answers = [false, true];
    const shutdown = new Shutdown({
      flushWindows: async () => void done.push('flush'),
      closeCore: async (o) => void done.push(`close backup=${o.backup}`),
      closeCoreNow: () => done.push('close now'),
      exit: () => done.push('exit'),
      log: () => undefined,
      unsharedSaves: async () => 3,
      confirmClosingUnshared: async (count) => {
        done.push(`asked ${count}`);
        return answers.shift()!;
      },
    });
    await shutdown.begin('quit');
    expect(done).toEqual(['flush', 'asked 3']);
    expect(shutdown.finished).toBe(false);
    expect(shutdown.started).toBe(false);
    await shutdown.begin('quit');
    expect(done).toEqual(['flush', 'asked 3', 'flush', 'asked 3', 'close backup=true', 'exit']);
    expect(shutdown.finished).toBe(true);
  });

  it('on Windows shutdown or sign-out (which skip before-quit): holds the shutdown while it saves, then closes without the backup', async () => {
    const { done, shutdown } = steps();
    const win = new EventEmitter();
    closeWithTheSession(win, shutdown);
    let held = false;
    win.emit('query-session-end', { reasons: ['logoff'], preventDefault: () => (held = true) });
    expect(held).toBe(true);
    await settle();
    await settle();
    expect(done).toEqual(['flush', 'close backup=false', 'exit']);
    win.emit('session-end', { reasons: ['logoff'], preventDefault: () => undefined });
    expect(done).not.toContain('close now');
  });

  it('never holds a critical shutdown, and if Windows ends the session first, closes the data file there and then', () => {
    const { done, shutdown } = steps();
    const win = new EventEmitter();
    closeWithTheSession(win, shutdown);
    let held = false;
    win.emit('query-session-end', { reasons: ['critical'], preventDefault: () => (held = true) });
    expect(held).toBe(false);
    win.emit('session-end', { reasons: ['critical'], preventDefault: () => undefined });
    expect(done).toContain('close now');
  });
});

/** A stand-in for safeStorage: "seals" by reversing and tagging, refuses what it did not seal. */
function fakeVault(options: { available?: boolean; backend?: string } = {}) {
  return {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptStringAsync: async (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: [...text.slice('sealed:'.length)].reverse().join(''), shouldReEncrypt: false };
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

describe('the desktop app’s data key, kept by the system keychain', () => {
  it('is made on first run, stored only sealed, and found again on the next', async () => {
    const dataDir = tempDir();
    const first = await desktopDataKey(dataDir, fakeVault(), 'win32');
    expect(first.ok).toBe(true);
    const sealed = fs.readFileSync(path.join(dataDir, SEALED_KEY_FILE_NAME), 'utf8');
    expect(first.ok && sealed.includes(first.key.hex)).toBe(false);
    const again = await desktopDataKey(dataDir, fakeVault(), 'win32');
    expect(again.ok && first.ok && again.key.hex === first.key.hex).toBe(true);
  });

  it('refuses in plain words, and makes no new key, when the keychain cannot unlock it or the sealed key is gone from existing data', async () => {
    const dataDir = tempDir();
    const made = await desktopDataKey(dataDir, fakeVault(), 'win32');
    const store = await openStore(path.join(dataDir, 'panelroom.sqlite3'), { key: made.ok ? made.key : undefined });
    await store.close();
    fs.writeFileSync(path.join(dataDir, SEALED_KEY_FILE_NAME), 'sealed by another account');
    expect(await desktopDataKey(dataDir, fakeVault(), 'win32')).toMatchObject({ ok: false, message: expect.stringContaining('could not unlock the key') });
    fs.rmSync(path.join(dataDir, SEALED_KEY_FILE_NAME));
    expect(await desktopDataKey(dataDir, fakeVault(), 'win32')).toMatchObject({ ok: false, message: expect.stringContaining('is missing from the data folder') });
    expect(fs.existsSync(path.join(dataDir, SEALED_KEY_FILE_NAME))).toBe(false);
    expect(await desktopDataKey(tempDir(), fakeVault({ available: false }), 'win32')).toMatchObject({ ok: false, message: expect.stringContaining('cannot reach this computer’s keychain') });
  });

  it('warns when Linux has no real keychain (the key would be sealed with a password built into Chromium)', async () => {
    expect(await desktopDataKey(tempDir(), fakeVault({ backend: 'basic_text' }), 'linux')).toMatchObject({ ok: true, warning: expect.stringContaining('no keychain Panelroom can use') });
  });
});
