import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addMonthsIso, daysBetween, type IsoDate, isWeekend, toIso } from '../../shared/domain/dates';
import { IN_CARE_STATUSES, LEGAL_STATUS, type LegalStatus } from '../../shared/domain/vocabulary';
import { addWorkingDays } from '../../shared/domain/working-days';
import { redStreakStart, reviewChild, WEEK_26_WARNING_DAYS, weeksSinceIssue } from '../../shared/review/engine';
import { type ChildReviewState, type ReviewResult, type ReviewSettings, type RuleId, WALSALL_DEFAULTS } from '../../shared/review/types';

/** A fixed "today" (a Monday), never the real clock. */
const TODAY = '2026-11-23';
const S = WALSALL_DEFAULTS;
const H = ENGLAND_WALES_HOLIDAY_SET;

function child(over: Partial<ChildReviewState> = {}): ChildReviewState {
  return { legalStatus: 'none', dateEnteredCare: null, plan: null, keyDates: [], meetings: [], ratings: [], ...over };
}
function review(c: ChildReviewState, today: IsoDate = TODAY, settings: ReviewSettings = S): ReviewResult {
  return reviewChild(c, settings, today, H);
}
function dueFor(r: ReviewResult, rule: RuleId) {
  const items = r.due.filter((d) => d.rule === rule);
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0] ?? null;
}
function flagFor(r: ReviewResult, rule: RuleId) {
  return r.flags.find((f) => f.rule === rule) ?? null;
}

const isoDate = (from: Date, to: Date) => fc.date({ min: from, max: to, noInvalidDate: true }).map(toIso);
const anyDate = isoDate(new Date(2015, 0, 1), new Date(2035, 11, 31));
const datesInShippedHolidays = isoDate(new Date(2024, 0, 1), new Date(2028, 9, 31));

type Plan = NonNullable<ChildReviewState['plan']>;
const adoption = (): Plan => ({ primary: 'adoption', parallel: [] });

describe('lgp-12-week-review: "those children subject to S20, will be reviewed at Legal Gateway every 12 weeks"', () => {
  it('pre-proceedings: next LGP 12 weeks after the last — "cases where decision has been made to enter into pre-proceedings ... reviewed at Legal Gateway every 12 weeks"', () => {
    const r = review(child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-09-07', decision: 'pre_proceedings' }] }));
    expect(dueFor(r, 'lgp-12-week-review')).toEqual({
      kind: 'lgp',
      date: '2026-11-30',
      rule: 'lgp-12-week-review',
      reason: '12-week Legal Gateway review (pre-proceedings)',
    });
  });

  it('Section 20: next LGP 12 weeks after the last — "those children subject to S20, will be reviewed at Legal Gateway every 12 weeks"', () => {
    const r = review(child({ legalStatus: 's20', dateEnteredCare: '2026-06-01', meetings: [{ kind: 'lgp', date: '2026-09-07' }] }));
    expect(dueFor(r, 'lgp-12-week-review')).toMatchObject({ date: '2026-11-30', reason: '12-week Legal Gateway review (Section 20)' });
  });

  it('counts the latest LGP whether it is a key date or a meeting — "reviewed at Legal Gateway every 12 weeks"', () => {
    const keyLater = child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-09-07' }], meetings: [{ kind: 'lgp', date: '2026-08-10' }] });
    const meetingLater = child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-08-10' }], meetings: [{ kind: 'lgp', date: '2026-09-07' }] });
    expect(dueFor(review(keyLater), 'lgp-12-week-review')?.date).toBe('2026-11-30');
    expect(dueFor(review(meetingLater), 'lgp-12-week-review')?.date).toBe('2026-11-30');
  });

  it('is calendar weeks: a due date on a bank holiday stays there — "every 12 weeks"', () => {
    const r = review(child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-10-05' }] }));
    expect(dueFor(r, 'lgp-12-week-review')?.date).toBe('2026-12-28');
  });

  it('with no LGP on record, counts 12 weeks from the start of pre-proceedings — "reviewed at Legal Gateway every 12 weeks"', () => {
    const r = review(child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'plo_start', date: '2026-09-07' }] }));
    expect(dueFor(r, 'lgp-12-week-review')?.date).toBe('2026-11-30');
    expect(dueFor(r, 'lgp-first-available')).toBeNull();
  });

  it('stops when the child is no longer in pre-proceedings or S20 — "where a decision has been made to initiate care proceedings, Permanence Panels will review and track their progress"', () => {
    const others = LEGAL_STATUS.values.filter((s) => s !== 'pre_proceedings' && s !== 's20');
    for (const legalStatus of others) {
      const r = review(child({ legalStatus, dateEnteredCare: '2026-01-05', keyDates: [{ type: 'lgp', date: '2026-09-07' }] }));
      expect(r.due.filter((d) => d.kind === 'lgp'), legalStatus).toEqual([]);
    }
  });

  it('takes its interval from the settings — "every 12 weeks" is Walsall’s number', () => {
    const r = review(child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-09-07' }] }), TODAY, { ...S, lgpReviewWeeks: 8 });
    expect(dueFor(r, 'lgp-12-week-review')).toMatchObject({ date: '2026-11-02', reason: '8-week Legal Gateway review (pre-proceedings)' });
  });

  it('is always lgpReviewWeeks × 7 days after the last LGP (property) — "reviewed at Legal Gateway every 12 weeks"', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 52 }), fc.constantFrom<LegalStatus>('pre_proceedings', 's20'), (lgp, weeks, legalStatus) => {
        const r = review(child({ legalStatus, keyDates: [{ type: 'lgp', date: lgp }] }), TODAY, { ...S, lgpReviewWeeks: weeks });
        const item = dueFor(r, 'lgp-12-week-review');
        return item !== null && daysBetween(lgp, item.date) === weeks * 7 && item.reason.startsWith(`${weeks}-week `);
      }),
    );
  });
});

describe('lgp-first-available: "these cases should be presented to the first available Legal Gateway Panel following a child coming into our care"', () => {
  it('puts a child who came into care unplanned under S20 before the first available LGP, due today — "a minority of children will enter care in an unplanned way"', () => {
    const r = review(child({ legalStatus: 's20', dateEnteredCare: '2026-11-16' }));
    expect(dueFor(r, 'lgp-first-available')).toEqual({
      kind: 'lgp',
      date: TODAY,
      rule: 'lgp-first-available',
      reason: 'First available Legal Gateway Panel: no Legal Gateway on record (Section 20)',
    });
    expect(dueFor(r, 'lgp-12-week-review')).toBeNull();
  });

  it('does the same for pre-proceedings with neither an LGP nor a PLO start on record — "presented to the first available Legal Gateway Panel"', () => {
    const r = review(child({ legalStatus: 'pre_proceedings' }));
    expect(dueFor(r, 'lgp-first-available')).toMatchObject({ date: TODAY, reason: 'First available Legal Gateway Panel: no Legal Gateway on record (pre-proceedings)' });
  });

  it('does not let a PLO start stand in for an LGP under S20 — "presented to the first available Legal Gateway Panel"', () => {
    const r = review(child({ legalStatus: 's20', dateEnteredCare: '2026-11-16', keyDates: [{ type: 'plo_start', date: '2026-09-07' }] }));
    expect(dueFor(r, 'lgp-first-available')?.date).toBe(TODAY);
  });
});

describe('pp-after-issue: "attend Permanence Panel 4 weeks from the Legal Gateway Panel taking place and again at 14 weeks"', () => {
  const issued = (extra: Partial<ChildReviewState> = {}) =>
    child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-09-10', plan: adoption(), keyDates: [{ type: 'lgp', date: '2026-09-07', decision: 'issue_proceedings' }], ...extra });

  it('wants Permanence Panel 4 weeks after the decision to issue — "attend Permanence Panel 4 weeks from the Legal Gateway Panel taking place"', () => {
    expect(dueFor(review(issued()), 'pp-after-issue')).toEqual({
      kind: 'pp',
      date: '2026-10-05',
      rule: 'pp-after-issue',
      reason: 'Permanence Panel 4 weeks after the Legal Gateway decision to issue (07/09/2026)',
    });
  });

  it('then at 14 weeks, once one Permanence Panel has been held — "and again at 14 weeks"', () => {
    const r = review(issued({ meetings: [{ kind: 'pp', date: '2026-10-06' }] }));
    expect(dueFor(r, 'pp-after-issue')).toMatchObject({ date: '2026-12-14', reason: 'Permanence Panel 14 weeks after the Legal Gateway decision to issue (07/09/2026)' });
  });

  it('wants nothing more once both have been held — "4 weeks ... and again at 14 weeks"', () => {
    const r = review(issued({ meetings: [{ kind: 'pp', date: '2026-10-06' }, { kind: 'pp', date: '2026-11-16' }] }));
    expect(dueFor(r, 'pp-after-issue')).toBeNull();
  });

  it('counts only Permanence Panels after the LGP day, and only Permanence Panels — "4 weeks from the Legal Gateway Panel taking place"', () => {
    const r = review(
      issued({
        meetings: [
          { kind: 'pp', date: '2026-08-03' },
          { kind: 'pp', date: '2026-09-07' },
          { kind: 'cpm', date: '2026-10-01' },
          { kind: 'lgp', date: '2026-10-02' },
        ],
      }),
    );
    expect(dueFor(r, 'pp-after-issue')?.date).toBe('2026-10-05');
  });

  it('follows the latest decision to issue — "where decisions are made at Legal Gateway Panel to initiate Care Proceedings"', () => {
    const r = review(
      issued({
        keyDates: [
          { type: 'lgp', date: '2025-01-06', decision: 'issue_proceedings' },
          { type: 'lgp', date: '2026-09-07', decision: 'issue_proceedings' },
        ],
        meetings: [{ kind: 'pp', date: '2025-02-03' }, { kind: 'pp', date: '2025-04-14' }],
      }),
    );
    expect(dueFor(r, 'pp-after-issue')?.date).toBe('2026-10-05');
  });

  it('does not apply to an LGP that decided on pre-proceedings, or that recorded no decision — "where decisions are made ... to initiate Care Proceedings"', () => {
    const ploOnly = child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-09-07', decision: 'pre_proceedings' }] });
    const noDecision = child({ legalStatus: 'interim_care_order', keyDates: [{ type: 'lgp', date: '2026-09-07', decision: null }], meetings: [{ kind: 'lgp', date: '2026-10-05' }] });
    expect(dueFor(review(ploOnly), 'pp-after-issue')).toBeNull();
    expect(dueFor(review(noDecision), 'pp-after-issue')).toBeNull();
  });

  it('plans ahead from an LGP booked in the future — "4 weeks from the Legal Gateway Panel taking place"', () => {
    const r = review(child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'lgp', date: '2026-12-07', decision: 'issue_proceedings' }] }));
    expect(dueFor(r, 'pp-after-issue')?.date).toBe('2027-01-04');
  });

  it('takes its milestones from the settings, in order — "4 weeks ... and again at 14 weeks" are Walsall’s numbers', () => {
    const once = issued({ meetings: [{ kind: 'pp', date: '2026-10-06' }] });
    expect(dueFor(review(once, TODAY, { ...S, ppAfterIssueWeeks: [6, 10, 20] }), 'pp-after-issue')).toMatchObject({
      date: '2026-11-16',
      reason: 'Permanence Panel 10 weeks after the Legal Gateway decision to issue (07/09/2026)',
    });
    expect(dueFor(review(issued(), TODAY, { ...S, ppAfterIssueWeeks: [14, 4] }), 'pp-after-issue')?.date).toBe('2026-10-05');
    expect(dueFor(review(issued(), TODAY, { ...S, ppAfterIssueWeeks: [1] }), 'pp-after-issue')?.reason).toContain('1 week after');
    expect(dueFor(review(issued(), TODAY, { ...S, ppAfterIssueWeeks: [] }), 'pp-after-issue')).toBeNull();
  });

  it('wants the n-th milestone after n Permanence Panels (property) — "4 weeks ... and again at 14 weeks"', () => {
    fc.assert(
      fc.property(anyDate, fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }), fc.nat(5), (lgp, weeks, held) => {
        const meetings = Array.from({ length: held }, (_, i) => ({ kind: 'pp' as const, date: addDaysIso(lgp, i + 1) }));
        const r = review(child({ legalStatus: 'interim_care_order', keyDates: [{ type: 'lgp', date: lgp, decision: 'issue_proceedings' }], meetings }), TODAY, {
          ...S,
          ppAfterIssueWeeks: weeks,
        });
        const want = [...weeks].sort((a, b) => a - b)[held];
        const item = dueFor(r, 'pp-after-issue');
        return want === undefined ? item === null : item !== null && daysBetween(lgp, item.date) === want * 7;
      }),
    );
  });
});

describe('pp-red-4-weekly: "where a child\'s plan has been RAG rated red at a care planning meeting, the plan will be reviewed at permanence panel every 4 weeks"', () => {
  const inCare = (extra: Partial<ChildReviewState>) => child({ legalStatus: 'care_order', dateEnteredCare: '2025-03-03', plan: adoption(), ...extra });
  const ratings: ChildReviewState['ratings'] = [
    { date: '2026-08-03', rating: 'green' },
    { date: '2026-09-07', rating: 'red' },
    { date: '2026-10-05', rating: 'red' },
  ];

  it('wants Permanence Panel 4 weeks after the plan turned red — "reviewed at permanence panel every 4 weeks"', () => {
    expect(dueFor(review(inCare({ ratings })), 'pp-red-4-weekly')).toEqual({
      kind: 'pp',
      date: '2026-10-05',
      rule: 'pp-red-4-weekly',
      reason: 'Plan rated red: Permanence Panel every 4 weeks',
    });
  });

  it('then 4 weeks after the last Permanence Panel while red — "every 4 weeks to ensure timely progression of the plan"', () => {
    const r = review(inCare({ ratings, meetings: [{ kind: 'pp', date: '2026-09-01' }, { kind: 'pp', date: '2026-10-19' }] }));
    expect(dueFor(r, 'pp-red-4-weekly')?.date).toBe('2026-11-16');
    const beforeRed = review(inCare({ ratings, meetings: [{ kind: 'pp', date: '2026-09-01' }] }));
    expect(dueFor(beforeRed, 'pp-red-4-weekly')?.date).toBe('2026-10-05');
  });

  it('stops once the plan is no longer red — "every 4 weeks" only while red', () => {
    const r = review(inCare({ ratings: [...ratings, { date: '2026-11-02', rating: 'amber' }] }));
    expect(dueFor(r, 'pp-red-4-weekly')).toBeNull();
  });

  it('starts a new streak when the plan turns red again — "where a child\'s plan has been RAG rated red"', () => {
    const r = review(inCare({ ratings: [...ratings, { date: '2026-10-19', rating: 'amber' }, { date: '2026-11-02', rating: 'red' }], meetings: [{ kind: 'pp', date: '2026-10-12' }] }));
    expect(dueFor(r, 'pp-red-4-weekly')?.date).toBe('2026-11-30');
  });

  it('reads ratings in any order, and two on one day in the order given — "each child\'s plan is RAG rated"', () => {
    const shuffled = [ratings[2]!, ratings[0]!, ratings[1]!];
    expect(dueFor(review(inCare({ ratings: shuffled })), 'pp-red-4-weekly')?.date).toBe('2026-10-05');
    const redThenAmber = [{ date: '2026-11-02', rating: 'red' as const }, { date: '2026-11-02', rating: 'amber' as const }];
    expect(dueFor(review(inCare({ ratings: redThenAmber })), 'pp-red-4-weekly')).toBeNull();
    expect(dueFor(review(inCare({ ratings: [...redThenAmber].reverse() })), 'pp-red-4-weekly')?.date).toBe('2026-11-30');
  });

  it('finds where the red run started', () => {
    expect(redStreakStart([])).toBeNull();
    expect(redStreakStart(ratings)).toBe('2026-09-07');
    expect(redStreakStart([{ date: '2026-01-01', rating: 'red' }])).toBe('2026-01-01');
    expect(redStreakStart([{ date: '2026-01-01', rating: 'red' }, { date: '2026-02-01', rating: 'green' }])).toBeNull();
  });

  it('takes its interval from the settings — "every 4 weeks" is Walsall’s number', () => {
    expect(dueFor(review(inCare({ ratings }), TODAY, { ...S, ppRedWeeks: 2 }), 'pp-red-4-weekly')).toMatchObject({ date: '2026-09-21', reason: 'Plan rated red: Permanence Panel every 2 weeks' });
    expect(dueFor(review(inCare({ ratings }), TODAY, { ...S, ppRedWeeks: 1 }), 'pp-red-4-weekly')?.reason).toBe('Plan rated red: Permanence Panel every week');
  });
});

describe('cpm-6-weekly: "Care Planning meetings should take place in respect of all children and young people in care ... at the very least, these should be every 6 weeks"', () => {
  it('wants a CPM 6 weeks after the last — "at the very least, these should be every 6 weeks"', () => {
    const r = review(child({ legalStatus: 'care_order', dateEnteredCare: '2025-03-03', plan: adoption(), meetings: [{ kind: 'cpm', date: '2026-08-31' }, { kind: 'cpm', date: '2026-10-12' }] }));
    expect(dueFor(r, 'cpm-6-weekly')).toEqual({ kind: 'cpm', date: '2026-11-23', rule: 'cpm-6-weekly', reason: 'Care Planning Meeting every 6 weeks for a child in care' });
  });

  it('counts from entering care when there has been no CPM, or only one before the child came into care — "all children and young people in care"', () => {
    expect(dueFor(review(child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-11-02' })), 'cpm-6-weekly')?.date).toBe('2026-12-14');
    const before = child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-11-02', meetings: [{ kind: 'cpm', date: '2026-10-19' }] });
    expect(dueFor(review(before), 'cpm-6-weekly')?.date).toBe('2026-12-14');
  });

  it('applies to every in-care legal status and no other — "in respect of all children and young people in care"', () => {
    for (const legalStatus of LEGAL_STATUS.values) {
      const r = review(child({ legalStatus, dateEnteredCare: '2026-11-02' }));
      expect(r.due.some((d) => d.kind === 'cpm'), legalStatus).toBe(IN_CARE_STATUSES.includes(legalStatus));
    }
    expect(review(child({ legalStatus: 'care_order', dateEnteredCare: null })).due.filter((d) => d.kind === 'cpm')).toEqual([]);
  });

  it('takes its interval from the settings (property) — "every 6 weeks" is Walsall’s number', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 26 }), (last, weeks) => {
        const r = review(child({ legalStatus: 'interim_care_order', dateEnteredCare: '2015-01-01', meetings: [{ kind: 'cpm', date: last }] }), TODAY, { ...S, cpmIntervalWeeks: weeks });
        const item = dueFor(r, 'cpm-6-weekly');
        return item !== null && daysBetween(last, item.date) === weeks * 7 && item.reason.includes(weeks === 1 ? 'every week' : `every ${weeks} weeks`);
      }),
    );
  });
});

describe('cpm-ltf-yearly: "every 12 months once permanence is long-term fostering"', () => {
  const ltf: Plan = { primary: 'long_term_fostering', parallel: [] };

  it('reviews a long-term fostering plan under a care order yearly — "every 12 months once permanence is long-term fostering"', () => {
    const r = review(child({ legalStatus: 'care_order', dateEnteredCare: '2023-05-15', plan: ltf, meetings: [{ kind: 'cpm', date: '2026-03-10' }] }));
    expect(dueFor(r, 'cpm-6-weekly')).toBeNull();
    expect(dueFor(r, 'cpm-ltf-yearly')).toEqual({
      kind: 'cpm',
      date: '2027-03-10',
      rule: 'cpm-ltf-yearly',
      reason: 'Long-term fostering under a care order: Care Planning Meeting every 12 months',
    });
  });

  it('keeps the 6-weekly cadence until there is a care order, or while long-term fostering is only a parallel plan — "every 12 months once permanence is long-term fostering"', () => {
    const ico = review(child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-05-15', plan: ltf, meetings: [{ kind: 'cpm', date: '2026-11-02' }] }));
    expect(dueFor(ico, 'cpm-6-weekly')?.date).toBe('2026-12-14');
    const parallel = review(child({ legalStatus: 'care_order', dateEnteredCare: '2026-05-15', plan: { primary: 'reunification', parallel: ['long_term_fostering'] }, meetings: [{ kind: 'cpm', date: '2026-11-02' }] }));
    expect(dueFor(parallel, 'cpm-6-weekly')?.date).toBe('2026-12-14');
  });

  it('takes its interval from the settings — "every 12 months" is Dorset’s number', () => {
    const r = review(child({ legalStatus: 'care_order', dateEnteredCare: '2023-05-15', plan: ltf, meetings: [{ kind: 'cpm', date: '2026-03-10' }] }), TODAY, { ...S, ltfReviewMonths: 6 });
    expect(dueFor(r, 'cpm-ltf-yearly')).toMatchObject({ date: '2026-09-10', reason: 'Long-term fostering under a care order: Care Planning Meeting every 6 months' });
  });
});

describe('week-26: "achieving permanence for the child / young within the 26 week court timescale"', () => {
  const ico = (keyDates: ChildReviewState['keyDates'], legalStatus: LegalStatus = 'interim_care_order') =>
    child({ legalStatus, dateEnteredCare: '2026-05-01', plan: adoption(), keyDates });

  it('puts week 26 at 26 weeks from issue and raises it within 4 weeks — "within the 26 week court timescale"', () => {
    const r = review(ico([{ type: 'proceedings_issued', date: '2026-06-01' }]));
    expect(r.proceedingsIssued).toBe('2026-06-01');
    expect(r.week26Date).toBe('2026-11-30');
    expect(flagFor(r, 'week-26')).toEqual({
      rule: 'week-26',
      severity: 'alert',
      message: 'Week 26 of care proceedings is 30/11/2026, in 7 days, and the child is still recorded as under an interim care order',
    });
  });

  it('never moves week 26 off a weekend or bank holiday — "the 26 week court timescale" is in weeks', () => {
    expect(review(ico([{ type: 'proceedings_issued', date: '2026-06-26' }])).week26Date).toBe('2026-12-25');
    expect(review(ico([{ type: 'proceedings_issued', date: '2026-06-06' }])).week26Date).toBe('2026-12-05');
  });

  it('lets a week-26 date the court has set win, unless it belongs to earlier proceedings — "as directed in the Court Order"', () => {
    expect(review(ico([{ type: 'proceedings_issued', date: '2026-06-01' }, { type: 'week_26', date: '2026-12-10' }])).week26Date).toBe('2026-12-10');
    expect(review(ico([{ type: 'week_26', date: '2025-05-01' }, { type: 'proceedings_issued', date: '2026-06-01' }])).week26Date).toBe('2026-11-30');
    const onlyWeek26 = review(ico([{ type: 'week_26', date: '2026-12-10' }]));
    expect(onlyWeek26.week26Date).toBe('2026-12-10');
    expect(onlyWeek26.proceedingsIssued).toBeNull();
  });

  it('uses the latest issue date — "within the 26 week court timescale"', () => {
    const r = review(ico([{ type: 'proceedings_issued', date: '2026-06-01' }, { type: 'proceedings_issued', date: '2024-01-08' }]));
    expect(r.proceedingsIssued).toBe('2026-06-01');
  });

  it('raises week 26 from 4 weeks before it, on the day, and after it has passed — "early identification of any barriers or issues that could cause delays"', () => {
    const at = (week26: IsoDate) => flagFor(review(ico([{ type: 'proceedings_issued', date: addDaysIso(week26, -182) }])), 'week-26');
    expect(WEEK_26_WARNING_DAYS).toBe(28);
    expect(at(addDaysIso(TODAY, 29))).toBeNull();
    expect(at(addDaysIso(TODAY, 28))?.message).toBe('Week 26 of care proceedings is 21/12/2026, in 28 days, and the child is still recorded as under an interim care order');
    expect(at(addDaysIso(TODAY, 1))?.message).toContain('in 1 day,');
    expect(at(TODAY)?.message).toBe('Week 26 of care proceedings is today (23/11/2026), and the child is still recorded as under an interim care order');
    expect(at('2026-11-02')?.message).toBe('Week 26 of care proceedings was 02/11/2026, and the child is still recorded as under an interim care order');
  });

  it('raises it for a child still recorded in pre-proceedings, but not once a final order is made — "within the 26 week court timescale"', () => {
    const keyDates = [{ type: 'proceedings_issued' as const, date: '2026-05-04' }];
    expect(flagFor(review(ico(keyDates, 'pre_proceedings')), 'week-26')?.message).toContain('still recorded as in pre-proceedings');
    for (const legalStatus of ['care_order', 'placement_order', 'sgo', 'none'] as const) {
      const r = review(ico(keyDates, legalStatus));
      expect(r.week26Date, legalStatus).toBe('2026-11-02');
      expect(flagFor(r, 'week-26'), legalStatus).toBeNull();
    }
  });

  it('has no week 26 without proceedings — "where a decision has been made to initiate care proceedings"', () => {
    const r = review(child({ legalStatus: 'pre_proceedings', keyDates: [{ type: 'plo_start', date: '2026-05-04' }] }));
    expect(r.proceedingsIssued).toBeNull();
    expect(r.week26Date).toBeNull();
  });

  it('is always 182 days after issue, on the same weekday (property) — "26 week court timescale"', () => {
    fc.assert(
      fc.property(anyDate, (issued) => {
        const { week26Date } = review(ico([{ type: 'proceedings_issued', date: issued }]));
        return week26Date !== null && daysBetween(issued, week26Date) === 182 && weeksSinceIssue(issued, week26Date) === 26;
      }),
    );
  });

  it('takes the timescale from the settings — "26 week" is the statutory default', () => {
    const r = review(ico([{ type: 'proceedings_issued', date: '2026-05-04' }]), TODAY, { ...S, week26Weeks: 30 });
    expect(r.week26Date).toBe('2026-11-30');
    expect(flagFor(r, 'week-26')?.message).toMatch(/^Week 30 of care proceedings is 30\/11\/2026/);
  });

  it('counts whole weeks since issue: 0 on the day, rounding down, negative before', () => {
    expect(weeksSinceIssue('2026-06-01', '2026-06-01')).toBe(0);
    expect(weeksSinceIssue('2026-06-01', '2026-06-07')).toBe(0);
    expect(weeksSinceIssue('2026-06-01', '2026-06-08')).toBe(1);
    expect(weeksSinceIssue('2026-06-01', '2026-11-30')).toBe(26);
    expect(weeksSinceIssue('2026-06-01', '2026-05-31')).toBe(-1);
  });
});

describe('iro-appointed: "An IRO will be appointed to each child within 5 working days of the child coming in care"', () => {
  const entered = (date: IsoDate) => child({ legalStatus: 'interim_care_order', dateEnteredCare: date, plan: adoption() });

  it('skips Christmas Day and the Boxing Day substitute — "within 5 working days"', () => {
    const r = review(entered('2026-12-18'), '2026-12-18');
    expect(dueFor(r, 'iro-appointed')).toEqual({
      kind: 'cic_review',
      date: '2026-12-29',
      rule: 'iro-appointed',
      reason: 'IRO to be appointed within 5 working days of entering care (18/12/2026)',
    });
  });

  it('shows the deadline until it has passed, then drops it — "within 5 working days of the child coming in care"', () => {
    expect(dueFor(review(entered('2026-12-18'), '2026-12-29'), 'iro-appointed')?.date).toBe('2026-12-29');
    expect(dueFor(review(entered('2026-12-18'), '2026-12-30'), 'iro-appointed')).toBeNull();
  });

  it('is shown exactly while today is on or before the deadline (property) — "within 5 working days"', () => {
    fc.assert(
      fc.property(datesInShippedHolidays, fc.integer({ min: -5, max: 20 }), fc.integer({ min: 1, max: 15 }), (date, offset, days) => {
        const today = addDaysIso(date, offset);
        const deadline = addWorkingDays(date, days, H);
        const item = dueFor(review(entered(date), today, { ...S, iroAppointedWorkingDays: days }), 'iro-appointed');
        return today <= deadline ? item?.date === deadline : item === null;
      }),
    );
  });
});

describe('cic reviews: "the initial review will be within 20 working days of the child being in care, following by a second review within 3 months, and then subsequent reviews being 6 monthly"', () => {
  const entered = (date: IsoDate, legalStatus: LegalStatus = 'interim_care_order') => child({ legalStatus, dateEnteredCare: date, plan: adoption() });
  const cic = (r: ReviewResult) => r.due.filter((d) => d.rule.startsWith('cic-'));

  it('cic-first-review: 20 working days, skipping Christmas and New Year — "the initial review will be within 20 working days"', () => {
    const r = review(entered('2026-12-18'), '2026-12-18');
    expect(cic(r)).toEqual([
      {
        kind: 'cic_review',
        date: '2027-01-20',
        rule: 'cic-first-review',
        reason: 'First Child in Care review within 20 working days of entering care (18/12/2026)',
      },
    ]);
  });

  it('cic-second-review: 3 calendar months, once the first is past — "following by a second review within 3 months"', () => {
    const r = review(entered('2026-09-15'));
    expect(cic(r)).toEqual([
      {
        kind: 'cic_review',
        date: '2026-12-15',
        rule: 'cic-second-review',
        reason: 'Second Child in Care review within 3 months of entering care (15/09/2026): the permanence plan is due by then',
      },
    ]);
  });

  it('cic-second-review: is never moved off a bank holiday, being in months — "within 3 months"', () => {
    expect(cic(review(entered('2026-09-25')))[0]?.date).toBe('2026-12-25');
  });

  it('cic-later-review: every 6 months after the second — "and then subsequent reviews being 6 monthly"', () => {
    expect(cic(review(entered('2025-01-10')))).toEqual([
      { kind: 'cic_review', date: '2027-04-10', rule: 'cic-later-review', reason: 'Child in Care review every 6 months after the second' },
    ]);
    expect(cic(review(entered('2012-03-31', 'care_order')))[0]?.date).toBe('2026-12-30');
  });

  it('a review due today is still the next one — "within 20 working days ... within 3 months"', () => {
    expect(cic(review(entered('2026-08-23')))[0]).toMatchObject({ date: TODAY, rule: 'cic-second-review' });
    expect(cic(review(entered('2026-12-18'), '2027-01-20'))[0]).toMatchObject({ date: '2027-01-20', rule: 'cic-first-review' });
  });

  it('only for children in care — "an IRO will be appointed to each child ... coming in care"', () => {
    expect(cic(review(child({ legalStatus: 'pre_proceedings', dateEnteredCare: '2026-11-20' }), '2026-11-20'))).toEqual([]);
    expect(cic(review(child({ legalStatus: 'care_order', dateEnteredCare: null })))).toEqual([]);
  });

  it('gives the first review date on or after today in the statutory timetable (property) — "initial ... second ... then 6 monthly"', () => {
    fc.assert(
      fc.property(isoDate(new Date(2010, 0, 1), new Date(2028, 11, 31)), fc.integer({ min: 0, max: 3000 }), (date, offset) => {
        const today = addDaysIso(date, offset);
        const timetable = [addWorkingDays(date, 20, H)];
        const second = addMonthsIso(date, 3);
        for (let k = 0; k <= 40; k++) timetable.push(addMonthsIso(second, 6 * k));
        const want = timetable.filter((d) => d >= today).sort()[0];
        return cic(review(entered(date), today))[0]?.date === want;
      }),
    );
  });

  it('never puts a working-day deadline on a weekend or bank holiday (property) — "within 20 working days"', () => {
    fc.assert(
      fc.property(datesInShippedHolidays, fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 30 }), (date, iroDays, firstDays) => {
        const r = review(entered(date), date, { ...S, iroAppointedWorkingDays: iroDays, firstCicReviewWorkingDays: firstDays });
        const workingDayRules = r.due.filter((d) => d.rule === 'iro-appointed' || d.rule === 'cic-first-review');
        return workingDayRules.length === 2 && workingDayRules.every((d) => !isWeekend(d.date) && !H.has(d.date) && d.date > date);
      }),
    );
  });

  it('takes the timetable from the settings — "20 working days ... 3 months ... 6 monthly" are the statutory defaults', () => {
    const settings = { ...S, firstCicReviewWorkingDays: 10, secondCicReviewMonths: 2, laterCicReviewMonths: 4 };
    expect(cic(review(entered('2026-11-20'), '2026-11-20', settings))[0]).toMatchObject({ date: '2026-12-04', reason: expect.stringContaining('within 10 working days') });
    expect(cic(review(entered('2026-10-15'), TODAY, settings))[0]).toMatchObject({ date: '2026-12-15', reason: expect.stringContaining('within 2 months') });
    expect(cic(review(entered('2026-01-15'), TODAY, settings))[0]).toMatchObject({ date: '2027-03-15', reason: 'Child in Care review every 4 months after the second' });
  });
});

describe('permanence-plan-due: "a child / young person must have a Permanence Plan ... by their second statutory Child in Care Review"', () => {
  const inCare = (date: IsoDate, p: ChildReviewState['plan']) => child({ legalStatus: 'interim_care_order', dateEnteredCare: date, plan: p });

  it('warns while the second review is ahead — "at the latest ... by their second statutory Child in Care Review"', () => {
    expect(flagFor(review(inCare('2026-09-15', null)), 'permanence-plan-due')).toEqual({
      rule: 'permanence-plan-due',
      severity: 'warning',
      message: 'A permanence plan is due by the second Child in Care review on 15/12/2026',
    });
  });

  it('still warns on the day, and alerts once it has passed — "must have a Permanence Plan"', () => {
    expect(flagFor(review(inCare('2026-08-23', null)), 'permanence-plan-due')?.severity).toBe('warning');
    expect(flagFor(review(inCare('2026-08-10', null)), 'permanence-plan-due')).toMatchObject({
      severity: 'alert',
      message: 'A permanence plan is due by the second Child in Care review on 10/11/2026',
    });
  });

  it('counts twin tracking with no primary option as no plan yet — "a single plan for permanence"', () => {
    expect(flagFor(review(inCare('2026-09-15', { primary: null, parallel: ['reunification', 'adoption'] })), 'permanence-plan-due')).not.toBeNull();
  });

  it('is satisfied by a primary option, and not raised for a child not in care — "must have a Permanence Plan"', () => {
    expect(flagFor(review(inCare('2026-08-10', { primary: 'reunification', parallel: ['adoption'] })), 'permanence-plan-due')).toBeNull();
    expect(flagFor(review(child({ legalStatus: 'pre_proceedings' })), 'permanence-plan-due')).toBeNull();
  });

  it('moves with the second-review setting — "by their second statutory Child in Care Review"', () => {
    expect(flagFor(review(inCare('2026-09-15', null), TODAY, { ...S, secondCicReviewMonths: 2 }), 'permanence-plan-due')?.message).toContain('15/11/2026');
  });
});

describe('s20-over-2-years: "S20 should not drift past 2 years"', () => {
  const s20 = (date: IsoDate | null) => child({ legalStatus: 's20', dateEnteredCare: date, plan: adoption(), keyDates: [{ type: 'lgp', date: '2026-10-05' }] });

  it('alerts from the day after the second anniversary — "S20 should not drift past 2 years"', () => {
    expect(flagFor(review(s20('2024-11-22')), 's20-over-2-years')).toEqual({
      rule: 's20-over-2-years',
      severity: 'alert',
      message: 'Accommodated under Section 20 for over 2 years (since 22/11/2024): consider legal steps',
    });
    // on the anniversary itself: exactly two years, not past them
    expect(flagFor(review(s20('2024-11-23')), 's20-over-2-years')).toBeNull();
    expect(flagFor(review(s20('2024-11-24')), 's20-over-2-years')).toBeNull();
  });

  it('only for Section 20 with a date of entering care — "S20 should not drift"', () => {
    expect(flagFor(review(s20(null)), 's20-over-2-years')).toBeNull();
    expect(flagFor(review(child({ legalStatus: 'care_order', dateEnteredCare: '2020-01-06', plan: adoption() })), 's20-over-2-years')).toBeNull();
  });

  it('takes the years from the settings — "2 years" is the default', () => {
    expect(flagFor(review(s20('2025-11-22'), TODAY, { ...S, s20FlagYears: 1 }), 's20-over-2-years')?.message).toBe(
      'Accommodated under Section 20 for over 1 year (since 22/11/2025): consider legal steps',
    );
  });
});

describe('the whole review', () => {
  it('is empty for a child with nothing on record', () => {
    expect(review(child())).toEqual({ due: [], next: null, proceedingsIssued: null, week26Date: null, lastDiscussed: null, flags: [] });
  });

  it('sorts what is due by date then kind, and "next" skips Child in Care reviews, which Panelroom does not run', () => {
    const r = review(child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-11-20', plan: adoption() }));
    expect(r.due.map((d) => [d.date, d.rule])).toEqual([
      ['2026-11-27', 'iro-appointed'],
      ['2026-12-18', 'cic-first-review'],
      ['2027-01-01', 'cpm-6-weekly'],
    ]);
    expect(r.next?.rule).toBe('cpm-6-weekly');

    const sameDay = review(
      child({
        legalStatus: 'care_order',
        dateEnteredCare: '2025-03-03',
        plan: adoption(),
        meetings: [{ kind: 'cpm', date: '2026-10-19' }],
        ratings: [{ date: '2026-11-02', rating: 'red' }],
      }),
    );
    expect(sameDay.due.filter((d) => d.date === '2026-11-30').map((d) => d.kind)).toEqual(['cpm', 'pp']);
    expect(sameDay.next?.kind).toBe('cpm');
  });

  it('knows when the child was last discussed: panels and meetings up to today, not Child in Care reviews or future dates', () => {
    const r = review(
      child({
        legalStatus: 'pre_proceedings',
        keyDates: [
          { type: 'lgp', date: '2026-11-10' },
          { type: 'lgp', date: '2026-12-07' },
          { type: 'hearing', date: '2026-11-20' },
        ],
        meetings: [
          { kind: 'cpm', date: '2026-11-02' },
          { kind: 'cic_review', date: '2026-11-20' },
          { kind: 'pp', date: '2026-11-30' },
        ],
      }),
    );
    expect(r.lastDiscussed).toEqual({ kind: 'lgp', date: '2026-11-10' });
    expect(review(child({ meetings: [{ kind: 'pp', date: TODAY }] })).lastDiscussed).toEqual({ kind: 'pp', date: TODAY });
  });

  it('puts alerts before warnings', () => {
    const r = review(child({ legalStatus: 's20', dateEnteredCare: '2024-01-08', keyDates: [{ type: 'lgp', date: '2026-10-05' }] }));
    expect(r.flags.map((f) => [f.severity, f.rule])).toEqual([
      ['alert', 'permanence-plan-due'],
      ['alert', 's20-over-2-years'],
    ]);
    const mixed = review(child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-09-15', keyDates: [{ type: 'proceedings_issued', date: '2026-06-01' }] }));
    expect(mixed.flags.map((f) => f.severity)).toEqual(['alert', 'warning']);
    // A plan not due for three years is only a warning; the S20 drift after it is an alert, so it comes first.
    const late = review(child({ legalStatus: 's20', dateEnteredCare: '2024-11-02', keyDates: [{ type: 'lgp', date: '2026-10-05' }] }), TODAY, { ...S, secondCicReviewMonths: 36 });
    expect(late.flags.map((f) => [f.severity, f.rule])).toEqual([
      ['alert', 's20-over-2-years'],
      ['warning', 'permanence-plan-due'],
    ]);
  });

  it('writes every number in its reasons from the settings, never Walsall’s by habit', () => {
    const settings: ReviewSettings = {
      lgpReviewWeeks: 10,
      ppAfterIssueWeeks: [3, 13],
      ppRedWeeks: 5,
      cpmIntervalWeeks: 8,
      ltfReviewMonths: 9,
      week26Weeks: 27,
      iroAppointedWorkingDays: 7,
      firstCicReviewWorkingDays: 15,
      secondCicReviewMonths: 4,
      laterCicReviewMonths: 5,
      s20FlagYears: 3,
    };
    const children = [
      child({ legalStatus: 's20', dateEnteredCare: '2023-01-09', keyDates: [{ type: 'lgp', date: '2026-10-05', decision: 'issue_proceedings' }], ratings: [{ date: '2026-11-02', rating: 'red' }] }),
      child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-11-23', keyDates: [{ type: 'proceedings_issued', date: '2026-06-01' }] }),
      child({ legalStatus: 'care_order', dateEnteredCare: '2026-08-03', plan: { primary: 'long_term_fostering', parallel: [] } }),
    ];
    const text = children
      .map((c) => review(c, TODAY, settings))
      .flatMap((r) => [...r.due.map((d) => d.reason), ...r.flags.map((f) => f.message)])
      .join('\n');
    for (const walsall of ['12-week', ' 4 weeks', '14 weeks', 'every 6 weeks', '12 months', 'Week 26', ' 5 working days', '20 working days', '3 months', '6 months', '2 years']) {
      expect(text).not.toContain(walsall);
    }
    for (const own of ['10-week', '3 weeks after', 'every 5 weeks', 'Week 27', '7 working days', '15 working days', '3 years']) {
      expect(text).toContain(own);
    }
  });
});

describe('purity and speed: the tracker runs the engine for every child', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
      for (const v of Object.values(value)) deepFreeze(v);
      Object.freeze(value);
    }
    return value;
  }

  const busy = (): ChildReviewState =>
    child({
      legalStatus: 'interim_care_order',
      dateEnteredCare: '2026-05-01',
      plan: { primary: null, parallel: ['reunification', 'adoption'] },
      keyDates: [
        { type: 'lgp', date: '2026-04-27', decision: 'issue_proceedings' },
        { type: 'proceedings_issued', date: '2026-05-05' },
      ],
      meetings: [
        { kind: 'pp', date: '2026-05-26' },
        { kind: 'cpm', date: '2026-10-20' },
      ],
      ratings: [
        { date: '2026-10-20', rating: 'red' },
        { date: '2026-09-01', rating: 'amber' },
      ],
    });

  it('does not change what it is given', () => {
    const state = deepFreeze(busy());
    const settings = deepFreeze({ ...S, ppAfterIssueWeeks: [14, 4] });
    expect(() => reviewChild(state, settings, TODAY, H)).not.toThrow();
    expect(state).toEqual(busy());
  });

  it('never reads the clock: the answer depends on "today" only', () => {
    const before = review(busy());
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2035, 0, 1));
    expect(review(busy())).toEqual(before);
  });

  it('reviews 10,000 children quickly', () => {
    const statuses: LegalStatus[] = ['s20', 'pre_proceedings', 'interim_care_order', 'care_order', 'placement_order'];
    const children = Array.from({ length: 10_000 }, (_, i) => {
      const entered = addDaysIso('2019-01-01', (i * 37) % 2800);
      return child({
        legalStatus: statuses[i % statuses.length]!,
        dateEnteredCare: entered,
        plan: i % 3 === 0 ? null : { primary: i % 2 ? 'long_term_fostering' : 'adoption', parallel: [] },
        keyDates: [
          { type: 'lgp', date: addDaysIso(entered, 14), decision: i % 2 ? 'issue_proceedings' : 'pre_proceedings' },
          { type: 'proceedings_issued', date: addDaysIso(entered, 21) },
        ],
        meetings: Array.from({ length: 8 }, (__, k) => ({ kind: (['pp', 'cpm', 'lgp'] as const)[k % 3]!, date: addDaysIso(entered, 30 + k * 40) })),
        ratings: Array.from({ length: 5 }, (__, k) => ({ date: addDaysIso(entered, 30 + k * 60), rating: (['green', 'amber', 'red'] as const)[(i + k) % 3]! })),
      });
    });
    const started = performance.now();
    let due = 0;
    for (const c of children) due += reviewChild(c, S, TODAY, H).due.length;
    const elapsed = performance.now() - started;
    expect(due).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(2_000);
  });
});
