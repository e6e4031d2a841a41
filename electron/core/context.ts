import type { Kysely } from 'kysely';
import type { ChangeFeed } from './data/change-feed';
import type { Database } from './db/schema';
import type { PersonUsingApp } from './features/identity/person-using-app';

/** What every service needs: the database, who is acting, and the clock (injected so tests can fix it). */
export interface ServiceContext {
  db: Kysely<Database>;
  /** the person's name (or the computer login until they have said who they are), for every "by" */
  actor: string;
  /** the computer login, kept beside the name in the audit log */
  login?: string;
  /** who is using the app (the core has one; a bare context in a measurement may not) */
  identity?: PersonUsingApp;
  now(): Date;
  /** Told of every write once it commits (a bare context in a measurement may have none). */
  changes?: ChangeFeed;
}

export function isoNow(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
