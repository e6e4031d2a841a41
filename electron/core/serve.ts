import type { Kysely } from 'kysely';
import type { ProcedureOutput } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import type { FilingChecklist } from '../../shared/schemas/filing';
import type { ServiceContext } from './context';
import { type ChangeFeed } from './data/change-feed';
import type { Database } from './db/schema';
import { assertFilable } from './features/filing/batch';
import { lastFilingFolder } from './features/filing/checklist';
import { writeFilingFolder } from './features/filing/write-folder';
import type { PersonUsingApp } from './features/identity/person-using-app';
import { buildHandlers, type SafetyOperations } from './handlers';
import { createRouter, settle, type Handlers, type Router, type RouterOptions } from './router';

/**
 * What every core is made of, whichever engine holds the data: the services over one
 * context, the router in front, and the desktop's folder operations. The SQLite core adds
 * the care of its file (backups, integrity, recovery); the team core adds the sign-in.
 */

/** The open data, as services and callers see it: no engine in sight. */
export interface OpenStore {
  db: Kysely<Database>;
  schemaVersion: number;
  close(): Promise<void>;
}

/**
 * What only the desktop shell asks for: work on folders the person chose in a native
 * dialog. Kept off the router, so no page (and no browser-mode request) can name a path.
 */
export interface DesktopOperations {
  /** Why this meeting's extracts cannot be exported for filing (as an error), checked before the folder dialog opens. */
  checkFiling(meetingId: number): Promise<ApiResult<null>>;
  exportForFiling(meetingId: number, parentDir: string): Promise<ApiResult<FilingChecklist>>;
  /** The folder this meeting's extracts were last written to, if the desktop app wrote them. */
  filingFolder(meetingId: number): Promise<ApiResult<string | null>>;
}

/** The context every service is given: the database read afresh on every call (a restore may reopen it), who is acting, the clock, the feed. */
export function serviceContext(parts: { db: () => Kysely<Database>; identity: PersonUsingApp; now: () => Date; changes: ChangeFeed }): ServiceContext {
  const { identity } = parts;
  return {
    get db() {
      return parts.db();
    },
    // The person using the app, once known; the login until then.
    get actor() {
      return identity.actor;
    },
    login: identity.login,
    identity,
    now: parts.now,
    changes: parts.changes,
  };
}

export interface Surface {
  router: Router;
  desktop: DesktopOperations;
}

/**
 * The router and the desktop's operations over a context. `guard` wraps the handlers (what
 * answers while the data cannot be used); `ready` is asked before each desktop operation.
 */
export function serveCore(parts: {
  ctx: ServiceContext;
  info: () => ProcedureOutput<'app.info'>;
  safety: SafetyOperations;
  options: RouterOptions;
  guard: (handlers: Handlers) => Handlers;
  ready: () => void;
}): Surface {
  const { ctx, options } = parts;
  const handlers = buildHandlers(ctx, parts.info, parts.safety);
  const router = createRouter(parts.guard(handlers), options);
  const run = <T>(name: string, work: () => Promise<T>) =>
    settle<T>(
      name,
      async () => {
        parts.ready();
        return { ok: true, value: await work() };
      },
      options,
    );
  const desktop: DesktopOperations = {
    checkFiling: (meetingId) =>
      run('desktop.checkFiling', async () => {
        await assertFilable(ctx, meetingId);
        return null;
      }),
    exportForFiling: (meetingId, parentDir) => run('desktop.exportForFiling', () => writeFilingFolder(ctx, meetingId, parentDir)),
    filingFolder: (meetingId) => run('desktop.filingFolder', () => lastFilingFolder(ctx, meetingId)),
  };
  return { router, desktop };
}
