import path from 'node:path';

/**
 * The database engine is compiled per runtime ABI. Tests use the Node build in
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

/**
 * Why the app cannot start without its Electron build of the engine, or undefined if it is there.
 * The Node build in node_modules is never a fallback: Electron cannot load it, and the failure
 * would read as a problem with the data file.
 */
export function missingEngineMessage(bindingExists: boolean, isPackaged: boolean): string | undefined {
  if (bindingExists) return undefined;
  return isPackaged
    ? 'Panelroom’s database engine is missing from this installation, so it cannot open its data (the data has not been touched). Install Panelroom again.'
    : 'The database engine has not been prepared for Electron, so Panelroom cannot open its data (the data has not been touched). Run `npm start`, which prepares it (it needs the internet once), or `node scripts/electron-native.mjs`.';
}
