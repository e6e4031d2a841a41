import type { Db } from '../../db/db-type';

/** How many rows a table holds. */
export async function countRows(db: Db, table: 'teams' | 'people' | 'children'): Promise<number> {
  return Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}
