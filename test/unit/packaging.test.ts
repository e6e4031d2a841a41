import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  win: { target: string[] };
  linux: { target: string[] };
  asarUnpack: string[];
  files: string[];
};

describe('packaging (electron-builder.yml)', () => {
  it('sets the Electron fuses that close the doors an attacker with local access would use', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('installs per user on Windows, never asking for admin rights, and offers a portable build', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
  });

  it('builds AppImage and deb on Linux, and ships the Electron build of the native module unpacked', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.asarUnpack).toContain('native/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toContain('native/**');
  });

  it('has an icon large enough for every platform', () => {
    const png = fs.readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
