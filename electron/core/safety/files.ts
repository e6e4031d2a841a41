import fs from 'node:fs';

/** Makes a rename in `dir` durable. Windows cannot open a folder for this; NTFS journals the rename itself. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported on this platform
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A SQLite file travels with its write-ahead log and shared-memory index, if it has them. */
export const SIDECARS = ['', '-wal', '-shm'] as const;

export function moveDatabaseFile(from: string, to: string): void {
  for (const suffix of SIDECARS) if (fs.existsSync(from + suffix)) fs.renameSync(from + suffix, to + suffix);
}

export function removeDatabaseFile(file: string): void {
  for (const suffix of SIDECARS) fs.rmSync(file + suffix, { force: true });
}
