// How scripts/electron-native.mjs builds the database engine for Electron: the commands, as
// data, so they can be checked without running them.
//
// Every command runs without a shell. On Windows a shell would split `C:\Program Files\nodejs\node.exe`
// at the space, and Node refuses to run a .cmd file without one, so node-gyp is run through
// node itself: npm tells every script where its own copy is (npm_config_node_gyp).
import path from 'node:path';

export const ENGINE_PACKAGE = 'better-sqlite3-multiple-ciphers';

/**
 * @param {{ root: string, execPath: string, electronVersion: string, platform: string, arch: string, hostPlatform: string, nodeGyp?: string }} o
 * @returns {{ command: string, args: string[] }[]} tried in order until one succeeds
 */
export function nativeBuildCommands(o) {
  const target = [`--target=${o.electronVersion}`, `--arch=${o.arch}`];
  const steps = [
    // A prebuilt copy for this Electron version, if the engine's publishers made one.
    { command: o.execPath, args: [path.join(o.root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime=electron', ...target, `--platform=${o.platform}`] },
  ];
  // Otherwise compile against Electron's headers (only for the machine it runs on).
  if (o.platform === o.hostPlatform && o.nodeGyp) {
    steps.push({ command: o.execPath, args: [o.nodeGyp, 'rebuild', '--release', '--runtime=electron', ...target, '--dist-url=https://electronjs.org/headers'] });
  }
  return steps;
}
