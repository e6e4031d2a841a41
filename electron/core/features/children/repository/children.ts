import { type MOVES_VERSION, versionMovedOn } from '../../../data/row-version';
import { sql, type Insertable, type Updateable } from 'kysely';
import { containsPattern } from '../../../db/contains';
import type { Db } from '../../../db/db-type';
import type { ChildRow, Database } from '../../../db/schema';
import { likeIgnoringCase, sameIgnoringCase } from '../../../data/dialect';

type ChildChange = Updateable<Database['children']>;

export function findChild(db: Db, id: number): Promise<ChildRow | undefined> {
  return db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A child's name, or undefined when there is no such child. */
export function findChildName(db: Db, id: number) {
  return db.selectFrom('children').select(['id', 'first_name', 'last_name']).where('id', '=', id).executeTakeFirst();
}

export function childExists(db: Db, id: number) {
  return db.selectFrom('children').select('id').where('id', '=', id).executeTakeFirst();
}

/** Another child already holding this case reference (compared without regard to case). */
export function childWithCaseRef(db: Db, caseRef: string, excludeId?: number) {
  return db
    .selectFrom('children')
    .select(['id', 'first_name', 'last_name'])
    .where(sameIgnoringCase(db, sql`case_ref`, caseRef))
    .$if(excludeId !== undefined, (q) => q.where('id', '!=', excludeId!))
    .executeTakeFirst();
}

export function insertChildRow(db: Db, values: Insertable<Database['children']>): Promise<ChildRow> {
  return db.insertInto('children').values(values).returningAll().executeTakeFirstOrThrow();
}

/** `moves`: a change not checked by the write path's claim (closing the child) moves the version on itself. */
export function updateChildReturning(db: Db, id: number, change: ChildChange, moves?: typeof MOVES_VERSION): Promise<ChildRow> {
  return db.updateTable('children').set({ ...change, ...(moves ? versionMovedOn : {}) }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function updateChildColumns(db: Db, id: number, change: ChildChange, moves?: typeof MOVES_VERSION): Promise<void> {
  await db.updateTable('children').set({ ...change, ...(moves ? versionMovedOn : {}) }).where('id', '=', id).execute();
}

/** A child's siblings in their group (the child left out), eldest first. */
export function siblingsOf(db: Db, childId: number, siblingGroupId: number) {
  return db
    .selectFrom('children')
    .select(['id', 'case_ref', 'first_name', 'last_name'])
    .where('sibling_group_id', '=', siblingGroupId)
    .where('id', '!=', childId)
    .orderBy('date_of_birth')
    .execute();
}

/** The meetings a child has had, newest first. */
export function meetingsOfChild(db: Db, childId: number) {
  return db.selectFrom('child_meetings').select(['kind', 'held_on', 'source']).where('child_id', '=', childId).orderBy('held_on', 'desc').execute();
}

/** Children whose case reference or full name contains the text, by name. */
export function childrenMatching(db: Db, text: string, limit: number) {
  const like = containsPattern(text);
  return db
    .selectFrom('children')
    .select(['id', 'case_ref', 'first_name', 'last_name', 'team_id', 'closed_on'])
    .where((eb) => eb.or([eb(sql`case_ref`, likeIgnoringCase(db), like), eb(sql`first_name || ' ' || last_name`, likeIgnoringCase(db), like)]))
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(limit)
    .execute();
}

export function siblingGroupsOf(db: Db, childIds: readonly number[]) {
  return db.selectFrom('children').select(['id', 'sibling_group_id', 'first_name', 'last_name']).where('id', 'in', childIds).execute();
}

export function siblingGroupOf(db: Db, childId: number) {
  return db.selectFrom('children').select(['id', 'sibling_group_id', 'first_name', 'last_name']).where('id', '=', childId).executeTakeFirst();
}

export async function insertSiblingGroup(db: Db, createdAt: string): Promise<number> {
  return (await db.insertInto('sibling_groups').values({ created_at: createdAt }).returning('id').executeTakeFirstOrThrow()).id;
}

/** Moves every child of these groups into another group. */
export async function mergeSiblingGroups(db: Db, from: readonly number[], into: number): Promise<void> {
  await db.updateTable('children').set({ sibling_group_id: into }).where('sibling_group_id', 'in', from).execute();
}

export async function setSiblingGroup(db: Db, childIds: readonly number[], groupId: number | null): Promise<void> {
  await db.updateTable('children').set({ sibling_group_id: groupId }).where('id', 'in', childIds).execute();
}
