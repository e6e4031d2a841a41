import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../../shared/domain/dates';
import { plusDays } from '../../../../shared/domain/day-numbers';
import { IN_CARE_STATUSES } from '../../../../shared/domain/vocabulary';
import { type FigureId, partUnder, weeksBands } from '../../../../shared/figures/definitions';
import { panelWindowsAfterIssue, REVIEW_INTERVALS, type ReviewInterval } from '../../../../shared/review/intervals';
import type { ReviewSettings } from '../../../../shared/review/types';
import type { Database } from '../../data/database';

/*
 * Every management figure as SQL over the tracker cache (`child_tracking`: the review
 * engine's own answer for each child today) and the histories (plans, legal status, RAG
 * ratings, meetings held, Child in Care reviews, key dates, actions). Each figure is one
 * "membership" query: a row (part, unit, child_id) for each thing counted, where `unit`
 * is what is counted (a child, a meeting due, an action) and `child_id` the child behind
 * it. The Figures page counts units per part; the tracker lists the children of a part.
 * One query for both, so a number and the children behind it cannot disagree.
 *
 * Deadlines come from shared/review/intervals.ts, the table the review engine's rules
 * use, turned into SQL date arithmetic here (weeks as days, months clamped to the month's
 * end as plusMonths does, working days from a calendar of the council's working days).
 */

export interface FigureParams {
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  teamId: number | null;
  settings: ReviewSettings;
  /** Every working day from before the earliest date a working-day deadline counts from, to well past the period (the council's bank holidays skipped). */
  workingDays: readonly IsoDate[];
  /** A red streak that began before this day is drift. */
  redSince: IsoDate;
}

export interface MemberRow {
  part: string;
  unit: string;
  child_id: number;
}

const IN_CARE = sql.join(IN_CARE_STATUSES.map((s) => sql`${s}`));
const inScope = (p: FigureParams) => sql`(${p.teamId} is null or c.team_id = ${p.teamId})`;

/** The child's legal status on a day: the last recorded by then, else the first ever recorded (a child added later), else today's. */
function statusAt(day: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`coalesce(
    (select h.legal_status from legal_status_history h where h.child_id = c.id and h.since <= ${day} order by h.since desc, h.id desc limit 1),
    (select h.legal_status from legal_status_history h where h.child_id = c.id order by h.since, h.id limit 1),
    c.legal_status)`;
}

/** `date + interval` in SQL, exactly as afterInterval counts it. Working days need the `wd` calendar in the query. */
function plusInterval(date: RawBuilder<unknown>, interval: ReviewInterval): RawBuilder<string> {
  if (interval.unit === 'weeks') return sql<string>`date(${date}, ${`+${interval.n * 7} days`})`;
  if (interval.unit === 'months') {
    // SQLite rolls 31/01 + 1 month over into March; the rules clamp to the month's end.
    const day = sql`cast(strftime('%d', ${date}) as integer) - 1`;
    return sql<string>`min(date(${date}, 'start of month', ${`+${interval.n} months`}, '+' || (${day}) || ' days'), date(${date}, 'start of month', ${`+${interval.n + 1} months`}, '-1 day'))`;
  }
  // Both by equal keys, so SQLite indexes the two calendars once rather than scanning one per row
  // (`cal.day` is text, as the dates it is compared with, or SQLite could not use its index).
  if (interval.n === 0) return sql<string>`(select w.day from wd w where w.r = (select c.r from cal c where c.day = date(${date}, '-1 day')) + 1)`;
  return sql<string>`(select w.day from wd w where w.r = (select c.r from cal c where c.day = ${date}) + ${interval.n})`;
}

/**
 * Two calendars for working-day deadlines: `wd`, each working day with its rank (1 for the
 * first), and `cal`, every calendar day with the rank of the last working day on or before it.
 * "n working days after d" is then the working day ranked cal(d) + n.
 */
function workingDayCalendar(p: FigureParams) {
  const days = p.workingDays;
  const ranks: number[] = [];
  let rank = 0;
  for (let day = days[0], last = days.at(-1); day !== undefined && last !== undefined && day <= last; day = plusDays(day, 1)) {
    if (days[rank] === day) rank++;
    ranks.push(rank);
  }
  return sql`wd(r, day) as materialized (select cast(key as integer) + 1, value from json_each(${JSON.stringify(days)})),
    cal(day, r) as materialized (select cast(date(${days[0] ?? '2000-01-01'}, '+' || key || ' days') as text), value from json_each(${JSON.stringify(ranks)}))`;
}

/** Children in care (and in pre-proceedings) by primary plan and by legal status: now from the tracker cache, at the period's start from the histories. */
function inCare(p: FigureParams): RawBuilder<MemberRow> {
  const start = sql.val(p.from);
  const planOn = sql`coalesce(pl.agreed_on, date(pl.recorded_at, 'localtime'))`;
  return sql<MemberRow>`
    with s as materialized (
      select c.id, c.date_entered_care as entered, ${statusAt(start)} as status,
        exists (select 1 from legal_status_history h where h.child_id = c.id and h.since <= ${start}) as recorded
      from children c where ${inScope(p)} and (c.closed_on is null or c.closed_on > ${start})
    )
    select 'inCare/now/plan/' || coalesce(t.primary_plan, 'none') as part, c.id as unit, c.id as child_id
      from children c join child_tracking t on t.child_id = c.id
      where ${inScope(p)} and c.closed_on is null and c.date_entered_care is not null and c.legal_status in (${IN_CARE})
    union all
    select 'inCare/now/status/' || c.legal_status, c.id, c.id
      from children c join child_tracking t on t.child_id = c.id
      where ${inScope(p)} and c.closed_on is null and ((c.date_entered_care is not null and c.legal_status in (${IN_CARE})) or c.legal_status = 'pre_proceedings')
    union all
    select 'inCare/start/plan/' || coalesce(
        (select pl.primary_option from permanence_plans pl where pl.child_id = s.id and ${planOn} <= ${start} order by ${planOn} desc, pl.id desc limit 1), 'none'), s.id, s.id
      from s where s.status in (${IN_CARE}) and s.entered <= ${start}
    union all
    select 'inCare/start/status/' || s.status, s.id, s.id
      from s where (s.status in (${IN_CARE}) and s.entered <= ${start}) or (s.status = 'pre_proceedings' and s.recorded)`;
}

/**
 * Proceedings concluded: the day an interim care order was recorded as having become
 * another status, or a placement order made, whichever came first after the proceedings
 * were issued. `weeks` is the time from issue, in weeks.
 */
function concluded(p: FigureParams): RawBuilder<MemberRow & { weeks: number }> {
  const within = sql.val(`+${p.settings.week26Weeks * 7} days`);
  return sql<MemberRow & { weeks: number }>`
    with ends as (
      select h.child_id, h.since as ended from (
        select h.child_id, h.since, h.legal_status, lag(h.legal_status) over (partition by h.child_id order by h.since, h.id) as before from legal_status_history h
      ) h where h.legal_status not in ('interim_care_order', 'pre_proceedings') and h.before = 'interim_care_order'
      union
      select k.child_id, k.date from key_dates k where k.type = 'placement_order'
    ),
    issued as (
      select x.child_id, min(x.ended) as ended, x.issued from (
        select e.child_id, e.ended, (select max(k.date) from key_dates k where k.child_id = e.child_id and k.type = 'proceedings_issued' and k.date <= e.ended) as issued from ends e
      ) x where x.issued is not null group by x.child_id, x.issued
    )
    select 'proceedings/concluded/' || case when i.ended <= date(i.issued, ${within}) then 'within' else 'over' end as part,
      i.child_id || ':' || i.issued as unit, i.child_id, (julianday(i.ended) - julianday(i.issued)) / 7.0 as weeks
    from issued i join children c on c.id = i.child_id
    where ${inScope(p)} and i.ended between ${p.from} and ${p.to}`;
}

/** Weeks since issue for proceedings open now (the tracker's own week count), in bands against the timescale; and those concluded in the period. */
function proceedings(p: FigureParams): RawBuilder<MemberRow> {
  const weeks = sql`cast((julianday(${p.today}) - julianday(t.proceedings_issued)) / 7 as integer)`;
  const band = sql.join(
    weeksBands(p.settings.week26Weeks).map((b) => (b.to === null ? sql`when ${weeks} >= ${b.from} then ${b.key}` : sql`when ${weeks} between ${b.from} and ${b.to} then ${b.key}`)),
    sql` `,
  );
  return sql<MemberRow>`
    select 'proceedings/open/' || case ${band} end as part, c.id as unit, c.id as child_id
      from children c join child_tracking t on t.child_id = c.id
      where ${inScope(p)} and c.closed_on is null and c.legal_status in ('interim_care_order', 'pre_proceedings') and t.proceedings_issued <= ${p.today}
    union all
    select part, unit, child_id from (${concluded(p)})`;
}

/**
 * A run of due dates: from entering care (or each meeting held), the next is due within
 * the interval. Each gap counts in the period if the next meeting was held in it (on time
 * or late), or if it fell due before the period's end with none held by then.
 */
function outcome(measure: string, p: FigureParams): RawBuilder<string> {
  return sql<string>`${`timeliness/${measure}/`} || case when g.next between ${p.from} and ${p.to} then (case when g.next <= g.due_on then 'onTime' else 'late' end) else 'notHeld' end`;
}
const countsInPeriod = (p: FigureParams) => sql`(g.next between ${p.from} and ${p.to}) or ((g.next is null or g.next > ${p.to}) and g.due_on < ${p.to})`;
/**
 * The gaps that can count, before their deadlines are worked out: a next meeting held before
 * the period can neither be held in it nor be missing at its end, so ten years of history
 * shrink to the gaps around the period (countsInPeriod still decides).
 */
const mayCount = (p: FigureParams) => sql`(g0.next is null or g0.next >= ${p.from})`;

/**
 * The day of a child's last event before the period (entering care, or the last meeting held
 * before it), or null when the child entered care in it or later. The events kept are those from
 * this day on: a gap that may count starts at it or after, and each keeps the event after it,
 * so ten years of history come down to the period's own without changing a gap that counts.
 */
function lastBefore(p: FigureParams, lastHeld: RawBuilder<unknown>) {
  return sql`case when c.date_entered_care < ${p.from} then max(c.date_entered_care, coalesce(${lastHeld}, c.date_entered_care)) end`;
}

/** Care Planning Meetings within 6 weeks of the last (or of entering care); a child the tracker has on the yearly cycle (ratified long-term fostering, not red) against 12 months. */
function cpmTimeliness(p: FigureParams): RawBuilder<MemberRow> {
  const at = sql`g0.at`;
  const due = sql`case when g0.yearly then ${plusInterval(at, REVIEW_INTERVALS.cpmYearly(p.settings))} else ${plusInterval(at, REVIEW_INTERVALS.cpm(p.settings))} end`;
  return sql<MemberRow>`
    with cc as materialized (
      select c.id, c.date_entered_care as entered, c.closed_on,
        exists (select 1 from child_tracking t where t.child_id = c.id and instr(t.due, '"rule":"cpm-ltf-yearly"') > 0) as yearly,
        ${lastBefore(p, sql`(select max(m.held_on) from child_meetings m where m.child_id = c.id and m.kind = 'cpm' and m.held_on >= c.date_entered_care and m.held_on < ${p.from} and m.held_on <= ${p.today})`)} as before_from
      from children c where ${inScope(p)} and c.date_entered_care is not null and c.date_entered_care <= ${p.to}
    ),
    events as (
      select cc.id as child_id, cc.entered as at from cc where cc.before_from is null or cc.entered = cc.before_from
      union
      select m.child_id, m.held_on from cc join child_meetings m on m.child_id = cc.id
        where m.kind = 'cpm' and m.held_on >= coalesce(cc.before_from, cc.entered) and m.held_on >= cc.entered and m.held_on <= ${p.today}
    ),
    gaps as (
      select e.child_id, e.at, lead(e.at) over (partition by e.child_id order by e.at) as next, cc.yearly, cc.closed_on
      from events e join cc on cc.id = e.child_id
    ),
    g as (select g0.child_id, g0.at, g0.next, g0.closed_on, ${due} as due_on from gaps g0 where ${mayCount(p)})
    select ${outcome('cpm', p)} as part, g.child_id || ':' || g.at as unit, g.child_id
    from g join children c on c.id = g.child_id
    where (${countsInPeriod(p)}) and (g.next is not null or ((g.closed_on is null or g.closed_on > g.due_on) and ${statusAt(sql`g.due_on`)} in (${IN_CARE})))`;
}

/** Child in Care reviews: the first within 20 working days of entering care, the second 3 months after the first, then every 6 months. */
function cicTimeliness(p: FigureParams): RawBuilder<MemberRow> {
  const at = sql`g0.at`;
  const s = p.settings;
  const due = sql`case when g0.ordinal = 0 then ${plusInterval(at, REVIEW_INTERVALS.cicFirst(s))} when g0.ordinal = 1 then ${plusInterval(at, REVIEW_INTERVALS.cicSecond(s))} else ${plusInterval(at, REVIEW_INTERVALS.cicLater(s))} end`;
  return sql<MemberRow>`
    with ${workingDayCalendar(p)},
    cc as materialized (
      select c.id, c.date_entered_care as entered, c.closed_on,
        ${lastBefore(p, sql`(select max(r.held_on) from cic_reviews r where r.child_id = c.id and r.held_on >= c.date_entered_care and r.held_on < ${p.from} and r.held_on <= ${p.today})`)} as before_from
      from children c where ${inScope(p)} and c.date_entered_care is not null and c.date_entered_care <= ${p.to}
    ),
    events as (
      select cc.id as child_id, cc.entered as at, 0 as ordinal from cc where cc.before_from is null or cc.entered = cc.before_from
      union
      select r.child_id, r.held_on, r.ordinal from cc join cic_reviews r on r.child_id = cc.id
        where r.held_on >= coalesce(cc.before_from, cc.entered) and r.held_on >= cc.entered and r.held_on <= ${p.today}
    ),
    gaps as (
      select e.child_id, e.at, e.ordinal, lead(e.at) over (partition by e.child_id order by e.at, e.ordinal) as next, cc.closed_on
      from events e join cc on cc.id = e.child_id
    ),
    g as (select g0.child_id, g0.at, g0.ordinal, g0.next, g0.closed_on, ${due} as due_on from gaps g0 where ${mayCount(p)})
    select ${outcome('cic', p)} as part, g.child_id || ':' || g.at || ':' || g.ordinal as unit, g.child_id
    from g join children c on c.id = g.child_id
    where (${countsInPeriod(p)}) and (g.next is not null or ((g.closed_on is null or g.closed_on > g.due_on) and ${statusAt(sql`g.due_on`)} in (${IN_CARE})))`;
}

/**
 * The Permanence Panels at 4 and 14 weeks after each Legal Gateway decision to issue. A
 * panel counts only inside the review's window, and once: for each review in turn, the
 * earliest panel in its window after the one the review before took (the rule in
 * shared/review/rules/pp.ts). Counted in the period when the panel was held in it, or
 * when the window closed in it with no panel.
 */
function panelTimeliness(p: FigureParams): RawBuilder<MemberRow> {
  const windows = JSON.stringify(panelWindowsAfterIssue(p.settings));
  const opens = sql`date(x.decided, '+' || (7 * w.opens_weeks) || ' days')`;
  const closes = sql`date(x.decided, '+' || (7 * w.closes_weeks) || ' days')`;
  const pick = (after: RawBuilder<unknown>) =>
    sql`(select min(m.held_on) from child_meetings m where m.child_id = x.child_id and m.kind = 'pp' and m.held_on > ${after} and m.held_on <= ${p.today} and m.held_on between ${opens} and ${closes})`;
  return sql<MemberRow>`
    with recursive
    win(k, weeks, opens_weeks, closes_weeks) as (
      select cast(key as integer), json_extract(value, '$.weeks'), json_extract(value, '$.opensWeeks'), json_extract(value, '$.closesWeeks') from json_each(${windows})
    ),
    decisions as (
      select distinct k.child_id, k.date as decided from key_dates k join children c on c.id = k.child_id
      where ${inScope(p)} and k.type = 'lgp' and k.decision = 'issue_proceedings' and k.date <= ${p.to}
    ),
    ms(child_id, decided, k, pick, last_pick) as (
      select x.child_id, x.decided, w.k, ${pick(sql`x.decided`)}, null from decisions x join win w on w.k = 0
      union all
      select x.child_id, x.decided, w.k, ${pick(sql`coalesce(x.pick, x.last_pick, x.decided)`)}, coalesce(x.pick, x.last_pick)
      from ms x join win w on w.k = x.k + 1
    )
    select 'timeliness/pp' || w.weeks || '/' || case when ms.pick is not null then 'onTime' else 'notHeld' end as part,
      ms.child_id || ':' || ms.decided || ':' || ms.k as unit, ms.child_id
    from ms join win w on w.k = ms.k
    where ms.pick between ${p.from} and ${p.to}
       or (ms.pick is null and date(ms.decided, '+' || (7 * w.closes_weeks) || ' days') between ${p.from} and ${p.to} and date(ms.decided, '+' || (7 * w.closes_weeks) || ' days') < ${p.today})`;
}

function timeliness(p: FigureParams): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    select part, unit, child_id from (${cpmTimeliness(p)})
    union all select part, unit, child_id from (${panelTimeliness(p)})
    union all select part, unit, child_id from (${cicTimeliness(p)})`;
}

/**
 * Each child's latest rating at the end of each month of the period (the last day of the period for its last month), as the tracker shows the latest.
 * Ten years of ratings come down to those that can be the latest at a month's end: each child's latest at the end
 * of the first month (standing in for all before it), then those after it, each kept only if no other came after it
 * in its own month.
 */
function rag(p: FigureParams): RawBuilder<MemberRow> {
  const firstEnd = sql`min(date(${p.from}, 'start of month', '+1 month', '-1 day'), ${p.to})`;
  return sql<MemberRow>`
    with recursive months(m, month_end) as materialized (
      select strftime('%Y-%m', ${p.from}), ${firstEnd}
      union all
      select strftime('%Y-%m', date(month_end, '+1 day')), min(date(month_end, '+1 day', 'start of month', '+1 month', '-1 day'), ${p.to}) from months where month_end < ${p.to}
    ),
    first_end(day) as materialized (select ${firstEnd}),
    r0 as (
      select c.id as child_id, f.day as rated_on, 0 as id, c.closed_on,
        (select rr.rating from rag_ratings rr where rr.child_id = c.id and rr.rated_on <= f.day order by rr.rated_on desc, rr.id desc limit 1) as rating
      from children c join first_end f where ${inScope(p)}
      union all
      select rr.child_id, rr.rated_on, rr.id, c.closed_on, rr.rating
      from rag_ratings rr join children c on c.id = rr.child_id join first_end f
      where ${inScope(p)} and rr.rated_on > f.day and rr.rated_on <= ${p.to}
    ),
    r as materialized (
      select * from (
        select r0.child_id, r0.rating, r0.rated_on, lead(r0.rated_on) over (partition by r0.child_id order by r0.rated_on, r0.id) as next_on, r0.closed_on
        from r0 where r0.rating is not null
      ) x where x.next_on is null or x.next_on > min(date(x.rated_on, 'start of month', '+1 month', '-1 day'), ${p.to})
    )
    select 'rag/' || months.m || '/' || r.rating as part, r.child_id || ':' || months.m as unit, r.child_id
    from months join r on r.rated_on <= months.month_end and (r.next_on is null or r.next_on > months.month_end)
    where r.closed_on is null or r.closed_on > months.month_end`;
}

/** Drift now, from the review engine's flags in the tracker cache, and the red streak from the ratings (the first red of the unbroken run ending in the latest). */
function drift(p: FigureParams): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    with tracked as materialized (
      select c.id, instr(t.flags, '"rule":"s20-over-2-years"') > 0 as s20, instr(t.flags, '"rule":"permanence-plan-due","severity":"alert"') > 0 as no_plan, t.rag = 'red' as red
      from children c join child_tracking t on t.child_id = c.id where ${inScope(p)} and c.closed_on is null
    )
    select 'drift/s20' as part, x.id as unit, x.id as child_id from tracked x where x.s20
    union all
    select 'drift/noPlan', x.id, x.id from tracked x where x.no_plan
    union all
    select 'drift/red', x.id, x.id from tracked x where x.red and (
      select min(r.rated_on) from rag_ratings r where r.child_id = x.id and r.rating = 'red'
        and not exists (select 1 from rag_ratings n where n.child_id = x.id and n.rating <> 'red' and (n.rated_on > r.rated_on or (n.rated_on = r.rated_on and n.id > r.id)))
    ) < ${p.redSince}`;
}

/** Actions open now (overdue or not yet due) and completed in the period (by impact), one row for each child of each: `measure` says which. */
function actionsInPeriod(p: FigureParams) {
  const measure = sql`case when a.status = 'open' then (case when a.due_on < ${p.today} then 'open/overdue' else 'open/notDue' end) else 'completed/' || coalesce(a.impact_rag, 'none') end`;
  return sql`a as materialized (
      select a.id, ac.child_id, c.team_id, a.owner_id, case when a.owner_id is null then a.owner_name end as typed_owner, ${measure} as measure
      from actions a
        join action_children ac on ac.action_id = a.id
        join children c on c.id = ac.child_id
      where ${inScope(p)} and (a.status = 'open' or (a.status = 'done' and a.completed_on between ${p.from} and ${p.to}))
    )`;
}

/** An action's owner as a key: a person by id, or a name typed. */
const ownerKey = (owner: RawBuilder<unknown>, typed: RawBuilder<unknown>) => sql<string>`case when ${owner} is not null then 'p' || ${owner} else 't' || hex(${typed}) end`;

/** Actions for each team of their children and each owner. */
function actions(p: FigureParams): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    with ${actionsInPeriod(p)}
    select 'actions/team/' || coalesce(a.team_id, 'none') || '/' || a.measure as part, cast(a.id as text) as unit, a.child_id from a
    union all
    select 'actions/owner/' || ${ownerKey(sql`a.owner_id`, sql`a.typed_owner`)} || '/' || a.measure, cast(a.id as text), a.child_id from a`;
}

const MEMBERS: Record<FigureId, (p: FigureParams) => RawBuilder<MemberRow>> = { inCare, proceedings, timeliness, rag, drift, actions };

/** How many units each part of a figure counts. */
export async function countParts(db: Kysely<Database>, figure: FigureId, p: FigureParams): Promise<Map<string, number>> {
  const { rows } = await sql<{ part: string; n: number }>`select m.part, count(distinct m.unit) as n from (${MEMBERS[figure](p)}) m group by m.part`.execute(db);
  return new Map(rows.map((r) => [r.part, Number(r.n)]));
}

/**
 * How many actions each part counts, with the name of its team or owner: the same actions as
 * their parts' members, counted for each team (or owner) and measure before the parts are named.
 */
export async function countActionParts(db: Kysely<Database>, p: FigureParams): Promise<{ part: string; n: number; owner_label: string | null; team_name: string | null }[]> {
  const { rows } = await sql<{ part: string; n: number; owner_label: string | null; team_name: string | null }>`
    with ${actionsInPeriod(p)},
    by_team as (select a.team_id, a.measure, count(distinct a.id) as n from a group by a.team_id, a.measure),
    by_owner as (select a.owner_id, a.typed_owner, a.measure, count(distinct a.id) as n from a group by a.owner_id, a.typed_owner, a.measure)
    select 'actions/team/' || coalesce(x.team_id, 'none') || '/' || x.measure as part, x.n, null as owner_label, tm.name as team_name
      from by_team x left join teams tm on tm.id = x.team_id
    union all
    select 'actions/owner/' || ${ownerKey(sql`x.owner_id`, sql`x.typed_owner`)} || '/' || x.measure, x.n, coalesce(pe.name, x.typed_owner), null
      from by_owner x left join people pe on pe.id = x.owner_id`.execute(db);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** The median weeks from issue of the proceedings concluded in the period, worked out in SQL; null when none were. */
export async function concludedMedianWeeks(db: Kysely<Database>, p: FigureParams): Promise<number | null> {
  const { rows } = await sql<{ median: number | null }>`
    with w as (select weeks, row_number() over (order by weeks) as rn, count(*) over () as n from (${concluded(p)}))
    select avg(weeks) as median from w where rn in ((n + 1) / 2, (n + 2) / 2)`.execute(db);
  return rows[0]?.median ?? null;
}

/** The children behind a part (and every part under it), for the tracker. */
export async function childrenOfPart(db: Kysely<Database>, figure: FigureId, part: string, p: FigureParams): Promise<number[]> {
  const { rows } = await sql<{ child_id: number }>`select distinct m.child_id from (${MEMBERS[figure](p)}) m where m.part = ${part} or substr(m.part, 1, ${part.length + 1}) = ${`${part}/`}`.execute(db);
  return [...new Set(rows.map((r) => r.child_id))];
}

/** A team's name, or undefined when there is no such team. */
export function teamNamed(db: Kysely<Database>, teamId: number): Promise<{ name: string } | undefined> {
  return db.selectFrom('teams').select('name').where('id', '=', teamId).executeTakeFirst();
}

/** The earliest day any child entered care, or null when none has. */
export async function earliestEntryToCare(db: Kysely<Database>): Promise<IsoDate | null> {
  const { rows } = await sql<{ d: string | null }>`select min(date_entered_care) as d from children`.execute(db);
  return rows[0]?.d ?? null;
}

/** The children named in the report's appendix, by surname then first name, with their team. */
export function childrenNamed(db: Kysely<Database>, ids: readonly number[]): Promise<{ first_name: string; last_name: string; case_ref: string; team: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('children as c').leftJoin('teams as t', 't.id', 'c.team_id').select(['c.first_name', 'c.last_name', 'c.case_ref', 't.name as team']).where('c.id', 'in', ids).orderBy('c.last_name').orderBy('c.first_name').execute();
}

/** The children behind each of several parts of one figure (each with every part under it), from one pass over its members. */
export async function childrenOfParts(db: Kysely<Database>, figure: FigureId, parts: readonly string[], p: FigureParams): Promise<Map<string, number[]>> {
  const { rows } = await sql<{ part: string; child_id: number }>`select distinct m.part, m.child_id from (${MEMBERS[figure](p)}) m`.execute(db);
  return new Map(parts.map((part) => [part, [...new Set(rows.filter((r) => partUnder(r.part, part)).map((r) => r.child_id))]]));
}
