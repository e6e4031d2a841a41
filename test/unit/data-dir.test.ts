import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/core/data-dir';

describe('data folder', () => {
  it('is the app’s own folder by default', () => {
    expect(resolveDataDir([], {}, '/home/u/.config/Panelroom')).toBe(path.resolve('/home/u/.config/Panelroom'));
  });
  it('can be moved with PANELROOM_DATA_DIR', () => {
    expect(resolveDataDir([], { PANELROOM_DATA_DIR: '/srv/pr' }, '/default')).toBe(path.resolve('/srv/pr'));
  });
  it('can be moved with --data-dir, which wins over the environment', () => {
    expect(resolveDataDir(['--data-dir', '/a'], { PANELROOM_DATA_DIR: '/b' }, '/c')).toBe(path.resolve('/a'));
    expect(resolveDataDir(['--data-dir=/a2'], {}, '/c')).toBe(path.resolve('/a2'));
  });
  it('ignores a flag with no folder after it', () => {
    expect(resolveDataDir(['--data-dir', '--demo'], {}, '/c')).toBe(path.resolve('/c'));
  });
});
