import fs from 'node:fs';
import path from 'node:path';
import type { ProcedureName } from '../../shared/contract';
import type { BackupInfo, Health } from '../../shared/schemas/safety';
import type { ServiceContext } from './context';
import { DATABASE_FILE_NAME, developmentKey, LATEST_SCHEMA_VERSION, openStore, type OpenOptions, type Store } from './db/connection';
import type { KeyResult } from './db/data-key';
import { fileKind, openSqliteFile, type FileAccess, type SqliteDatabase } from './db/sqlite-file';
import { AppError, DataFileUnavailableError, DataKeyUnavailableError, isDamage, NewerDatabaseError, UnreadableDatabaseError, WrongDataKeyError } from './errors';
import type { SafetyOperations } from './handlers';
import type { Handlers, Router, RouterOptions } from './router';
import { serveCore, serviceContext, type DesktopOperations, type OpenStore } from './serve';
import { BACKUP_DIR_NAME, listBackups, pruneBackups, resolveBackup, takeBackup, type BackupReason } from './safety/backups';
import { dataFolderWarning } from './safety/data-folder';
import { encryptPlainFilesIn } from './safety/encrypt-plain';
import { fsyncDir, moveDatabaseFile } from './safety/files';
import { quickCheck } from './safety/integrity';
import { copyDatabaseFile } from './safety/sqlite-copy';
import { ChangeFeed } from './data/change-feed';
import { write } from './data/write';
import { PersonUsingApp } from './features/identity/person-using-app';

export type { DesktopOperations, OpenStore };

export interface CoreOptions extends Omit<OpenOptions, 'key'>, RouterOptions {
  dataDir: string;
  /**
   * The data key, as the desktop shell found it in the system keychain (or why it could not).
   * Without one, browser mode's and the tests' rule applies: PANELROOM_DATA_KEY, or a key file beside the data.
   */
  dataKey?: KeyResult;
  /** Things worth a line in the log that are not errors (plain files encrypted, a key kept beside the data). Never the data itself. */
  onNotice?(message: string): void;
  /** The computer login the app runs under: the audit log's "who" until the person says who they are (see PersonUsingApp). */
  actor: string;
  appVersion: string;
  mode: 'desktop' | 'browser';
  now?: () => Date;
}

export interface BackgroundWorkOptions {
  /** the first backup follows the start-up integrity check after this long */
  firstBackupAfterMs?: number;
  /** then one every this long, if anything changed */
  backupEveryMs?: number;
}

/** The whole core, over either engine: `S` is what the open store offers beyond the database (the SQLite core's file). */
export interface Core<S extends OpenStore = OpenStore> {
  router: Router;
  desktop: DesktopOperations;
  /** The open store. Throws while the data cannot be used (recovery). */
  readonly store: S;
  /** Every write, as ids, once it has committed (what a window or, later, another laptop follows). */
  readonly changes: ChangeFeed;
  health(): Health;
  /** Integrity check and scheduled backups: started by the shell once the window is up, so start-up stays fast. */
  startBackgroundWork(options?: BackgroundWorkOptions): Promise<void>;
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  /** Stops the timers, takes the backup on quit if anything changed (unless told not to: the session is ending), closes the file. */
  close(options?: { backup?: boolean }): Promise<void>;
  /** Closes the file at once, synchronously, with no backup: for when the operating system is ending the session. */
  closeNow(): void;
}

/** The core over the laptop's SQLite file: its store is the file itself. */
export type SqliteCore = Core<Store>;

type Mode = { kind: 'ready' } | { kind: 'newer' | 'unavailable' | 'locked'; message: string } | { kind: 'damaged' | 'missing'; message: string; problems: string[] };

/** Procedures that still answer while the data cannot be used, so the recovery screen can work. */
const ALWAYS_AVAILABLE = new Set<ProcedureName>(['app.info', 'app.health', 'backups.list', 'backups.restore', 'backups.restoreNewestGood']);

const DAMAGED_MESSAGE =
  'Panelroom’s data file is damaged and cannot be used safely. Restore the newest good backup: the damaged file will be kept aside, not deleted.';

const MISSING_MESSAGE =
  'Panelroom’s data file is missing, but its backups are still there. Restore the newest backup to carry on. (To start again with no data instead, move the backups folder out of the data folder first.)';

/** The whole core: one store, the services over it, the router in front, and the care of the file itself. */
export async function createCore(options: CoreOptions): Promise<SqliteCore> {
  const host = new CoreHost(options);
  await host.open();
  return host;
}

class CoreHost implements Core<Store>, SafetyOperations {
  readonly router: Router;
  readonly desktop: DesktopOperations;
  private current: Store | undefined;
  private mode: Mode = { kind: 'ready' };
  private integrity: 'pending' | 'ok' | 'failed' = 'pending';
  private readonly file: string;
  private readonly backupDir: string;
  private readonly folderWarning: string | null;
  private readonly now: () => Date;
  private lastBackupAt: string | null = null;
  private changesAtLastBackup = -1;
  private timers: NodeJS.Timeout[] = [];
  private backingUp: Promise<BackupInfo> | undefined;
  /** Set once the shell asks for background work, so a recovery restore can start it later. */
  private background: BackgroundWorkOptions | undefined;
  private restoring = false;
  /** The key and engine build for the data file and its backups; no key while the data is locked. */
  private readonly access: FileAccess;
  private readonly keyProblem: string | undefined;
  private readonly keyWarning: string | null;
  private readonly identity: PersonUsingApp;
  readonly changes = new ChangeFeed();
  private readonly ctx: ServiceContext;

  constructor(private readonly options: CoreOptions) {
    this.file = path.join(options.dataDir, DATABASE_FILE_NAME);
    this.backupDir = path.join(options.dataDir, BACKUP_DIR_NAME);
    this.folderWarning = dataFolderWarning(options.dataDir);
    this.now = options.now ?? (() => new Date());
    const found = options.dataKey ?? keyForBrowserOrTests(options.dataDir);
    this.access = { key: found.ok ? found.key : null, nativeBinding: options.nativeBinding };
    this.keyProblem = found.ok ? undefined : found.message;
    this.keyWarning = found.ok ? (found.warning ?? null) : null;
    if (this.keyWarning) options.onNotice?.(this.keyWarning);
    this.identity = new PersonUsingApp(options.actor);
    // Services read ctx.db on every call, so after a restore they use the reopened store.
    this.ctx = serviceContext({ db: () => this.store.db, identity: this.identity, now: this.now, changes: this.changes });
    const info = () => ({ version: options.appVersion, schemaVersion: this.current?.schemaVersion ?? 0, dataDir: options.dataDir, mode: options.mode, store: { engine: 'sqlite' as const } });
    const surface = serveCore({ ctx: this.ctx, info, safety: this, options, guard: (handlers) => this.guard(handlers), ready: () => this.assertReady() });
    this.router = surface.router;
    this.desktop = surface.desktop;
    this.lastBackupAt = listBackups(this.backupDir)[0]?.takenAt ?? null;
  }

  get store(): Store {
    if (!this.current || this.mode.kind !== 'ready') throw new AppError('STORAGE', this.mode.kind === 'ready' ? DAMAGED_MESSAGE : this.mode.message);
    return this.current;
  }

  async open(): Promise<void> {
    if (this.keyProblem || !this.access.key) {
      this.mode = { kind: 'locked', message: this.keyProblem ?? 'Panelroom’s data key is missing.' };
      return;
    }
    // A missing file with backups beside it means the data went somewhere: never quietly start an empty one.
    if (!fs.existsSync(this.file) && listBackups(this.backupDir).length > 0) {
      this.mode = { kind: 'missing', message: MISSING_MESSAGE, problems: [] };
      return;
    }
    try {
      this.current = await openStore(this.file, { ...this.options, key: this.access.key });
      this.mode = { kind: 'ready' };
      await this.identity.refresh(this.current.db);
    } catch (err) {
      if (err instanceof NewerDatabaseError) this.mode = { kind: 'newer', message: err.message };
      else if (err instanceof DataFileUnavailableError) this.mode = { kind: 'unavailable', message: err.message };
      else if (err instanceof WrongDataKeyError || err instanceof DataKeyUnavailableError) this.mode = { kind: 'locked', message: err.message };
      else if (err instanceof UnreadableDatabaseError) this.mode = { kind: 'damaged', message: DAMAGED_MESSAGE, problems: [String((err.cause as Error | undefined)?.message ?? err.message)] };
      else throw err;
    }
  }

  health(): Health {
    const base = { dataFolderWarning: this.desktopKeyWarning() ?? this.folderWarning, lastBackupAt: this.lastBackupAt };
    if (this.mode.kind === 'newer' || this.mode.kind === 'unavailable' || this.mode.kind === 'locked') return { ...base, status: this.mode.kind, message: this.mode.message, problems: [] };
    if (this.mode.kind === 'damaged' || this.mode.kind === 'missing') return { ...base, status: this.mode.kind, message: this.mode.message, problems: this.mode.problems };
    return { ...base, status: this.integrity === 'pending' ? 'checking' : 'ok', message: null, problems: [] };
  }

  /** Only the desktop's warnings reach the page: browser mode's key file is for development, and says so on the console. */
  private desktopKeyWarning(): string | null {
    return this.options.mode === 'desktop' ? this.keyWarning : null;
  }

  async startBackgroundWork(options: BackgroundWorkOptions = {}): Promise<void> {
    this.background = options;
    if (this.mode.kind !== 'ready') return;
    if (!(await this.checkIntegrity())) return;
    await this.encryptOldPlainCopies();
    this.startBackupTimers();
  }

  /** Backups and set-aside files from before encryption hold the children's details in the clear: each is replaced by a proved encrypted copy. */
  private async encryptOldPlainCopies(): Promise<void> {
    try {
      const { encrypted, unreadable } = await encryptPlainFilesIn([this.backupDir, path.join(this.options.dataDir, 'replaced')], this.access);
      if (encrypted) this.options.onNotice?.(`Encrypted ${encrypted} backup or set-aside file(s) made before encryption.`);
      if (unreadable) this.options.onNotice?.(`${unreadable} unencrypted file(s) in the backups or replaced folders could not be read, so were left as they are.`);
    } catch (err) {
      this.options.onInternalError?.('encrypting earlier backups', err);
    }
  }

  /** Once only; started after the integrity check passes, or after a restore has put good data back. */
  private startBackupTimers(): void {
    if (!this.background || this.timers.length > 0) return;
    const first = setTimeout(() => void this.backupIfChanged('startup'), this.background.firstBackupAfterMs ?? 10_000);
    const every = setInterval(() => void this.backupIfChanged('scheduled'), this.background.backupEveryMs ?? 5 * 60_000);
    for (const t of [first, every]) t.unref();
    this.timers.push(first, every);
  }

  async checkIntegrity(): Promise<boolean> {
    const sqlite = this.current?.sqlite;
    const onMainConnection = sqlite ? () => (sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check) : undefined;
    const result = await quickCheck(this.file, this.access, onMainConnection);
    this.integrity = result.ok ? 'ok' : 'failed';
    if (!result.ok) this.markDamaged(result.problems);
    return result.ok;
  }

  /** Damage found by the integrity check, or by any call that read a damaged page: the app goes into recovery at once. */
  private markDamaged(problems: string[]): void {
    this.integrity = 'failed';
    this.mode = { kind: 'damaged', message: DAMAGED_MESSAGE, problems };
  }

  /** `keep` names a backup the rotation must not remove this time (the one about to be restored). */
  async backupNow(reason: BackupReason, keep?: string): Promise<BackupInfo> {
    // Never back up a damaged file: rotation would push the good backups out.
    const store = this.store;
    if (this.integrity === 'failed') throw new AppError('STORAGE', DAMAGED_MESSAGE);
    if (this.backingUp) return this.backingUp;
    this.backingUp = (async () => {
      const changes = totalChanges(store.sqlite);
      const info = await takeBackup(store.sqlite, this.backupDir, this.now(), reason, this.access);
      this.changesAtLastBackup = changes;
      this.lastBackupAt = info.takenAt;
      pruneBackups(this.backupDir, this.now(), new Set(keep ? [keep] : []));
      return info;
    })();
    try {
      return await this.backingUp;
    } finally {
      this.backingUp = undefined;
    }
  }

  private async backupIfChanged(reason: BackupReason): Promise<void> {
    if (this.mode.kind !== 'ready' || this.integrity !== 'ok' || !this.current) return;
    if (reason !== 'startup' && totalChanges(this.current.sqlite) === this.changesAtLastBackup) return;
    try {
      await this.backupNow(reason);
    } catch (err) {
      this.options.onInternalError?.(`backup (${reason})`, err);
    }
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupDir);
  }

  async restore(name: string) {
    this.refuseRestoreOverUnopenedFile();
    const file = resolveBackup(this.backupDir, name);
    if (!file) throw new AppError('NOT_FOUND', 'That backup could not be found. Choose another from the list.');
    const problem = await this.backupProblem(file);
    if (problem) throw new AppError('CONFLICT', problem);
    return this.restoreFile(file, name);
  }

  async restoreNewestGood() {
    this.refuseRestoreOverUnopenedFile();
    for (const backup of listBackups(this.backupDir)) {
      const file = resolveBackup(this.backupDir, backup.name)!;
      if (!(await this.backupProblem(file))) return this.restoreFile(file, backup.name);
    }
    throw new AppError('NOT_FOUND', 'There is no usable backup to restore. Contact your IT service desk with the damaged file; it has not been changed.');
  }

  /** A newer version's file, or one another program holds, is left exactly as it is. */
  private refuseRestoreOverUnopenedFile(): void {
    if (this.mode.kind === 'newer' || this.mode.kind === 'unavailable' || this.mode.kind === 'locked') throw new AppError('CONFLICT', this.mode.message);
  }

  /** Why a backup cannot be restored, or undefined if it can. */
  private async backupProblem(file: string): Promise<string | undefined> {
    const access = this.accessFor(file);
    try {
      const probe = openSqliteFile(file, access, { readonly: true, fileMustExist: true });
      const version = probe.pragma('user_version', { simple: true }) as number;
      probe.close();
      if (version > LATEST_SCHEMA_VERSION) return 'That backup was made by a newer version of Panelroom and cannot be restored here.';
    } catch (err) {
      if (isDamage(err) && access.key && fileKind(file) === 'encrypted') {
        return 'That backup does not open with this computer’s key for Panelroom’s data (it may come from another computer or another copy of Panelroom), or it is damaged. Choose another.';
      }
      return 'That backup cannot be read. Choose another.';
    }
    const check = await quickCheck(file, access);
    if (check.unreadable) return 'That backup cannot be read just now. Choose another, or try again.';
    return check.ok ? undefined : 'That backup is itself damaged. Choose another.';
  }

  /**
   * Puts a backup in place of the data file. Nothing is touched until the backup has
   * been copied beside the data file and forced to disk; the file it replaces is moved
   * aside, never deleted; and if the restored file will not open, the original is put back.
   */
  private async restoreFile(file: string, name: string) {
    if (this.restoring) throw new AppError('CONFLICT', 'A restore is already under way. Wait for it to finish.');
    this.restoring = true;
    const staged = `${this.file}.restoring`;
    try {
      // A plain backup from before encryption is copied as it is, and encrypted when the store opens it.
      await copyDatabaseFile(file, staged, this.accessFor(file));
      if (this.mode.kind === 'ready' && this.integrity !== 'failed' && this.current) await this.backupNow('before-restore', name);
      if (this.current) {
        await this.current.close();
        this.current = undefined;
      }
      const previousFileKeptAs = this.setAside();
      fs.renameSync(staged, this.file);
      fsyncDir(this.options.dataDir);
      await this.open();
      if (this.mode.kind !== 'ready') await this.putBack(previousFileKeptAs);
      this.integrity = 'ok';
      this.startBackupTimers();
      await write(this.ctx, (w) =>
        w.audit({
          action: 'restore',
          entity: 'backup',
          entityId: null,
          summary: `Restored the backup taken ${name.replace(/^panelroom-|\.sqlite3$/g, '')}`,
          details: { previousFileKeptAs },
        }),
      );
      return { restored: name, previousFileKeptAs };
    } finally {
      fs.rmSync(staged, { force: true });
      this.restoring = false;
    }
  }

  /** The restored file would not open: move it aside too, put the original back, and say so. */
  private async putBack(previousFileKeptAs: string | null): Promise<never> {
    const failed = path.join(this.options.dataDir, 'replaced', `restore-that-failed-${this.now().toISOString().replace(/[:.]/g, '-')}.sqlite3`);
    moveDatabaseFile(this.file, failed);
    if (previousFileKeptAs) moveDatabaseFile(path.join(this.options.dataDir, previousFileKeptAs), this.file);
    fsyncDir(this.options.dataDir);
    await this.open();
    throw new AppError('STORAGE', 'That backup could not be opened once restored, so the data has been put back as it was. Choose another backup.');
  }

  /** Moves the current data file (and its WAL) into replaced/, never deleting it: it may hold work worth recovering by hand. */
  private setAside(): string | null {
    if (!fs.existsSync(this.file)) return null;
    const dir = path.join(this.options.dataDir, 'replaced');
    fs.mkdirSync(dir, { recursive: true });
    const kept = path.join(dir, `panelroom-${this.now().toISOString().replace(/[:.]/g, '-')}.sqlite3`);
    moveDatabaseFile(this.file, kept);
    fsyncDir(this.options.dataDir);
    return path.relative(this.options.dataDir, kept);
  }

  /** Backups made before encryption are plain files: they open without the key (and are encrypted in the background). */
  private accessFor(file: string): FileAccess {
    return fileKind(file) === 'plain' ? { ...this.access, key: null } : this.access;
  }

  /** While the data cannot be used (recovery, a newer file), only the recovery screen's calls are served. */
  private assertReady(): void {
    if (this.mode.kind !== 'ready') throw new AppError('STORAGE', this.mode.message);
  }

  private guard(handlers: Handlers): Handlers {
    const guarded = {} as Record<string, (input: unknown) => unknown>;
    for (const [name, handler] of Object.entries(handlers) as [ProcedureName, (input: unknown) => unknown][]) {
      guarded[name] = ALWAYS_AVAILABLE.has(name)
        ? handler
        : async (input) => {
            this.assertReady();
            try {
              return await handler(input);
            } catch (err) {
              if (isDamage(err)) this.markDamaged([err instanceof Error ? err.message : String(err)]);
              throw err;
            }
          };
    }
    return guarded as Handlers;
  }

  async close(options: { backup?: boolean } = {}): Promise<void> {
    this.stopTimers();
    if (options.backup !== false) await this.backupIfChanged('quit');
    if (this.current) await this.current.close();
    this.current = undefined;
  }

  closeNow(): void {
    this.stopTimers();
    // better-sqlite3 closes synchronously (folding the WAL into the file); Kysely's destroy would only wait for it.
    if (this.current?.sqlite.open) this.current.sqlite.close();
    this.current = undefined;
  }

  private stopTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}

function totalChanges(sqlite: SqliteDatabase): number {
  return sqlite.prepare('select total_changes() as n').pluck().get() as number;
}

/** Browser mode and tests: the key from PANELROOM_DATA_KEY or the key file beside the data, as a result rather than a throw. */
function keyForBrowserOrTests(dataDir: string): KeyResult {
  try {
    let warning: string | undefined;
    const key = developmentKey(dataDir, process.env, (w) => (warning = w));
    return warning ? { ok: true, key, warning } : { ok: true, key };
  } catch (err) {
    if (err instanceof DataKeyUnavailableError) return { ok: false, message: err.message };
    throw err;
  }
}
