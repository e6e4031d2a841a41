import type { Kysely } from 'kysely';
import type { ProcedureInput } from '../../../shared/contract';
import type { Database } from '../../../electron/core/db/schema';

/** Anything with an open store: a test core, a team core; or a laptop holding one. */
type HasStore = { readonly store: { readonly db: Kysely<Database> } } | { readonly core: { readonly store: { readonly db: Kysely<Database> } } };

const dbOf = (core: HasStore) => ('core' in core ? core.core.store.db : core.store.db);

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/**
 * A save of the minutes as the page sends it: typed over the version the field shows now (0: never
 * saved). The page reads it with the item; a test reads the same column, so each save is checked.
 */
export async function asShown(core: HasStore, input: WithoutVersion<ProcedureInput<'minutes.save'>>): Promise<ProcedureInput<'minutes.save'>> {
  const row = await dbOf(core).selectFrom('minute_fields').select('version').where('item_id', '=', input.itemId).where('field', '=', input.field).executeTakeFirst();
  return { ...input, version: row?.version ?? 0 } as ProcedureInput<'minutes.save'>;
}

/** The table each change over a shown row edits. */
const TABLE_OF = {
  'agenda.update': 'agenda_items',
  'meetings.update': 'meetings',
  'teams.update': 'teams',
  'teams.setArchived': 'teams',
  'people.update': 'people',
  'people.setArchived': 'people',
  'meetingTypes.update': 'meeting_types',
  'meetingTypes.setArchived': 'meeting_types',
} as const;

/** A change to a row a page shows (an agenda item, a meeting's details, a team, a person, a meeting type), over the version the page shows now. */
export async function rowShown<P extends keyof typeof TABLE_OF>(core: HasStore, procedure: P, input: WithoutVersion<ProcedureInput<P>>): Promise<ProcedureInput<P>> {
  // Each of these tables has an id and a version; Kysely cannot type a select over a table chosen at run time.
  const table = TABLE_OF[procedure] as 'meetings';
  const row = await dbOf(core).selectFrom(table).select('version').where('id', '=', input.id).executeTakeFirstOrThrow();
  return { ...input, version: row.version } as ProcedureInput<P>;
}
