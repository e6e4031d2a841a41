// Builds better-sqlite3 for Electron into native/<platform>-<arch>-abi<N>/better_sqlite3.node.
//
// better-sqlite3 is compiled per runtime ABI. The copy in node_modules stays the
// plain-Node build that `npm test` uses; the Electron build lives beside it and the
// app loads it through better-sqlite3's `nativeBinding` option. So `npm test` and
// `npm start` both work, in any order, and neither rebuild undoes the other.
//
// Needs the internet once per Electron version (a prebuilt download, or Electron's
// headers to compile against). Set PANELROOM_TARGET_PLATFORM / PANELROOM_TARGET_ARCH
// to fetch a build for packaging another platform (prebuilt binaries only).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronPkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'));
const abi = fs.readFileSync(path.join(root, 'node_modules/electron/abi_version'), 'utf8').trim();
const platform = process.env.PANELROOM_TARGET_PLATFORM || process.platform;
const arch = process.env.PANELROOM_TARGET_ARCH || process.arch;
const outDir = path.join(root, 'native', `${platform}-${arch}-abi${abi}`);
const outFile = path.join(outDir, 'better_sqlite3.node');

if (fs.existsSync(outFile)) process.exit(0);

console.log(`Preparing the database engine for Electron ${electronPkg.version} (${platform}-${arch}, ABI ${abi})...`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-native-'));
const pkgDir = path.join(work, 'better-sqlite3');
fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), pkgDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });

const run = (cmd, args) => spawnSync(cmd, args, { cwd: pkgDir, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const target = [`--target=${electronPkg.version}`, `--arch=${arch}`];
const built =
  run(process.execPath, [path.join(root, 'node_modules/prebuild-install/bin.js'), '--runtime=electron', ...target, `--platform=${platform}`]) ||
  (platform === process.platform && run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', ...target, '--dist-url=https://electronjs.org/headers']));

const produced = path.join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
if (!built || !fs.existsSync(produced)) {
  fs.rmSync(work, { recursive: true, force: true });
  console.error(
    'Could not prepare the database engine for Electron. This needs the internet once (to download a prebuilt copy or Electron’s headers),\n' +
      'and, if no prebuilt copy exists, a C++ toolchain (Windows: Visual Studio Build Tools; macOS: Xcode command-line tools; Linux: python3, make, g++).\n' +
      'Fix that and run `npm start` again. `npm test` does not need this step.',
  );
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(produced, outFile);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Database engine ready: ${path.relative(root, outFile)}`);
