import { sql, type KyselyPlugin } from 'kysely';
import { TEAM_ROLES, type TeamRole } from '../../shared/team-roles';
import type { BackupInfo, Health } from '../../shared/schemas/safety';
import type { Core } from './core';
import { ChangeFeed } from './data/change-feed';
import { LATEST_SCHEMA_VERSION } from './db/connection';
import { connectionSettings, openTeamStore, type TeamStore, type TeamStoreAddress } from './db/postgres';
import { AppError } from './errors';
import { PersonUsingApp } from './features/identity/person-using-app';
import type { SafetyOperations } from './handlers';
import type { RouterOptions } from './router';
import { serveCore, serviceContext, type OpenStore } from './serve';
import { TeamLive, type TeamLiveTimings } from './team-live/team-live';
import { openTeamOutbox, type OutboxPlace, type TeamOutbox } from './team-outbox';

export interface TeamCoreOptions extends RouterOptions {
  /** The council's team store, and the person's own login to it. */
  address: TeamStoreAddress;
  appVersion: string;
  mode: 'desktop' | 'browser';
  now?: () => Date;
  /** Things worth a line in the log that are not errors. Never the data itself. */
  onNotice?(message: string): void;
  /** Kysely plugins over every query (a measurement's or a test's instruments). */
  plugins?: readonly KyselyPlugin[];
  /** How the live link to the server paces itself (tests shorten it). */
  live?: Partial<TeamLiveTimings>;
  /** The laptop's outbox (its data folder and key): saves of the minutes made while the team store cannot be reached wait there. */
  outbox?: OutboxPlace;
}

const BACKUPS_ARE_THE_SERVERS =
  'Backups of a team store are kept by the council’s server, not by Panelroom on this computer: ask IT, who look after its backups and point-in-time recovery. Nothing has been changed.';

/**
 * The same core as `createCore`, over a council's PostgreSQL team store signed in as the
 * person's own login. A refused sign-in throws a TeamStoreError whose message is a sentence
 * with a way forward; nothing is written.
 */
export async function createTeamCore(options: TeamCoreOptions): Promise<Core> {
  const settings = connectionSettings(options.address);
  const store = await openTeamStore(options.address, LATEST_SCHEMA_VERSION, { plugins: options.plugins });
  try {
    const identity = new PersonUsingApp(store.login, true);
    await identity.refresh(store.db);
    const roles = await groupRolesOf(store);
    // The store records the saves it has applied (migration 15), so a held save can be sent on safely: a store
    // older than this copy of Panelroom is refused above, never opened without that record.
    const core = new TeamCore(options, store, identity, roles, `${settings.host}:${settings.port}`, settings.database);
    // Other people's changes are heard from here on; a listen connection that cannot be made yet is retried, not refused.
    core.live = new TeamLive(settings, core.changes, options.live, options.onNotice);
    core.changes.announceWith(core.live.announce, core.live.notice);
    // The listen connection back means the server answers again: the outbox need not wait for its next try (up to 30 seconds away).
    core.changes.onLink((link) => {
      if (link?.listening) core.outbox?.retryNow();
    });
    await core.live.start();
    return core;
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** The team roles the signed-in login holds, as the database has them (membership of the panelroom_* group roles). */
async function groupRolesOf(store: TeamStore): Promise<TeamRole[]> {
  const { rows } = await sql<{ rolname: string }>`select rolname from pg_roles where rolname like 'panelroom\\_%' and pg_has_role(session_user, oid, 'MEMBER')`.execute(store.db);
  const held = new Set(rows.map((r) => r.rolname));
  return TEAM_ROLES.filter((role) => held.has(`panelroom_${role}`));
}

class TeamCore implements Core, SafetyOperations {
  readonly router: Core['router'];
  readonly desktop: Core['desktop'];
  readonly changes = new ChangeFeed();
  readonly store: OpenStore;
  live: TeamLive | undefined;
  readonly outbox: TeamOutbox | undefined;

  constructor(
    options: TeamCoreOptions,
    private readonly team: TeamStore,
    identity: PersonUsingApp,
    roles: TeamRole[],
    server: string,
    database: string,
  ) {
    this.store = { db: team.db, schemaVersion: team.schemaVersion, close: () => team.close() };
    const ctx = serviceContext({ db: () => team.db, identity, now: options.now ?? (() => new Date()), changes: this.changes });
    const info = () => ({
      version: options.appVersion,
      schemaVersion: team.schemaVersion,
      dataDir: '',
      mode: options.mode,
      store: { engine: 'postgres' as const, server, database, login: team.login, person: identity.personName, roles },
    });
    // The server guards the data (grants, its own recovery): every call is served, and what a login may not do is refused there.
    const surface = serveCore({ ctx, info, safety: this, options, guard: (handlers) => handlers, ready: () => undefined });
    this.outbox = options.outbox
      ? openTeamOutbox(options.outbox, { db: team.db, inner: surface.router, login: team.login, store: `${server}/${database}`, now: ctx.now, onNotice: options.onNotice })
      : undefined;
    this.router = this.outbox?.router ?? surface.router;
    this.desktop = surface.desktop;
  }

  health(): Health {
    return { status: 'ok', message: null, problems: [], dataFolderWarning: null, lastBackupAt: null };
  }

  async startBackgroundWork(): Promise<void> {}

  listBackups(): BackupInfo[] {
    throw new AppError('CONFLICT', BACKUPS_ARE_THE_SERVERS);
  }

  backupNow(): Promise<BackupInfo> {
    return Promise.reject(new AppError('CONFLICT', BACKUPS_ARE_THE_SERVERS));
  }

  restore(): Promise<never> {
    return Promise.reject(new AppError('CONFLICT', BACKUPS_ARE_THE_SERVERS));
  }

  restoreNewestGood(): Promise<never> {
    return Promise.reject(new AppError('CONFLICT', BACKUPS_ARE_THE_SERVERS));
  }

  async close(): Promise<void> {
    await this.live?.close();
    this.outbox?.close();
    await this.team.close();
  }

  closeNow(): void {
    void this.live?.close().catch(() => undefined);
    this.outbox?.close();
    void this.team.close().catch(() => undefined);
  }
}
