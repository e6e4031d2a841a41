import type { Kysely, Selectable } from 'kysely';
import { notFound } from '../errors';
import type { Database } from './database';
import type { Writer } from './write';

/** Records that are archived rather than deleted, so past meetings and minutes still name them: the entity each is audited as, and its noun. */
const ARCHIVABLE = {
  teams: { entity: 'team', noun: 'team' },
  people: { entity: 'person', noun: 'person' },
  meeting_types: { entity: 'meeting_type', noun: 'meeting type' },
  meeting_series: { entity: 'meeting_series', noun: 'meeting series' },
} as const;

export type Archivable = keyof typeof ARCHIVABLE;
type RowOf<T extends Archivable> = Selectable<Database[T]>;
type ArchivableRow = { id: number; archived_at: string | null; updated_at: string };

/**
 * Archives or restores one record within a write, with its audit row. Archiving what is
 * already archived (a second click, or another window) is not an error and writes nothing,
 * not even an audit row. Answers the record as it now stands and whether it changed.
 */
export async function setArchived<T extends Archivable>(
  w: Writer,
  table: T,
  input: { id: number; archived: boolean },
  describe: (row: RowOf<T>) => string,
): Promise<{ row: RowOf<T>; changed: boolean }> {
  // Kysely cannot type a query over a table chosen at run time; every archivable table has these columns.
  const db = w.db as unknown as Kysely<{ archivable: ArchivableRow }>;
  const name = table as unknown as 'archivable';
  const { entity, noun } = ARCHIVABLE[table];
  const before = (await db.selectFrom(name).selectAll().where('id', '=', input.id).executeTakeFirst()) as RowOf<T> | undefined;
  if (!before) throw notFound(noun);
  if (((before as ArchivableRow).archived_at !== null) === input.archived) return { row: before, changed: false };
  const now = w.ctx.now().toISOString();
  const row = (await db
    .updateTable(name)
    .set({ archived_at: input.archived ? now : null, updated_at: now })
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow()) as RowOf<T>;
  await w.audit({ action: input.archived ? 'archive' : 'restore', entity, entityId: input.id, summary: `${input.archived ? 'Archived' : 'Restored'} ${describe(row)}` });
  return { row, changed: true };
}
