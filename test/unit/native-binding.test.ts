import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingDir, nativeBindingPath } from '../../electron/native-binding';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the Electron build of better-sqlite3', () => {
  it('lives beside the Node build, named by platform, architecture and ABI', () => {
    expect(nativeBindingDir('win32', 'x64', '150')).toBe(path.join('native', 'win32-x64-abi150'));
    expect(nativeBindingPath('/app', 'linux', 'x64', '150')).toBe(path.join('/app', 'native', 'linux-x64-abi150', 'better_sqlite3.node'));
  });

  it('is read from beside the asar archive in an installed app, since an addon cannot load from inside it', () => {
    expect(nativeBindingPath('/opt/Panelroom/resources/app.asar', 'linux', 'x64', '150')).toBe(
      path.join('/opt/Panelroom/resources/app.asar.unpacked', 'native', 'linux-x64-abi150', 'better_sqlite3.node'),
    );
  });

  it('is written by scripts/electron-native.mjs to the folder the app reads, never over node_modules', () => {
    const script = fs.readFileSync(path.join(ROOT, 'scripts/electron-native.mjs'), 'utf8');
    expect(script).toContain("path.join(root, 'native', `${platform}-${arch}-abi${abi}`)");
    expect(script).toContain("'better_sqlite3.node'");
    // it builds in a temporary copy of the package, so the Node build the tests use is left alone
    expect(script).toMatch(/mkdtempSync[\s\S]*cpSync\(path\.join\(root, 'node_modules\/better-sqlite3'\), pkgDir/);
    expect(script).not.toMatch(/electron-rebuild|npm rebuild/);
  });
});
