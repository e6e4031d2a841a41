import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  win: { target: string[]; files: string[] };
  linux: { target: string[]; files: string[] };
  mac: { files: string[] };
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

  it('installs per user on Windows with no page offering "all users" (which would end in "restart elevated"), and offers a portable build', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'portable']));
    // electron-builder shows its install-mode page whenever an assisted installer (oneClick false) is not perMachine
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
    expect(config.nsis).not.toHaveProperty('allowToChangeInstallationDirectory');
    expect(config.nsis).not.toHaveProperty('allowElevation');
  });

  it('builds AppImage and deb on Linux, and ships only the target platform’s Electron build of the engine, unpacked', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.asarUnpack).toContain('native/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.files.some((f) => f.startsWith('native'))).toBe(false);
    expect(config.win.files).toEqual(['native/win32-${arch}-*/**']);
    expect(config.linux.files).toEqual(['native/linux-${arch}-*/**']);
    expect(config.mac.files).toEqual(['native/darwin-${arch}-*/**']);
  });

  it('ships the spelling dictionary', () => {
    expect(config.files).toContain('build/dictionaries/**');
  });

  it('packs only what runs: of the production dependencies, the engine’s JavaScript and its loader; never the tools that fetch or compile it at install time', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
    const production = new Set(
      Object.entries(lock.packages)
        .filter(([key, pkg]) => key.startsWith('node_modules/') && !pkg.dev && !pkg.devOptional)
        .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)),
    );
    const excludedList = config.files.find((f) => f.startsWith('!node_modules/{'))!;
    const excluded = new Set(/\{([^}]+)\}/.exec(excludedList)![1]!.split(','));
    const runtime = ['better-sqlite3-multiple-ciphers', 'bindings', 'file-uri-to-path', '@resvg/resvg-js'];
    for (const name of runtime) expect(production.has(name), name).toBe(true);
    // resvg's prebuilt addon for each platform (only this platform's is installed).
    const isResvgBuild = (name: string) => name.startsWith('@resvg/resvg-js-');
    for (const name of production) if (!runtime.includes(name) && !isResvgBuild(name)) expect(excluded.has(name), `${name} would be packed into app.asar`).toBe(true);
    expect(config.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/{build,deps,src,docs,binding.gyp}{,/**}');
  });

  it('approves the install script of every package that has one (npm 11’s allowScripts), and says which Node the tooling needs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts: Record<string, boolean>; engines: { node: string } };
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    for (const name of withScripts) expect(pkg.allowScripts, name).toHaveProperty(name);
    expect(pkg.allowScripts['better-sqlite3-multiple-ciphers']).toBe(true);
    // Electron 45 and @electron/get require Node 22.12
    expect(pkg.engines.node).toBe('>=22.12');
    const electron = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { engines: { node: string } };
    expect(electron.engines.node).toMatch(/22\.12/);
  });

  it('has an icon large enough for every platform', () => {
    const png = fs.readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
