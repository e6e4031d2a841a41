import type { Kysely, Selectable } from 'kysely';
import { notFound } from '../errors';
import type { Database } from './database';
import type { VersionedTable, Writer } from './write';

/** Records that are archived rather than deleted, so past meetings and minutes still name them: the entity each is audited as, and its noun. */
const ARCHIVABLE = {
  teams: { entity: 'team', noun: 'team' },
  people: { entity: 'person', noun: 'person' },
  meeting_types: { entity: 'meeting_type', noun: 'meeting type' },
  meeting_series: { entity: 'meeting_series', noun: 'meeting series' },
} as const;

export type Archivable = keyof typeof ARCHIVABLE;
/** What archiving asks for: with the version it was based on, for a record that carries one (migration 17). */
type ArchiveRequest<T extends Archivable> = { id: number; archived: boolean } & (T extends VersionedTable ? { version: number } : unknown);
type RowOf<T extends Archivable> = Selectable<Database[T]>;
type ArchivableRow = { id: number; archived_at: string | null; updated_at: string };

/**
 * Archives or restores one record within a write, with its audit row. Archiving what is
 * already archived (a second click, or another window) is not an error and writes nothing,
 * not even an audit row. A record that carries a version is claimed at the version the list
 * showed: archived over a change made since, it is a CONFLICT that says the list now shows the
 * record as the other person left it. Answers the record as it now stands and whether it changed.
 */
export async function setArchived<T extends Archivable>(
  w: Writer,
  table: T,
  input: ArchiveRequest<T>,
  describe: (row: RowOf<T>) => string,
): Promise<{ row: RowOf<T>; changed: boolean }> {
  // Kysely cannot type a query over a table chosen at run time; every archivable table has these columns.
  const db = w.db as unknown as Kysely<{ archivable: ArchivableRow }>;
  const name = table as unknown as 'archivable';
  const { entity, noun } = ARCHIVABLE[table];
  const before = (await db.selectFrom(name).selectAll().where('id', '=', input.id).executeTakeFirst()) as RowOf<T> | undefined;
  if (!before) throw notFound(noun);
  if (((before as ArchivableRow).archived_at !== null) === input.archived) return { row: before, changed: false };
  const version = (input as { version?: number }).version;
  if (version !== undefined) {
    const doing = input.archived ? 'archive' : 'restore';
    await w.claimVersion({
      table: table as T & VersionedTable,
      key: { id: input.id },
      version,
      entity,
      entityId: input.id,
      // Nothing typed to keep or take: the list shows the record as it now stands.
      fields: async () => ({}),
      next: `The list now shows it as they left it: ${doing} it again if you still mean to.`,
    });
  }
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
