import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { plusDays } from '../../../../../shared/domain/day-numbers';
import { listWorkingDays } from '../../../../../shared/domain/working-days';
import { afterInterval, panelWindowsAfterIssue, REVIEW_INTERVALS } from '../../../../../shared/review/intervals';
import type { ReviewSettings } from '../../../../../shared/review/types';
import { IN_CARE, statusAt } from './common';
import { plusInterval, workingDayCalendar } from './deadlines';
import type { Db } from '../../../db/db-type';
import { figuresDialect, type FiguresDialect } from './dialect';

/*
 * Each child's review deadlines as they stood: one row for each run from entering care (or a
 * meeting held) to the next meeting, with the deadline the rules gave it, and one for each
 * Permanence Panel window after a decision to issue, with the panel that took it. Worked out for
 * the children the tracker's refresh works out (the same day, the same review settings and bank
 * holidays) and kept in `review_gaps`; timeliness.ts counts a period's from them. The rules are
 * the review engine's own intervals (shared/review/intervals.ts) as deadlines.ts writes them in SQL.
 */

/** What the deadlines are worked out with: the day (meetings held after it are not yet held), the review rules and the council's working days. */
export interface GapParams {
  today: IsoDate;
  settings: ReviewSettings;
  /** Every working day from a week before the children's earliest entry to care to past the last working-day deadline from entering care (the council's bank holidays skipped). */
  workingDays: readonly IsoDate[];
}

/** A deadline as `review_gaps` keeps it (booleans as 0 or 1). */
export interface GapRow {
  child_id: number;
  measure: string;
  unit: string;
  next: string | null;
  due_on: string | null;
  missing_counts: number;
  windowed: number;
}

/** `children c` rows whose deadlines are wanted: some children's, or every child's. */
export type ChildScope = RawBuilder<boolean>;

/**
 * `cc.id` where it meets a history: the unary plus keeps the planner from looking each history
 * row up in `cc` (a scan of the whole history), so it reads each child's rows from the child's own
 * index range instead. The same on both engines.
 */
const eachChildFirst = sql`+cc.id`;

/** With no meeting held after it, a deadline counts as missed only if the child was still open and in care on the day it fell due. */
const missedIfNoneHeld = sql`case when g.next is null and (g.closed_on is null or g.closed_on > g.due_on) and ${statusAt(sql`g.due_on`)} in (${IN_CARE}) then 1 else 0 end`;

/** Care Planning Meetings within 6 weeks of the last (or of entering care); a child the tracker has on the yearly cycle (ratified long-term fostering, not red) against 12 months. */
function cpmGaps(g: GapParams, d: FiguresDialect, scope: ChildScope): RawBuilder<GapRow> {
  const at = sql`g0.at`;
  const due = sql`case when g0.yearly then ${plusInterval(d, at, REVIEW_INTERVALS.cpmYearly(g.settings))} else ${plusInterval(d, at, REVIEW_INTERVALS.cpm(g.settings))} end`;
  return sql<GapRow>`
    with cc as materialized (
      select c.id, c.date_entered_care as entered, c.closed_on,
        exists (select 1 from child_tracking t where t.child_id = c.id and ${d.contains(sql`t.due`, '"rule":"cpm-ltf-yearly"')}) as yearly
      from children c where ${scope} and c.date_entered_care is not null
    ),
    events as (
      select cc.id as child_id, cc.entered as at from cc
      union
      select m.child_id, m.held_on from cc join child_meetings m on m.child_id = ${eachChildFirst}
        where m.kind = 'cpm' and m.held_on >= cc.entered and m.held_on <= ${g.today}
    ),
    gaps as (
      select e.child_id, e.at, lead(e.at) over (partition by e.child_id order by e.at) as next, cc.yearly, cc.closed_on
      from events e join cc on cc.id = e.child_id
    ),
    g as (select g0.child_id, g0.at, g0.next, g0.closed_on, ${due} as due_on from gaps g0)
    select g.child_id, 'cpm' as measure, g.child_id || ':' || g.at as unit, g.next, g.due_on, ${missedIfNoneHeld} as missing_counts, 0 as windowed
    from g join children c on c.id = g.child_id`;
}

/** Child in Care reviews: the first within 20 working days of entering care, the second 3 months after the first, then every 6 months. */
function cicGaps(g: GapParams, d: FiguresDialect, scope: ChildScope): RawBuilder<GapRow> {
  const at = sql`g0.at`;
  const s = g.settings;
  const due = sql`case when g0.ordinal = 0 then ${plusInterval(d, at, REVIEW_INTERVALS.cicFirst(s))} when g0.ordinal = 1 then ${plusInterval(d, at, REVIEW_INTERVALS.cicSecond(s))} else ${plusInterval(d, at, REVIEW_INTERVALS.cicLater(s))} end`;
  return sql<GapRow>`
    with ${workingDayCalendar(g.workingDays, d)},
    cc as materialized (
      select c.id, c.date_entered_care as entered, c.closed_on from children c where ${scope} and c.date_entered_care is not null
    ),
    events as (
      select cc.id as child_id, cc.entered as at, 0 as ordinal from cc
      union
      select r.child_id, r.held_on, r.ordinal from cc join cic_reviews r on r.child_id = ${eachChildFirst}
        where r.held_on >= cc.entered and r.held_on <= ${g.today}
    ),
    gaps as (
      select e.child_id, e.at, e.ordinal, lead(e.at) over (partition by e.child_id order by e.at, e.ordinal) as next, cc.closed_on
      from events e join cc on cc.id = e.child_id
    ),
    g as (select g0.child_id, g0.at, g0.ordinal, g0.next, g0.closed_on, ${due} as due_on from gaps g0)
    select g.child_id, 'cic' as measure, g.child_id || ':' || g.at || ':' || g.ordinal as unit, g.next, g.due_on, ${missedIfNoneHeld} as missing_counts, 0 as windowed
    from g join children c on c.id = g.child_id`;
}

/**
 * The Permanence Panels at 4 and 14 weeks after each Legal Gateway decision to issue. A panel
 * counts only inside the review's window, and once: for each review in turn, the earliest panel
 * in its window after the one the review before took (the rule in shared/review/rules/pp.ts).
 * `next` is the panel that took the window, `due_on` the day the window closes.
 */
function panelWindows(g: GapParams, d: FiguresDialect, scope: ChildScope): RawBuilder<GapRow> {
  const windows = JSON.stringify(panelWindowsAfterIssue(g.settings));
  const opens = d.plusDays(sql`x.decided`, sql`7 * w.opens_weeks`);
  const closes = d.plusDays(sql`x.decided`, sql`7 * w.closes_weeks`);
  const pick = (after: RawBuilder<unknown>) =>
    sql`(select min(m.held_on) from child_meetings m where m.child_id = x.child_id and m.kind = 'pp' and m.held_on > ${after} and m.held_on <= ${g.today} and m.held_on between ${opens} and ${closes})`;
  return sql<GapRow>`
    with recursive
    win(k, weeks, opens_weeks, closes_weeks) as (
      select w.k, w.weeks, w."opensWeeks", w."closesWeeks" from ${d.objectRows(windows, ['weeks', 'opensWeeks', 'closesWeeks'])} w
    ),
    decisions as (
      select distinct k.child_id, k.date as decided from key_dates k join children c on c.id = k.child_id
      where ${scope} and k.type = 'lgp' and k.decision = 'issue_proceedings'
    ),
    ms(child_id, decided, k, pick, last_pick) as (
      select x.child_id, x.decided, w.k, ${pick(sql`x.decided`)}, cast(null as text) from decisions x join win w on w.k = 0
      union all
      select x.child_id, x.decided, w.k, ${pick(sql`coalesce(x.pick, x.last_pick, x.decided)`)}, coalesce(x.pick, x.last_pick)
      from ms x join win w on w.k = x.k + 1
    )
    select ms.child_id, 'pp' || w.weeks as measure, ms.child_id || ':' || ms.decided || ':' || ms.k as unit, ms.pick as next,
      ${d.plusDays(sql`ms.decided`, sql`7 * w.closes_weeks`)} as due_on, 1 as missing_counts, 1 as windowed
    from ms join win w on w.k = ms.k`;
}

/** Every deadline of the children in scope, as `review_gaps` keeps them. */
export function reviewGapsOf(g: GapParams, d: FiguresDialect, scope: ChildScope): RawBuilder<GapRow> {
  return sql<GapRow>`
    select child_id, measure, unit, next, due_on, missing_counts, windowed from (${cpmGaps(g, d, scope)}) x
    union all select child_id, measure, unit, next, due_on, missing_counts, windowed from (${panelWindows(g, d, scope)}) x
    union all select child_id, measure, unit, next, due_on, missing_counts, windowed from (${cicGaps(g, d, scope)}) x`;
}

/**
 * The day, the rules and the working days the children's deadlines need: from a week before the
 * earliest of their entries to care to a week past the last working-day deadline from the latest
 * (only the first Child in Care review counts in working days, from entering care). A child's own
 * refresh passes a calendar of weeks, not of years. `ids` null: every child's.
 */
export async function gapParams(db: Db, ids: readonly number[] | null, today: IsoDate, settings: ReviewSettings, holidays: ReadonlySet<IsoDate>): Promise<GapParams> {
  const scope = ids === null ? sql`` : sql`where id in (${sql.join(ids.map((id) => sql`${id}`))})`;
  const { rows } = await sql<{ first: string | null; last: string | null }>`select min(date_entered_care) as first, max(date_entered_care) as last from children ${scope}`.execute(db);
  const { first, last } = rows[0] ?? { first: null, last: null };
  if (first === null || last === null) return { today, settings, workingDays: [] };
  const end = plusDays(afterInterval(last, REVIEW_INTERVALS.cicFirst(settings), holidays), 7);
  return { today, settings, workingDays: listWorkingDays(plusDays(first, -7), end, holidays) };
}

/**
 * Works some children's deadlines out again, in the caller's transaction (the tracker's refresh,
 * after it has written the same children's tracker rows, which the yearly cycle is read from).
 * Two people refreshing the same child at once on a team store write the same rows: the later
 * one's stand.
 */
export async function refreshReviewGaps(db: Db, ids: readonly number[], g: GapParams): Promise<void> {
  if (ids.length === 0) return;
  const list = sql.join(ids.map((id) => sql`${id}`));
  await sql`delete from review_gaps where child_id in (${list})`.execute(db);
  // `where true`: SQLite reads an upsert after a select only with a where clause of its own.
  await sql`insert into review_gaps (child_id, measure, unit, next, due_on, missing_counts, windowed)
    select x.child_id, x.measure, x.unit, x.next, x.due_on, x.missing_counts, x.windowed from (${reviewGapsOf(g, figuresDialect(db), sql<boolean>`c.id in (${list})`)}) x where true
    on conflict (child_id, measure, unit) do update set next = excluded.next, due_on = excluded.due_on, missing_counts = excluded.missing_counts, windowed = excluded.windowed`.execute(db);
}
