import type { Selectable } from 'kysely';
import type { ServiceContext } from '../context';
import { isoNow } from '../context';
import type { Database } from '../db/schema';
import { recordAudit } from './audit';
import { notFound } from './guards';

/** Settings records that are archived rather than deleted, so past meetings and minutes still name them. */
type Archivable = 'teams' | 'people';

const NOUN = { teams: 'team', people: 'person' } as const;

type RowOf<T extends Archivable> = Selectable<Database[T]> & { id: number; archived_at: string | null };

/**
 * Archives or restores one row and audits it. Archiving twice is not an error and
 * writes nothing: the person may have clicked twice, or in two windows.
 */
export async function setArchived<T extends Archivable, Out>(
  ctx: ServiceContext,
  table: T,
  input: { id: number; archived: boolean },
  describe: (row: RowOf<T>) => string,
  toOutput: (row: RowOf<T>) => Out,
): Promise<Out> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = (await trx.selectFrom(table as Archivable).selectAll().where('id', '=', input.id).executeTakeFirst()) as RowOf<T> | undefined;
    if (!before) throw notFound(NOUN[table]);
    if ((before.archived_at !== null) === input.archived) return toOutput(before);
    const now = isoNow(ctx);
    const row = (await trx
      .updateTable(table as Archivable)
      .set({ archived_at: input.archived ? now : null, updated_at: now })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow()) as RowOf<T>;
    await recordAudit(trx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: NOUN[table],
      entityId: row.id,
      summary: `${input.archived ? 'Archived' : 'Restored'} ${describe(row)}`,
    });
    return toOutput(row);
  });
}
