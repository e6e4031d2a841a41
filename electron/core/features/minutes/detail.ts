import { todayIso, type IsoDate } from '../../../../shared/domain/dates';
import { plusMonths } from '../../../../shared/domain/day-numbers';
import type { MeetingKind, Rag } from '../../../../shared/domain/vocabulary';
import type { ChildGlance, MeetingState, MinuteItem, MinutesDetail, MinuteValues } from '../../../../shared/schemas/minutes';
import type { Amendment } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { holidaySet } from '../../../../shared/domain/bank-holidays';
import { actionRows } from '../actions/rows';
import { earlierActionsByItem } from '../actions/reviews';
import { readTogether, type ReadTogether } from '../../data/read-together';
import { minuteValue } from '../../data/tables/minute-fields';
import { settingFromStored } from '../../data/tables/settings';
import { meetingDetail } from '../meetings/detail';
import { loadCurrentPlans, trackingOf } from '../../data/tracking/refresh';
import { notFound } from '../guards';
import { toAttendee } from './attendance';
import { defaultActionDue, suggestedReviews } from './next-review';
import { liveMinutesQueries } from './repository/live-minutes';

type LiveQueries = ReturnType<typeof liveMinutesQueries>;

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

/** Each item's saved fields, and each field's version (what its next save is based on). */
function valuesOf(rows: ReadTogether<LiveQueries>['fields']): Map<number, { values: MinuteValues; versions: Record<string, number> }> {
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
async function loadGlances(db: Db, today: IsoDate, meeting: MeetingRow, read: ReadTogether<LiveQueries>): Promise<Map<number, ChildGlance>> {
  const out = new Map<number, ChildGlance>();
  const { children, keyDates, ratingsBefore: ratings, meetingsBefore: discussed } = read;
  if (children.length === 0) return out;
  const ids = children.map((c) => c.id);
  const [plans, tracking] = await Promise.all([loadCurrentPlans(db, ids), trackingOf(db, today, ids)]);
  const planOf = new Map(plans.map((p) => [p.child_id, p]));
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
    const plan = planOf.get(c.id);
    out.set(c.id, {
      childId: c.id,
      dateOfBirth: c.date_of_birth,
      legalStatus: c.legal_status,
      dateEnteredCare: c.date_entered_care,
      plan: plan ? { primary: plan.primary_option, parallel: plan.parallel_options } : null,
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
 * trip, so what the minutes read of their own goes as one statement beside the agenda's reads
 * (`readTogether`), and what depends on the children follows in one step, per kind, never per item.
 */
export async function minutesDetail(ctx: ServiceContext, meetingId: number, db: Db = ctx.db): Promise<MinutesDetail> {
  const [agenda, read] = await Promise.all([meetingDetail(ctx, meetingId, db), readTogether(db, liveMinutesQueries(db, meetingId))]);
  const meeting = read.meeting[0];
  if (!meeting) throw notFound('meeting');
  const stored = new Map(read.settings.map((r) => [r.key, r.value]));
  const holidays = holidaySet(settingFromStored('bankHolidays', stored.get('bankHolidays')));
  const reviewRules = settingFromStored('review', stored.get('review'));
  const proposes = read.type[0]?.proposes ?? null;
  const values = valuesOf(read.fields);
  const ratingsOf = new Map<number, Map<number, { rating: Rag | null; reason: string }>>();
  for (const r of read.ratings) ratingsOf.set(r.item_id, (ratingsOf.get(r.item_id) ?? new Map()).set(r.child_id, { rating: r.rating, reason: r.reason }));
  const spent = new Map(read.timing.map((t) => [t.id, t.seconds_spent]));
  const kind = proposes === 'lgp' || proposes === 'pp' || proposes === 'cpm' ? proposes : null;
  const [glances, actions, earlier, suggestions] = await Promise.all([
    loadGlances(db, todayIso(ctx.now()), meeting, read),
    actionRows(
      db,
      read.actionIds.map((a) => a.id),
    ),
    earlierActionsByItem(
      db,
      meeting,
      agenda.items.map((i) => ({ itemId: i.id, childIds: i.children.map((c) => c.id) })),
    ),
    suggestedReviews(
      db,
      meeting,
      kind,
      agenda.items.map((i) => ({
        itemId: i.id,
        childIds: i.children.map((c) => c.id),
        ratings: new Map([...(ratingsOf.get(i.id) ?? new Map<number, { rating: Rag | null }>()).entries()].map(([childId, r]) => [childId, r.rating])),
      })),
      { settings: reviewRules, holidays },
    ),
  ]);
  const attendance = read.attendance.map(toAttendee);
  const amendments = read.amendments;

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
  return {
    agenda,
    state: meetingState(meeting),
    attendance,
    items,
    amendments: amendments.map(
      (a): Amendment => ({ id: a.id, itemId: a.item_id, text: a.text, madeOn: a.made_on, madeBy: a.made_by, at: a.at }),
    ),
    now: ctx.now().toISOString(),
  };
}
