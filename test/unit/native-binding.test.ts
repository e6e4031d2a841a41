import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingDir, nativeBindingPath } from '../../electron/native-binding';

describe('the Electron build of the database engine', () => {
  it('lives beside the Node build, named by platform, architecture and ABI', () => {
    expect(nativeBindingDir('win32', 'x64', '150')).toBe(path.join('native', 'win32-x64-abi150'));
    expect(nativeBindingPath('/app', 'linux', 'x64', '150')).toBe(path.join('/app', 'native', 'linux-x64-abi150', 'better_sqlite3.node'));
  });

  it('is read from beside the asar archive in an installed app, since an addon cannot load from inside it', () => {
    expect(nativeBindingPath('/opt/Panelroom/resources/app.asar', 'linux', 'x64', '150')).toBe(
      path.join('/opt/Panelroom/resources/app.asar.unpacked', 'native', 'linux-x64-abi150', 'better_sqlite3.node'),
    );
  });
});
