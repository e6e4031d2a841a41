import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/db-type';
import type { Database, MeetingRow } from '../../db/schema';
import { containsPattern } from '../../db/contains';
import { likeIgnoringCase } from '../../data/dialect';

/**
 * Open children with a Care Planning Meeting due, with their team, team manager, due list
 * and the last one held in this episode of care, filtered by team and by text.
 */
export function childrenWithCpmDue(db: Db, filter: { teamId: number | null; search: string }) {
  const like = containsPattern(filter.search);
  return (
    db
      .selectFrom('children as c')
      .innerJoin('child_tracking as t', 't.child_id', 'c.id')
      .leftJoin('teams as tm', 'tm.id', 'c.team_id')
      .leftJoin('people as mgr', 'mgr.id', 'c.team_manager_id')
      .select(['c.id', 'c.case_ref', 'c.first_name', 'c.last_name', 'tm.name as team_name', 'c.team_manager_id', 'mgr.name as manager_name', 't.due'])
      // The last one held in this episode of care: one from before the child came into care is not their last Care Planning Meeting.
      .select((eb) =>
        eb
          .selectFrom('child_meetings as cm')
          .select((e) => e.fn.max('cm.held_on').as('d'))
          .whereRef('cm.child_id', '=', 'c.id')
          .where('cm.kind', '=', 'cpm')
          .where((w) => w.or([w('c.date_entered_care', 'is', null), w('cm.held_on', '>=', w.ref('c.date_entered_care'))]))
          .as('last_cpm'),
      )
      .where('c.closed_on', 'is', null)
      .where('t.due', 'like', '%"kind":"cpm"%')
      .$if(filter.teamId !== null, (q) => q.where('c.team_id', '=', filter.teamId))
      .$if(filter.search !== '', (q) => q.where((eb) => eb.or([eb('c.case_ref', likeIgnoringCase(db), like), eb(sql<string>`c.first_name || ' ' || c.last_name`, likeIgnoringCase(db), like)])))
      .execute()
  );
}

/** Every Care Planning Meeting booked and not yet held, child by child, latest first. */
export function plannedCpmBookings(db: Db) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('meeting_types as ty', 'ty.id', 'm.type_id')
    .innerJoin('agenda_item_children as ic', 'ic.meeting_id', 'm.id')
    .select(['ic.child_id', 'm.id', 'm.date', 'm.start_time'])
    .where('ty.form', '=', 'cpm')
    .where('m.status', '=', 'planned')
    .orderBy('m.date', 'desc')
    .execute();
}

/** A meeting of this type on this date with any of these children on it (other than the one given). */
export function bookingOnDate(db: Db, typeId: number, childIds: readonly number[], date: string, exceptMeetingId: number | null) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('agenda_item_children as ic', 'ic.meeting_id', 'm.id')
    .select('m.id')
    .where('m.type_id', '=', typeId)
    .where('ic.child_id', 'in', childIds)
    .where('m.date', '=', date)
    .$if(exceptMeetingId !== null, (q) => q.where('m.id', '!=', exceptMeetingId!))
    .executeTakeFirst();
}

/** The Care Planning Meeting type (always present). */
export function cpmMeetingType(db: Db) {
  return db.selectFrom('meeting_types').selectAll().where('code', '=', 'cpm').executeTakeFirstOrThrow();
}

export function insertMeeting(db: Db, values: Insertable<Database['meetings']>): Promise<MeetingRow> {
  return db.insertInto('meetings').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The latest Care Planning Meeting held after a date that agreed the child's plan. */
export function laterCpmAgreeingPlan(db: Db, childId: number, after: string) {
  return db
    .selectFrom('child_meetings')
    .select('held_on')
    .where('child_id', '=', childId)
    .where('kind', '=', 'cpm')
    .where('agreed_plan', 'is not', null)
    .where('held_on', '>', after)
    .orderBy('held_on', 'desc')
    .executeTakeFirst();
}
