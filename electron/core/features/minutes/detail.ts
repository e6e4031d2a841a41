import { todayIso } from '../../../../shared/domain/dates';
import { plusMonths } from '../../../../shared/domain/day-numbers';
import type { MeetingKind, Rag } from '../../../../shared/domain/vocabulary';
import type { ChildGlance, MeetingState, MinuteItem, MinutesDetail, MinuteValues } from '../../../../shared/schemas/minutes';
import type { Amendment } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { holidaySet } from '../../../../shared/domain/bank-holidays';
import type { ChildReviewState, ReviewSettings } from '../../../../shared/review/types';
import { actionRowsFrom } from '../actions/rows';
import { earlierActionsFrom } from '../actions/reviews';
import { readGroupsTogether, type ReadGroupsTogether } from '../../data/read-together';
import { minuteValue } from '../../data/tables/minute-fields';
import { settingFromStored } from '../../data/tables/settings';
import type { TrackingRow } from '../../data/tables/child-tracking';
import { meetingDetailFrom } from '../meetings/detail';
import { trackingFrom } from '../../data/tracking/refresh';
import { reviewInputsFrom } from '../../data/tracking/review-inputs';
import { notFound } from '../guards';
import { toAttendee } from './attendance';
import { defaultActionDue, suggestedReviewsFrom } from './next-review';
import { minutesReadQueries } from './repository/live-minutes';

export function meetingState(m: MeetingRow): MeetingState {
  return {
    status: m.status,
    startedAt: m.started_at,
    closedAt: m.closed_at,
    approvedBy: m.approved_by,
    approvedOn: m.approved_on,
    lockedAt: m.locked_at,
    currentItemId: m.current_item_id,
    currentSince: m.current_since,
  };
}

export type MinutesRead = ReadGroupsTogether<ReturnType<typeof minutesReadQueries>>;

/** Each item's saved fields, and each field's version (what its next save is based on). */
function valuesOf(rows: MinutesRead['live']['fields']): Map<number, { values: MinuteValues; versions: Record<string, number> }> {
  const out = new Map<number, { values: MinuteValues; versions: Record<string, number> }>();
  for (const r of rows) {
    const item = out.get(r.item_id) ?? { values: {} as MinuteValues, versions: {} };
    (item.values as Record<string, unknown>)[r.field] = minuteValue.decode(r.field, r.value) as unknown;
    item.versions[r.field] = r.version;
    out.set(r.item_id, item);
  }
  return out;
}

/** What the panel sees first about each child: where things stand before this meeting, not after it. */
function glancesFrom(
  meeting: MeetingRow,
  read: MinutesRead['live'],
  states: ReadonlyMap<number, ChildReviewState>,
  tracking: ReadonlyMap<number, TrackingRow>,
): Map<number, ChildGlance> {
  const out = new Map<number, ChildGlance>();
  const { children, keyDates, ratingsBefore: ratings, meetingsBefore: discussed } = read;
  const week26Of = new Map([...tracking.values()].map((t) => [t.child_id, t.week26_date]));
  const lastRagOf = new Map(ratings.map((r) => [r.child_id, { rating: r.rating, reason: r.reason, ratedOn: r.rated_on }]));
  const lastOf = new Map<number, { kind: MeetingKind; date: string }>();
  const consider = (childId: number, kind: MeetingKind, date: string) => {
    const best = lastOf.get(childId);
    if (!best || date > best.date) lastOf.set(childId, { kind, date });
  };
  for (const d of discussed) consider(d.child_id, d.kind, d.held_on);
  for (const k of keyDates) if (k.type === 'lgp' && k.date < meeting.date) consider(k.child_id, 'lgp', k.date);
  // Dates still to come, and the last few months' (a hearing last week matters; one from three years ago does not).
  const recentFrom = plusMonths(meeting.date, -3);
  for (const c of children) {
    const plan = states.get(c.id)?.plan;
    out.set(c.id, {
      childId: c.id,
      dateOfBirth: c.date_of_birth,
      legalStatus: c.legal_status,
      dateEnteredCare: c.date_entered_care,
      plan: plan ? { primary: plan.primary, parallel: plan.parallel } : null,
      keyDates: keyDates.filter((k) => k.child_id === c.id && k.date >= recentFrom).map((k) => ({ type: k.type, date: k.date, label: k.label })),
      week26Date: week26Of.get(c.id) ?? null,
      lastRag: lastRagOf.get(c.id) ?? null,
      lastDiscussed: lastOf.get(c.id) ?? null,
    });
  }
  return out;
}

/**
 * The live minutes: the agenda, and beside it everything typed, rated and agreed at each item,
 * with what the panel sees first about each child. On a team store each statement is a round
 * trip, so everything the minutes show, their own lists and what other features read (the
 * agenda, the actions, the children's review histories and tracker rows), goes as one statement
 * (`readGroupsTogether`), keyed by the meeting alone. Only a child whose tracker row is out of date
 * costs more: it is worked out again first. A planned meeting's agenda also reads what it suggests.
 */
export async function minutesDetail(ctx: ServiceContext, meetingId: number, db: Db = ctx.db): Promise<MinutesDetail> {
  // Keyed by the meeting's id alone, so its text never changes: prepared, it is planned once per connection rather than on every read.
  const read = await readGroupsTogether(db, minutesReadQueries(db, meetingId), { prepared: true });
  return (await minutesDetailFrom(ctx, db, read)).detail;
}

/** What else the minutes worked out on the way, for a reader that needs it too (the Word export's records). */
export interface MinutesWorkings {
  detail: MinutesDetail;
  /** The meeting's children's tracker rows, brought up to today. */
  tracking: ReadonlyMap<number, TrackingRow>;
  /** The review rules in force, as stored with the minutes' own reads. */
  reviewRules: ReviewSettings;
}

/** `minutesDetail` from its reads (`minutesReadQueries`, run by the caller with any of its own beside them). */
export async function minutesDetailFrom(ctx: ServiceContext, db: Db, read: MinutesRead): Promise<MinutesWorkings> {
  const meeting = read.agenda.meeting[0];
  if (!meeting) throw notFound('meeting');
  const { live } = read;
  const today = todayIso(ctx.now());
  const [agenda, tracking] = await Promise.all([
    meetingDetailFrom(ctx, db, read.agenda),
    trackingFrom(
      db,
      today,
      live.children.map((c) => c.id),
      read.tracking.rows,
    ),
  ]);
  const stored = new Map(live.settings.map((r) => [r.key, r.value]));
  const holidays = holidaySet(settingFromStored('bankHolidays', stored.get('bankHolidays')));
  const reviewRules = settingFromStored('review', stored.get('review'));
  const proposes = read.agenda.type[0]?.proposes ?? null;
  const values = valuesOf(live.fields);
  const ratingsOf = new Map<number, Map<number, { rating: Rag | null; reason: string }>>();
  for (const r of live.ratings) ratingsOf.set(r.item_id, (ratingsOf.get(r.item_id) ?? new Map()).set(r.child_id, { rating: r.rating, reason: r.reason }));
  const spent = new Map(live.timing.map((t) => [t.id, t.seconds_spent]));
  const kind = proposes === 'lgp' || proposes === 'pp' || proposes === 'cpm' ? proposes : null;
  // "What if" about this meeting's children: whether their teams have a panel turn does not change the answer.
  const { states } = reviewInputsFrom(read.review, null);
  const glances = glancesFrom(meeting, live, states, tracking);
  const actions = actionRowsFrom(
    live.actionIds.map((a) => a.id),
    read.actions,
  );
  const earlier = earlierActionsFrom(
    agenda.items.map((i) => ({ itemId: i.id, childIds: i.children.map((c) => c.id) })),
    read.earlier,
  );
  const suggestions = suggestedReviewsFrom(
    states,
    meeting,
    kind,
    agenda.items.map((i) => ({
      itemId: i.id,
      childIds: i.children.map((c) => c.id),
      ratings: new Map([...(ratingsOf.get(i.id) ?? new Map<number, { rating: Rag | null }>()).entries()].map(([childId, r]) => [childId, r.rating])),
    })),
    { settings: reviewRules, holidays },
  );
  const attendance = live.attendance.map(toAttendee);
  const amendments = live.amendments;

  const items: MinuteItem[] = [];
  for (const item of agenda.items) {
    const childIds = item.children.map((c) => c.id);
    const rated = ratingsOf.get(item.id) ?? new Map();
    const suggestedReview = suggestions.get(item.id) ?? null;
    items.push({
      itemId: item.id,
      glance: childIds.flatMap((id) => {
        const g = glances.get(id);
        return g ? [g] : [];
      }),
      values: values.get(item.id)?.values ?? {},
      versions: values.get(item.id)?.versions ?? {},
      ratings: childIds.map((childId) => ({ childId, rating: rated.get(childId)?.rating ?? null, reason: rated.get(childId)?.reason ?? '' })),
      actions: actions.filter((a) => a.itemId === item.id),
      earlierActions: earlier.get(item.id) ?? [],
      secondsSpent: spent.get(item.id) ?? 0,
      suggestedReview,
      defaultActionDueOn: defaultActionDue(meeting.date, suggestedReview, holidays),
    });
  }
  const detail: MinutesDetail = {
    agenda,
    state: meetingState(meeting),
    attendance,
    items,
    amendments: amendments.map(
      (a): Amendment => ({ id: a.id, itemId: a.item_id, text: a.text, madeOn: a.made_on, madeBy: a.made_by, at: a.at }),
    ),
    now: ctx.now().toISOString(),
  };
  return { detail, tracking, reviewRules };
}
