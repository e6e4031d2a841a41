import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** The database or a transaction on it: repository functions take either. */
export type Db = Kysely<Database> | Transaction<Database>;
