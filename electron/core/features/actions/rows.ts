import type { ActionRow } from '../../../../shared/schemas/actions';
import type { Db } from '../../db/db-type';
import type { ReadTogether } from '../../data/read-together';
import { actionRowQueries } from './repository/list';

/** SQLite's limit on bound values is far above this; chunks keep each IN list cheap. */
const CHUNK = 500;

/** What `actionRowQueries` answers. */
export type ActionRowsRead = ReadTogether<ReturnType<typeof actionRowQueries>>;

/** Actions as every screen shows them, in the order of `ids`. */
export async function actionRows(db: Db, ids: readonly number[]): Promise<ActionRow[]> {
  if (ids.length === 0) return [];
  const out: ActionRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    // The two reads side by side, each on a connection of its own on a team store: folded into one
    // statement the server would build both JSON lists one after the other, and a page of actions
    // was slower so than two round trips at once.
    const q = actionRowQueries(db, part);
    const [rows, children] = await Promise.all([q.rows.execute(), q.children.execute()]);
    out.push(...actionRowsFrom(part, { rows, children }));
  }
  return out;
}

/** The actions read by `actionRowQueries`, as every screen shows them, in the order of `ids` (one not read is left out). */
export function actionRowsFrom(ids: readonly number[], read: ActionRowsRead): ActionRow[] {
  const byId = new Map<number, ActionRow>();
  const { rows, children } = read;
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
      version: r.version,
    });
  }
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
