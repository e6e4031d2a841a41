// Builds the database engine (better-sqlite3-multiple-ciphers) for Electron into
// native/<platform>-<arch>-abi<N>/better_sqlite3.node.
//
// The engine is compiled per runtime ABI. The copy in node_modules stays the plain-Node build
// that `npm test` uses; the Electron build lives beside it and the app loads it through the
// engine's `nativeBinding` option. So `npm test` and `npm start` both work, in any order, and
// neither rebuild undoes the other.
//
// Needs the internet once per Electron version (a prebuilt download, or Electron's headers to
// compile against). Set PANELROOM_TARGET_PLATFORM / PANELROOM_TARGET_ARCH to fetch a build for
// packaging another platform (prebuilt binaries only).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENGINE_PACKAGE, nativeBuildCommands } from './native-build-plan.mjs';

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
const pkgDir = path.join(work, ENGINE_PACKAGE);
fs.cpSync(path.join(root, 'node_modules', ENGINE_PACKAGE), pkgDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });

const steps = nativeBuildCommands({
  root,
  execPath: process.execPath,
  electronVersion: electronPkg.version,
  platform,
  arch,
  hostPlatform: process.platform,
  nodeGyp: process.env.npm_config_node_gyp || npmsOwnNodeGyp(),
});
/** Run outside npm (`node scripts/electron-native.mjs`): npm's own node-gyp, where npm installs beside node. */
function npmsOwnNodeGyp() {
  const nodeDir = path.dirname(process.execPath);
  const candidates = [path.join(nodeDir, 'node_modules'), path.join(nodeDir, '..', 'lib', 'node_modules')].map((d) => path.join(d, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((c) => fs.existsSync(c));
}

const built = steps.some(({ command, args }) => spawnSync(command, args, { cwd: pkgDir, stdio: 'inherit', shell: false }).status === 0);

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
