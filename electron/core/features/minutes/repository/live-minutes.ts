import type { Db } from '../../../db/db-type';
import { earlierActionQueries } from '../../actions/repository/reviews';
import { actionRowQueries } from '../../actions/repository/list';
import { meetingDetailQueries } from '../../meetings/repository/detail-reads';
import { reviewInputQueries } from '../../../data/tracking/review-inputs';
import { trackingQuery } from '../../../data/tracking/refresh';

/**
 * Everything the live minutes read, each feature's reads as a group: the agenda (as the meeting's
 * page reads it), the minutes' own lists, the children's review histories and tracker rows, the
 * meeting's actions and the earlier actions it reviews. All are keyed by the meeting's id alone
 * (the children and actions are subqueries of it), so a team store sends them as one statement
 * (`readGroupsTogether`). Queries only: the caller runs them.
 */
export function minutesReadQueries(db: Db, meetingId: number) {
  const childrenOfMeeting = db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId);
  return {
    agenda: meetingDetailQueries(db, meetingId),
    live: liveMinutesQueries(db, meetingId),
    review: reviewInputQueries(db, childrenOfMeeting),
    tracking: { rows: trackingQuery(db, childrenOfMeeting) },
    actions: actionRowQueries(db, db.selectFrom('actions').select('id').where('meeting_id', '=', meetingId)),
    earlier: earlierActionQueries(db, meetingId, childrenOfMeeting),
  };
}

/**
 * What the live minutes read about a meeting beside its agenda, each list keyed by the meeting's
 * id alone (its items, children and date are subqueries here, not answers the caller waits for),
 * so none depends on another and a team store can send them all as one statement
 * (`readTogether`). Queries only: the caller runs them.
 */
function liveMinutesQueries(db: Db, meetingId: number) {
  const itemsOfMeeting = db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId);
  const childrenOfMeeting = db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId);
  const meetingDate = db.selectFrom('meetings').select('date').where('id', '=', meetingId);
  return {
    /** Who was at the meeting, in the order listed. */
    attendance: db.selectFrom('meeting_attendees').selectAll().where('meeting_id', '=', meetingId).orderBy('position').orderBy('id'),
    /** Every saved field of the items, as stored (the caller decodes each value). */
    fields: db.selectFrom('minute_fields').select(['item_id', 'field', 'value', 'version']).where('item_id', 'in', itemsOfMeeting),
    ratings: db.selectFrom('item_ratings').select(['item_id', 'child_id', 'rating', 'reason']).where('item_id', 'in', itemsOfMeeting),
    /** The ids of the meeting's actions, by item then position. */
    actionIds: db.selectFrom('actions').select(['id', 'item_id']).where('meeting_id', '=', meetingId).orderBy('item_id').orderBy('position'),
    timing: db.selectFrom('agenda_items').select(['id', 'seconds_spent']).where('meeting_id', '=', meetingId),
    amendments: db.selectFrom('amendments').selectAll().where('meeting_id', '=', meetingId).orderBy('id'),
    /** What a glance at each child starts from: legal status, dates of entering care and of birth. */
    children: db.selectFrom('children').select(['id', 'legal_status', 'date_entered_care', 'date_of_birth']).where('id', 'in', childrenOfMeeting),
    keyDates: db.selectFrom('key_dates').select(['child_id', 'type', 'date', 'label']).where('child_id', 'in', childrenOfMeeting).orderBy('date'),
    /** The children's RAG ratings up to the meeting, leaving out the meeting's own, oldest first. */
    ratingsBefore: db
      .selectFrom('rag_ratings')
      .select(['child_id', 'rating', 'reason', 'rated_on'])
      .where('child_id', 'in', childrenOfMeeting)
      .where('rated_on', '<=', meetingDate)
      .where((eb) => eb.or([eb('meeting_id', 'is', null), eb('meeting_id', '!=', meetingId)]))
      .orderBy('rated_on')
      .orderBy('id'),
    /** The meetings the children were discussed at up to this one (not reviews), leaving it out. */
    meetingsBefore: db
      .selectFrom('child_meetings')
      .select(['child_id', 'kind', 'held_on'])
      .where('child_id', 'in', childrenOfMeeting)
      .where('held_on', '<=', meetingDate)
      .where((eb) => eb.or([eb('meeting_id', 'is', null), eb('meeting_id', '!=', meetingId)]))
      .where('kind', '!=', 'cic_review'),
    /** The bank holidays and the review rules as stored (absent: at their defaults). */
    settings: db.selectFrom('settings').select(['key', 'value']).where('key', 'in', ['bankHolidays', 'review']),
  };
}
