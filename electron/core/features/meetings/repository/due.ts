import type { MeetingKind } from '../../../../../shared/domain/vocabulary';
import type { Db } from '../../../db/db-type';
import { childTracking } from '../../../data/tables/child-tracking';

/**
 * The open children whose tracker row holds something due of a kind, with what a proposal
 * shows of them and everything due for them (decoded).
 */
export async function childrenWithDueOfKind(
  db: Db,
  opts: {
    kind: MeetingKind;
    teamId: number | null;
    today: string;
    /** Leave out children already on another coming meeting of this type. */
    elsewhere?: { typeId: number; exceptMeetingId: number };
  },
) {
  const rows = await (
    db
      .selectFrom('child_tracking as t')
      .innerJoin('children as c', 'c.id', 't.child_id')
      .leftJoin('teams as tm', 'tm.id', 'c.team_id')
      .select(['c.id', 'c.case_ref', 'c.first_name', 'c.last_name', 'c.sibling_group_id', 'c.social_worker_id', 'c.team_manager_id', 'tm.name as team_name', 't.due', 't.rag', 't.week26_date'])
      .where('c.closed_on', 'is', null)
      // The cache holds JSON; a LIKE narrows ten thousand children to the few with an item of this kind before parsing.
      .where('t.due', 'like', `%"kind":"${opts.kind}"%`)
      .$if(opts.teamId !== null, (q) => q.where('c.team_id', '=', opts.teamId))
      .$if(opts.elsewhere !== undefined, (q) =>
        q.where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('agenda_item_children as ic')
                .innerJoin('meetings as m', 'm.id', 'ic.meeting_id')
                .select('ic.child_id')
                .whereRef('ic.child_id', '=', 'c.id')
                .where('m.type_id', '=', opts.elsewhere!.typeId)
                .where('m.id', '!=', opts.elsewhere!.exceptMeetingId)
                .where('m.status', '=', 'planned')
                .where('m.date', '>=', opts.today),
            ),
          ),
        ),
      )
      .execute()
  );
  return rows.map((r) => ({ ...r, due: childTracking.columns.due.decode(r.due) }));
}
