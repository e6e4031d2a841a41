import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

/** What every service needs: the database, who is acting, and the clock (injected so tests can fix it). */
export interface ServiceContext {
  db: Kysely<Database>;
  actor: string;
  now(): Date;
}

export function isoNow(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
