import type { ActionRow } from '../../../../shared/schemas/actions';
import type { Db } from '../../db/db-type';

/** SQLite's limit on bound values is far above this; chunks keep each IN list cheap. */
const CHUNK = 500;

/** Actions as every screen shows them, in the order of `ids`. */
export async function actionRows(db: Db, ids: readonly number[]): Promise<ActionRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map<number, ActionRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const [rows, children] = await Promise.all([
      db
        .selectFrom('actions as a')
        .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
        .innerJoin('meeting_types as t', 't.id', 'm.type_id')
        .leftJoin('people as p', 'p.id', 'a.owner_id')
        .select([
          'a.id',
          'a.meeting_id',
          'a.item_id',
          'm.date',
          't.name as type_name',
          'a.text',
          'a.owner_id',
          'a.owner_name',
          'p.name as person_name',
          'a.due_on',
          'a.status',
          'a.completed_on',
          'a.progress_rag',
          'a.impact_rag',
          'a.last_note',
          'a.updated_at',
          'a.plan_row',
        ])
        .where('a.id', 'in', part)
        .execute(),
      db
        .selectFrom('action_children as ac')
        .innerJoin('children as c', 'c.id', 'ac.child_id')
        .leftJoin('teams as tm', 'tm.id', 'c.team_id')
        .select(['ac.action_id', 'c.id', 'c.case_ref', 'c.first_name', 'c.last_name', 'tm.name as team_name'])
        .where('ac.action_id', 'in', part)
        .orderBy('c.last_name')
        .orderBy('c.first_name')
        .execute(),
    ]);
    const childrenOf = new Map<number, typeof children>();
    for (const c of children) childrenOf.set(c.action_id, [...(childrenOf.get(c.action_id) ?? []), c]);
    for (const r of rows) {
      const kids = childrenOf.get(r.id) ?? [];
      byId.set(r.id, {
        id: r.id,
        meetingId: r.meeting_id,
        itemId: r.item_id,
        meetingDate: r.date,
        meetingTypeName: r.type_name,
        children: kids.map((c) => ({ id: c.id, caseRef: c.case_ref, firstName: c.first_name, lastName: c.last_name })),
        teamName: kids[0]?.team_name ?? null,
        text: r.text,
        ownerId: r.owner_id,
        // A chosen person's current name; a typed owner as typed.
        ownerName: r.person_name ?? r.owner_name,
        dueOn: r.due_on,
        status: r.status,
        completedOn: r.completed_on,
        progressRag: r.progress_rag,
        impactRag: r.impact_rag,
        lastNote: r.last_note,
        updatedAt: r.updated_at,
        planRow: r.plan_row,
      });
    }
  }
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
