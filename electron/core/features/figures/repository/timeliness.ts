import { sql, type RawBuilder } from 'kysely';
import { panelWindowsAfterIssue, REVIEW_INTERVALS } from '../../../../../shared/review/intervals';
import { IN_CARE, inScope, statusAt, type FigureParams, type MemberRow } from './common';
import { plusInterval, workingDayCalendar } from './deadlines';
import type { FiguresDialect } from './dialect';

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
function lastBefore(p: FigureParams, d: FiguresDialect, lastHeld: RawBuilder<unknown>) {
  return sql`case when c.date_entered_care < ${p.from} then ${d.greatest(sql`c.date_entered_care`, sql`coalesce(${lastHeld}, c.date_entered_care)`)} end`;
}

/**
 * `cc.id` where it meets a history: the unary plus keeps the planner from looking each history
 * row up in `cc` (a scan of the whole history), so it reads each child's rows from the child's own
 * index range instead. The same on both engines.
 */
const eachChildFirst = sql`+cc.id`;

/** Care Planning Meetings within 6 weeks of the last (or of entering care); a child the tracker has on the yearly cycle (ratified long-term fostering, not red) against 12 months. */
function cpmTimeliness(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  const at = sql`g0.at`;
  const due = sql`case when g0.yearly then ${plusInterval(d, at, REVIEW_INTERVALS.cpmYearly(p.settings))} else ${plusInterval(d, at, REVIEW_INTERVALS.cpm(p.settings))} end`;
  return sql<MemberRow>`
    with cc as materialized (
      select c.id, c.date_entered_care as entered, c.closed_on,
        exists (select 1 from child_tracking t where t.child_id = c.id and ${d.contains(sql`t.due`, '"rule":"cpm-ltf-yearly"')}) as yearly,
        ${lastBefore(p, d, sql`(select max(m.held_on) from child_meetings m where m.child_id = c.id and m.kind = 'cpm' and m.held_on >= c.date_entered_care and m.held_on < ${p.from} and m.held_on <= ${p.today})`)} as before_from
      from children c where ${inScope(p, d)} and c.date_entered_care is not null and c.date_entered_care <= ${p.to}
    ),
    events as (
      select cc.id as child_id, cc.entered as at from cc where cc.before_from is null or cc.entered = cc.before_from
      union
      select m.child_id, m.held_on from cc join child_meetings m on m.child_id = ${eachChildFirst}
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
function cicTimeliness(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  const at = sql`g0.at`;
  const s = p.settings;
  const due = sql`case when g0.ordinal = 0 then ${plusInterval(d, at, REVIEW_INTERVALS.cicFirst(s))} when g0.ordinal = 1 then ${plusInterval(d, at, REVIEW_INTERVALS.cicSecond(s))} else ${plusInterval(d, at, REVIEW_INTERVALS.cicLater(s))} end`;
  return sql<MemberRow>`
    with ${workingDayCalendar(p, d)},
    cc as materialized (
      select c.id, c.date_entered_care as entered, c.closed_on,
        ${lastBefore(p, d, sql`(select max(r.held_on) from cic_reviews r where r.child_id = c.id and r.held_on >= c.date_entered_care and r.held_on < ${p.from} and r.held_on <= ${p.today})`)} as before_from
      from children c where ${inScope(p, d)} and c.date_entered_care is not null and c.date_entered_care <= ${p.to}
    ),
    events as (
      select cc.id as child_id, cc.entered as at, 0 as ordinal from cc where cc.before_from is null or cc.entered = cc.before_from
      union
      select r.child_id, r.held_on, r.ordinal from cc join cic_reviews r on r.child_id = ${eachChildFirst}
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
function panelTimeliness(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  const ofIssue = panelWindowsAfterIssue(p.settings);
  const windows = JSON.stringify(ofIssue);
  // A panel is held by its window's close, and a window closes in the period or after it: a decision
  // further back than the longest window cannot count in the period, so ten years of decisions are not walked.
  const earliest = d.plusDays(d.text(p.from), -7 * Math.max(0, ...ofIssue.map((w) => w.closesWeeks)));
  const opens = d.plusDays(sql`x.decided`, sql`7 * w.opens_weeks`);
  const closes = d.plusDays(sql`x.decided`, sql`7 * w.closes_weeks`);
  const closed = d.plusDays(sql`ms.decided`, sql`7 * w.closes_weeks`);
  const pick = (after: RawBuilder<unknown>) =>
    sql`(select min(m.held_on) from child_meetings m where m.child_id = x.child_id and m.kind = 'pp' and m.held_on > ${after} and m.held_on <= ${p.today} and m.held_on between ${opens} and ${closes})`;
  return sql<MemberRow>`
    with recursive
    win(k, weeks, opens_weeks, closes_weeks) as (
      select w.k, w.weeks, w."opensWeeks", w."closesWeeks" from ${d.objectRows(windows, ['weeks', 'opensWeeks', 'closesWeeks'])} w
    ),
    decisions as (
      select distinct k.child_id, k.date as decided from key_dates k join children c on c.id = k.child_id
      where ${inScope(p, d)} and k.type = 'lgp' and k.decision = 'issue_proceedings' and k.date <= ${p.to} and k.date >= ${earliest}
    ),
    ms(child_id, decided, k, pick, last_pick) as (
      select x.child_id, x.decided, w.k, ${pick(sql`x.decided`)}, cast(null as text) from decisions x join win w on w.k = 0
      union all
      select x.child_id, x.decided, w.k, ${pick(sql`coalesce(x.pick, x.last_pick, x.decided)`)}, coalesce(x.pick, x.last_pick)
      from ms x join win w on w.k = x.k + 1
    )
    select 'timeliness/pp' || w.weeks || '/' || case when ms.pick is not null then 'onTime' else 'notHeld' end as part,
      ms.child_id || ':' || ms.decided || ':' || ms.k as unit, ms.child_id
    from ms join win w on w.k = ms.k
    where ms.pick between ${p.from} and ${p.to}
       or (ms.pick is null and ${closed} between ${p.from} and ${p.to} and ${closed} < ${p.today})`;
}

export function timeliness(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    select part, unit, child_id from (${cpmTimeliness(p, d)}) x
    union all select part, unit, child_id from (${panelTimeliness(p, d)}) x
    union all select part, unit, child_id from (${cicTimeliness(p, d)}) x`;
}
