import path from 'node:path';

/**
 * better-sqlite3 is compiled per runtime ABI. Tests use the Node build in
 * node_modules; the app uses an Electron build kept beside it under native/, so
 * neither build ever overwrites the other (see scripts/electron-native.mjs).
 */
export function nativeBindingDir(platform: string, arch: string, abi: string): string {
  return path.join('native', `${platform}-${arch}-abi${abi}`);
}

export function nativeBindingPath(appRoot: string, platform: string, arch: string, abi: string): string {
  // Inside an installed app the folder is unpacked beside app.asar, because a native addon cannot load from inside an archive.
  const root = appRoot.endsWith('.asar') ? `${appRoot}.unpacked` : appRoot;
  return path.join(root, nativeBindingDir(platform, arch, abi), 'better_sqlite3.node');
}
