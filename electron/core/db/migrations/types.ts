import type { Kysely } from 'kysely';

/**
 * A migration is frozen once released: it takes the database as the previous
 * migration left it, so it is typed against `any`, never against today's schema.
 */
export interface Migration {
  version: number;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}
