import fs from 'node:fs';
import path from 'node:path';
import type { FileAccess, SqliteDatabase } from '../db/sqlite-file';
import { fsyncDir, removeDatabaseFile } from './files';
import { copyDatabase } from './sqlite-copy';

export const BACKUP_DIR_NAME = 'backups';
const NAME_RE = /^panelroom-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z-([a-z-]+)\.sqlite3$/;

export type BackupReason = 'startup' | 'scheduled' | 'quit' | 'manual' | 'before-restore';

export interface BackupInfo {
  name: string;
  /** ISO timestamp (UTC) the backup was taken */
  takenAt: string;
  reason: string;
  bytes: number;
}

export interface RotationPolicy {
  /** the newest N backups are always kept */
  recent: number;
  /** and the newest backup of each of the last N days */
  dailyDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { recent: 10, dailyDays: 30 };

export function backupName(at: Date, reason: BackupReason): string {
  return `panelroom-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite3`;
}

function parseName(name: string): { takenAt: string; reason: string } | undefined {
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  return { takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`, reason: m[6]! };
}

/**
 * An online backup with VACUUM INTO (never a file copy of a live database), encrypted
 * with the data's key: consistent even while saves continue. Written under a temporary name
 * and renamed, so a half-written backup is never mistaken for a good one.
 */
export async function takeBackup(sqlite: SqliteDatabase, dir: string, at: Date, reason: BackupReason, access: FileAccess): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(at, reason);
  const partial = path.join(dir, `${name}.partial`);
  await copyDatabase(sqlite, partial, access);
  fs.renameSync(partial, path.join(dir, name));
  fsyncDir(dir);
  return { name, takenAt: at.toISOString(), reason, bytes: fs.statSync(path.join(dir, name)).size };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const parsed = parseName(name);
      return parsed ? [{ name, ...parsed, bytes: fs.statSync(path.join(dir, name)).size }] : [];
    })
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/**
 * Which backups the policy keeps: the newest few, plus the newest of each recent day,
 * plus any named in `protect` (the one being restored must never be pruned mid-restore).
 * Pure, so it is tested on its own.
 */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION, protect: ReadonlySet<string> = new Set()): Set<string> {
  const sorted = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));
  const keep = new Set([...sorted.slice(0, policy.recent).map((b) => b.name), ...protect]);
  const oldestDay = new Date(now.getTime() - policy.dailyDays * 86_400_000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const b of sorted) {
    const day = b.takenAt.slice(0, 10);
    if (day < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(b.name);
  }
  return keep;
}

export function pruneBackups(dir: string, now: Date, protect: ReadonlySet<string> = new Set(), policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const all = listBackups(dir);
  const keep = backupsToKeep(all, now, policy, protect);
  const removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) removeDatabaseFile(path.join(dir, name));
  for (const name of fs.readdirSync(dir)) {
    // a crash mid-backup leaves a .partial behind: it was never a good backup
    if (name.includes('.partial')) fs.rmSync(path.join(dir, name), { force: true });
    // older versions left -wal/-shm beside backups they had read: remove those whose backup is gone
    const base = name.replace(/-(wal|shm)$/, '');
    if (base !== name && !keep.has(base)) fs.rmSync(path.join(dir, name), { force: true });
  }
  return removed;
}

export function resolveBackup(dir: string, name: string): string | undefined {
  if (!parseName(name) || path.basename(name) !== name) return undefined;
  const file = path.join(dir, name);
  return fs.existsSync(file) ? file : undefined;
}
