import type { Db } from '../../../db/db-type';
import { rotaSourceQueries } from '../../rota/repository';

/**
 * What a meeting's detail (its agenda) reads, each list keyed by the meeting's id alone (its type,
 * rota, chair and team are subqueries of it, not answers the caller waits for), so none depends on
 * another and a team store can send them all as one statement beside other features' reads
 * (`readTogether`). Queries only: the caller runs them.
 */
export function meetingDetailQueries(db: Db, meetingId: number) {
  const meetingOf = (column: 'type_id' | 'series_id' | 'chair_id' | 'team_id') => db.selectFrom('meetings').select(column).where('id', '=', meetingId);
  return {
    meeting: db.selectFrom('meetings').selectAll().where('id', '=', meetingId),
    type: db.selectFrom('meeting_types').selectAll().where('id', '=', meetingOf('type_id')),
    /** The agenda's items in agenda order, with their presenters' names (the papers as stored: the caller decodes them). */
    items: db
      .selectFrom('agenda_items as i')
      .leftJoin('people as p', 'p.id', 'i.presenter_id')
      .select(['i.id', 'i.position', 'i.presenter_id', 'p.name as presenter_name', 'i.slot_minutes', 'i.reason', 'i.source', 'i.due_rule', 'i.lgp_reason', 'i.papers', 'i.version'])
      .where('i.meeting_id', '=', meetingId)
      .orderBy('i.position')
      .orderBy('i.id'),
    /** The children on the agenda, by item, with their teams and social workers. */
    children: db
      .selectFrom('agenda_item_children as ic')
      .innerJoin('children as c', 'c.id', 'ic.child_id')
      .leftJoin('teams as t', 't.id', 'c.team_id')
      .leftJoin('people as sw', 'sw.id', 'c.social_worker_id')
      .select(['ic.item_id', 'c.id', 'c.case_ref', 'c.first_name', 'c.last_name', 't.name as team_name', 'sw.name as sw_name', 'c.sibling_group_id'])
      .where('ic.meeting_id', '=', meetingId)
      .orderBy('ic.position'),
    /** The names the summary shows of the meeting's chair and team (each list empty where there is none); the rota's is its row's, below. */
    chairName: db.selectFrom('people').select('name').where('id', '=', meetingOf('chair_id')),
    teamName: db.selectFrom('teams').select('name').where('id', '=', meetingOf('team_id')),
    /** The meeting's rota, its row and turns (when the same team's next turn is, for a planned meeting's suggestions), and the bank holidays. */
    ...rotaSourceQueries(db, meetingOf('series_id')),
  };
}
