import type { Kysely } from 'kysely';
import type { Engine } from './engine';

export type { Engine } from './engine';

/**
 * A migration is frozen once released: it takes the database as the previous
 * migration left it, so it is typed against `any`, never against today's schema.
 * It is told the engine for what differs between SQLite and PostgreSQL (see engine.ts).
 */
export interface Migration {
  version: number;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, engine: Engine): Promise<void>;
}
