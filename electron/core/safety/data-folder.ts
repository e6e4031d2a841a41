import fs from 'node:fs';

// Linux filesystem magic numbers (statfs f_type) for network and user-space filesystems.
const NETWORK_FS: Record<number, string> = {
  0x6969: 'NFS',
  0x517b: 'SMB',
  0xff534d42: 'CIFS',
  0xfe534d42: 'SMB2',
  0x65735546: 'FUSE',
  0x47504653: 'GPFS',
  0x564c: 'NCP',
};

const SYNCED = /[\\/](OneDrive|OneDrive - [^\\/]+|Dropbox|Google Drive|GoogleDrive|My Drive|iCloud Drive|iCloudDrive|Mobile Documents|Box|Box Sync|SharePoint|Nextcloud|ownCloud|pCloud Drive|MEGA)([\\/]|$)/i;

/**
 * SQLite's write-ahead log relies on shared memory and file locks that network
 * shares do not honour, and sync tools copy a database mid-write. Either can
 * corrupt the data, so the app says so plainly (it still opens).
 */
export function dataFolderWarning(dir: string, platform: NodeJS.Platform = process.platform): string | null {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(dir)) {
    return `Panelroom’s data folder (${dir}) is on a network share. Keep it on this computer’s own disk: a network share can corrupt the data file. Move it with the --data-dir option or PANELROOM_DATA_DIR.`;
  }
  if (SYNCED.test(dir)) {
    return `Panelroom’s data folder (${dir}) is inside a folder that a sync service (such as OneDrive or Dropbox) copies. Sync tools can copy the file half-written and damage it. Keep the data folder outside synced folders; Panelroom makes its own backups.`;
  }
  if (platform === 'linux') {
    try {
      const kind = NETWORK_FS[fs.statfsSync(dir).type];
      if (kind) return `Panelroom’s data folder (${dir}) is on a ${kind} network file system. Keep it on this computer’s own disk: a network file system can corrupt the data file.`;
    } catch {
      // the folder may not exist yet; nothing to warn about
    }
  }
  return null;
}
