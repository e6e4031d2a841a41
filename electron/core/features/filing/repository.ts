import { sql } from 'kysely';
import type { Db } from '../../db/db-type';
import { engineOf } from '../../data/dialect';

// What the filing checklist and the extracts read and keep.

/** One child on the meeting's agenda, if there is any. */
export function anyChildOnAgenda(db: Db, meetingId: number): Promise<{ child_id: number } | undefined> {
  return db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId).limit(1).executeTakeFirst();
}

export function meetingTypeName(db: Db, typeId: number): Promise<{ name: string }> {
  return db.selectFrom('meeting_types').select('name').where('id', '=', typeId).executeTakeFirstOrThrow();
}

/** The children on a meeting's agenda in agenda order, each with their item: one extract each. */
export function childrenToFile(db: Db, meetingId: number) {
  return db
    .selectFrom('agenda_item_children as aic')
    .innerJoin('agenda_items as i', 'i.id', 'aic.item_id')
    .innerJoin('children as c', 'c.id', 'aic.child_id')
    .select(['aic.child_id', 'aic.item_id', 'c.case_ref', 'c.first_name', 'c.last_name'])
    .where('aic.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('aic.position')
    .execute();
}

/** What the checklist keeps of each child's extract from a meeting. */
export function filingRecordsOf(db: Db, meetingId: number) {
  return db.selectFrom('filing_records').selectAll().where('meeting_id', '=', meetingId).execute();
}

export function findFilingRecord(db: Db, meetingId: number, childId: number) {
  return db.selectFrom('filing_records').selectAll().where('meeting_id', '=', meetingId).where('child_id', '=', childId).executeTakeFirst();
}

/** Keeps what was exported of a child's extract, replacing what an earlier export kept. */
export async function saveFilingRecord(
  db: Db,
  meetingId: number,
  childId: number,
  values: { item_id: number; file_name: string; redactions: number; taken_out: number; kept: number; content_hash: string; exported_at: string; exported_by: string },
): Promise<void> {
  await db
    .insertInto('filing_records')
    .values({ meeting_id: meetingId, child_id: childId, ...values })
    .onConflict((oc) => oc.columns(['meeting_id', 'child_id']).doUpdateSet(values))
    .execute();
}

/** Ticks (or unticks) a record as filed. */
export async function setFiled(db: Db, id: number, filed: { filed_at: string | null; filed_by: string | null; filed_hash: string | null }): Promise<void> {
  await db.updateTable('filing_records').set(filed).where('id', '=', id).execute();
}

/** The meeting's last export for filing, if any. */
export function lastFilingExport(db: Db, meetingId: number) {
  return db.selectFrom('filing_exports').selectAll().where('meeting_id', '=', meetingId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertFilingExport(db: Db, values: { meeting_id: number; at: string; by: string; folder: string | null; files: number }): Promise<void> {
  await db.insertInto('filing_exports').values(values).execute();
}

/** The folder the meeting's extracts were last written to, if they ever were. */
export async function lastFilingFolderOf(db: Db, meetingId: number): Promise<string | null> {
  const row = await db.selectFrom('filing_exports').select('folder').where('meeting_id', '=', meetingId).where('folder', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.folder ?? null;
}

/** When the meeting's minutes were amended, and which item (null: the whole minutes). */
export function amendmentTimes(db: Db, meetingId: number) {
  return db.selectFrom('amendments').select(['item_id', 'at']).where('meeting_id', '=', meetingId).execute();
}

/** The children of some sibling groups, named. */
export function childrenOfSiblingGroups(db: Db, groups: number[]) {
  return db.selectFrom('children').select(['id', 'case_ref as caseRef', 'first_name as firstName', 'last_name as lastName', 'sibling_group_id']).where('sibling_group_id', 'in', groups).execute();
}

/** Every person's name (archived or not): anyone may be named in minutes. */
export function everyPersonName(db: Db): Promise<{ name: string }[]> {
  return db.selectFrom('people').select('name').execute();
}

/** The choices people made on possible mentions in a meeting's extracts. */
export function mentionChoicesOf(db: Db, meetingId: number) {
  return db.selectFrom('extract_reviews').select(['child_id', 'mention_key', 'choice', 'decided_by', 'decided_at']).where('meeting_id', '=', meetingId).execute();
}

/** Keeps a person's choice on a possible mention, replacing an earlier one. */
export async function saveMentionChoice(
  db: Db,
  key: { meeting_id: number; child_id: number; mention_key: string },
  values: { phrase: string; sentence: string; suspects: string; choice: 'take_out' | 'keep'; decided_at: string; decided_by: string },
): Promise<void> {
  await db
    .insertInto('extract_reviews')
    .values({ ...key, ...values })
    .onConflict((oc) => oc.columns(['meeting_id', 'child_id', 'mention_key']).doUpdateSet(values))
    .execute();
}

/** Every child's id, names and reference in one string: equal strings, an unchanged register. */
export async function registerFingerprint(db: Db): Promise<string> {
  const row =
    engineOf(db) === 'postgres'
      ? await sql<{ names: string | null }>`select string_agg(id || chr(31) || case_ref || chr(31) || first_name || chr(31) || last_name, chr(30) order by id) as names from children`.execute(db)
      : await sql<{ names: string | null }>`select group_concat(id || char(31) || case_ref || char(31) || first_name || char(31) || last_name, char(30)) as names from children`.execute(db);
  return row.rows[0]?.names ?? '';
}

/** Every child in the register, named. */
export function registerChildren(db: Db): Promise<{ id: number; caseRef: string; firstName: string; lastName: string }[]> {
  return db.selectFrom('children').select(['id', 'case_ref as caseRef', 'first_name as firstName', 'last_name as lastName']).execute();
}
