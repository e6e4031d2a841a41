import type { IsoDate } from '../../../../shared/domain/dates';
import type { MeetingKind, PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { AgreedPlan, ChildReviewState } from '../../../../shared/review/types';
import type { Db } from '../../db/db-type';
import { idIn, readTogether, type IdList, type ReadTogether } from '../read-together';
import { decode } from '../table';
import { childMeetings } from '../tables/child-meetings';
import { children as childrenTable } from '../tables/children';
import { keyDates as keyDatesTable } from '../tables/key-dates';
import { meetingTypes } from '../tables/meeting-types';
import { permanencePlans } from '../tables/permanence-plans';
import { ragRatings } from '../tables/rag-ratings';

/** Each child's current plan: the newest row per child. A correlated lookup uses the (child_id, id) index instead of grouping the whole table. */
function currentPlansQuery(db: Db, ids: IdList) {
  return db
    .selectFrom('permanence_plans')
    .select(['id', 'child_id', 'primary_option', 'parallel_options', 'legal_order_sought', 'options_since', 'changed_option', 'ratified_on', 'gm_ratified_on'])
    .where(idIn(db, 'child_id', ids))
    .where('id', '=', (eb) => eb.selectFrom('permanence_plans as p2').select((e) => e.fn.max('p2.id').as('id')).whereRef('p2.child_id', '=', 'permanence_plans.child_id'));
}

export async function loadCurrentPlans(db: Db, ids: readonly number[]) {
  return currentPlansFrom(await currentPlansQuery(db, ids).execute());
}

function currentPlansFrom(rows: ReviewInputsRead['plans']) {
  return rows.map((r) => decode(permanencePlans, r));
}

/** The kinds of panel a rota proposes children for, and which teams have a turn on an active rota of each. */
export type PanelTurns = Map<MeetingKind, { anyTeam: boolean; teams: Set<number> }>;

/**
 * Which teams have somewhere to go: for each kind of panel with at least one active rota
 * (not archived, not ended), the teams on those rotas. A rota with no teams on it takes
 * every team's children. A kind with no rota at all is not known, so nobody is flagged for it.
 */
export async function loadPanelTurns(db: Db, today: IsoDate): Promise<PanelTurns> {
  const series = await db
    .selectFrom('meeting_series as s')
    .innerJoin('meeting_types as t', 't.id', 's.type_id')
    .leftJoin('series_rotation as r', 'r.series_id', 's.id')
    .select(['s.id', 't.proposes', 'r.team_id'])
    .where('s.archived_at', 'is', null)
    .where((eb) => eb.or([eb('s.ends_on', 'is', null), eb('s.ends_on', '>=', today)]))
    .where('t.proposes', 'in', ['pp', 'lgp'])
    .where('t.form', '!=', 'cpm')
    .execute();
  const turns: PanelTurns = new Map();
  const teamsOfSeries = new Map<number, { kind: MeetingKind; teams: number[] }>();
  for (const row of series.map((r) => decode(meetingTypes, r))) {
    if (row.proposes === null) continue;
    const entry = teamsOfSeries.get(row.id) ?? { kind: row.proposes, teams: [] };
    if (row.team_id !== null) entry.teams.push(row.team_id);
    teamsOfSeries.set(row.id, entry);
  }
  for (const { kind, teams } of teamsOfSeries.values()) {
    const turn = turns.get(kind) ?? { anyTeam: false, teams: new Set<number>() };
    if (teams.length === 0) turn.anyTeam = true;
    for (const t of teams) turn.teams.add(t);
    turns.set(kind, turn);
  }
  return turns;
}

export function panelTurnOf(turns: PanelTurns, teamId: number | null): Partial<Record<MeetingKind, boolean>> {
  const out: Partial<Record<MeetingKind, boolean>> = {};
  for (const [kind, turn] of turns) out[kind] = turn.anyTeam || (teamId !== null && turn.teams.has(teamId));
  return out;
}

export interface ReviewInputs {
  children: { id: number }[];
  states: Map<number, ChildReviewState>;
  ratingsOf: Map<number, { id: number; child_id: number; rating: ChildReviewState['ratings'][number]['rating']; rated_on: string }[]>;
  primaryOf: Map<number, PermanenceOption | null>;
}

/**
 * Everything the review engine reads about some children, for the whole batch: the children, their
 * current plans, key dates, meetings, agreed plans, ratings, reviews and open escalations. Keyed by
 * ids given or by a query that finds them, so none depends on another and a team store can send
 * them as one statement, beside a page's own reads (`readTogether`). Queries only.
 */
export function reviewInputQueries(db: Db, ids: IdList) {
  return {
    children: db.selectFrom('children').select(['id', 'legal_status', 'date_entered_care', 'iro_id', 'team_id']).where(idIn(db, 'id', ids)),
    plans: currentPlansQuery(db, ids),
    keyDates: db.selectFrom('key_dates').select(['child_id', 'type', 'date', 'decision']).where(idIn(db, 'child_id', ids)),
    meetings: db.selectFrom('child_meetings').select(['child_id', 'kind', 'held_on']).where(idIn(db, 'child_id', ids)),
    // Few meetings agreed a plan: read apart (a partial index), so the history above stays a read of its index.
    agreed: db.selectFrom('child_meetings').select(['child_id', 'held_on', 'agreed_plan', 'id']).where(idIn(db, 'child_id', ids)).where('agreed_plan', 'is not', null).where('kind', '=', 'cpm'),
    // Every rating counts for the red streak and the trend, but only the latest one's reason is shown: leave the long text behind.
    ratings: db.selectFrom('rag_ratings').select(['child_id', 'rating', 'rated_on', 'id']).where(idIn(db, 'child_id', ids)).orderBy('rated_on').orderBy('id'),
    reviews: db.selectFrom('cic_reviews').select(['child_id', 'held_on', 'ordinal']).where(idIn(db, 'child_id', ids)),
    escalations: db.selectFrom('escalations').select(['child_id', 'raised_on', 'reason']).where(idIn(db, 'child_id', ids)).where('closed_on', 'is', null).orderBy('raised_on').orderBy('id'),
  };
}

/** What `reviewInputQueries` answers. */
export type ReviewInputsRead = ReadTogether<ReturnType<typeof reviewInputQueries>>;

/** Everything the review engine reads about each child, in one statement for the whole batch on a team store. */
export async function loadReviewInputs(db: Db, ids: number[], turns: PanelTurns | null): Promise<ReviewInputs> {
  return reviewInputsFrom(await readTogether(db, reviewInputQueries(db, ids)), turns);
}

/** The review engine's inputs from what `reviewInputQueries` read (`turns`: null where a panel turn does not matter). */
export function reviewInputsFrom(read: ReviewInputsRead, turns: PanelTurns | null): ReviewInputs {
  const children = read.children.map((r) => decode(childrenTable, r));
  const plans = currentPlansFrom(read.plans);
  const keyDates = read.keyDates.map((r) => decode(keyDatesTable, r));
  const meetings = read.meetings.map((r) => decode(childMeetings, r));
  const agreed = read.agreed.map((r) => decode(childMeetings, r));
  const ratings = read.ratings.map((r) => decode(ragRatings, r));
  const { reviews, escalations } = read;

  const planOf = new Map(plans.map((p) => [p.child_id, p]));
  const datesOf = groupBy(keyDates, (k) => k.child_id);
  const meetingsOf = groupBy(meetings, (m) => m.child_id);
  const agreedOf = groupBy(agreed, (m) => m.child_id);
  const ratingsOf = groupBy(ratings, (r) => r.child_id);
  const reviewsOf = groupBy(reviews, (r) => r.child_id);
  const escalationOf = new Map(escalations.map((e) => [e.child_id, { date: e.raised_on, reason: e.reason }]));
  const states = new Map<number, ChildReviewState>();
  const primaryOf = new Map<number, PermanenceOption | null>();
  for (const c of children) {
    const plan = planOf.get(c.id);
    const primary = plan?.primary_option ?? null;
    primaryOf.set(c.id, primary);
    states.set(c.id, {
      legalStatus: c.legal_status,
      dateEnteredCare: c.date_entered_care,
      plan: plan
        ? {
            primary,
            parallel: plan.parallel_options,
            legalOrderSought: plan.legal_order_sought,
            optionsSince: plan.options_since,
            changedOption: plan.changed_option,
            ratifiedOn: plan.ratified_on ?? plan.gm_ratified_on,
          }
        : null,
      keyDates: (datesOf.get(c.id) ?? []).map((k) => ({ type: k.type, date: k.date, decision: k.decision })),
      meetings: (meetingsOf.get(c.id) ?? []).map((m) => ({ kind: m.kind, date: m.held_on })),
      ratings: (ratingsOf.get(c.id) ?? []).map((r) => ({ date: r.rated_on, rating: r.rating })),
      cicReviews: (reviewsOf.get(c.id) ?? []).map((r) => ({ date: r.held_on, ordinal: r.ordinal })),
      iroRecorded: c.iro_id !== null,
      agreedPlan: latestAgreedPlan(agreedOf.get(c.id) ?? []),
      panelTurn: turns === null ? undefined : panelTurnOf(turns, c.team_id),
      escalation: escalationOf.get(c.id) ?? null,
    });
  }
  return { children, states, ratingsOf, primaryOf };
}

/** What the latest held Care Planning Meeting that recorded a plan agreed. */
function latestAgreedPlan(agreed: readonly { held_on: string; agreed_plan: Omit<AgreedPlan, 'date'> | null; id: number }[]): AgreedPlan | null {
  let best: (typeof agreed)[number] | null = null;
  for (const m of agreed) {
    if (m.agreed_plan === null) continue;
    if (best === null || m.held_on > best.held_on || (m.held_on === best.held_on && m.id > best.id)) best = m;
  }
  if (best === null || best.agreed_plan === null) return null;
  return { date: best.held_on, ...best.agreed_plan };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
