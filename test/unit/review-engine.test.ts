import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDaysIso, daysBetween, type IsoDate, toIso } from '../../shared/domain/dates';
import { IN_CARE_STATUSES, LEGAL_STATUS, type LegalStatus } from '../../shared/domain/vocabulary';
import { redStreakStart, reviewChild, WEEK_26_WARNING_DAYS, weeksSinceIssue } from '../../shared/review/engine';
import type { ChildReviewState, ReviewSettings } from '../../shared/review/types';
import { child, dueFor, flagFor, H, review, S, TODAY } from './support/review-fixtures';

const isoDate = (from: Date, to: Date) => fc.date({ min: from, max: to, noInvalidDate: true }).map(toIso);
const anyDate = isoDate(new Date(2015, 0, 1), new Date(2035, 11, 31));

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
    const reviewed = { iroRecorded: true, cicReviews: [{ date: '2024-02-01', ordinal: 1 }, { date: '2024-05-01', ordinal: 2 }, { date: '2026-09-01', ordinal: 6 }] };
    const r = review(child({ legalStatus: 's20', dateEnteredCare: '2024-01-08', keyDates: [{ type: 'lgp', date: '2026-10-05' }], ...reviewed }));
    expect(r.flags.map((f) => [f.severity, f.rule])).toEqual([
      ['alert', 'permanence-plan-due'],
      ['alert', 's20-over-2-years'],
    ]);
    const mixed = review(
      child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-09-15', keyDates: [{ type: 'proceedings_issued', date: '2026-06-01' }], iroRecorded: true, cicReviews: [{ date: '2026-10-10', ordinal: 1 }] }),
    );
    expect(mixed.flags.map((f) => f.severity)).toEqual(['alert', 'warning']);
    // A plan not due for three years is only a warning; the S20 drift after it is an alert, so it comes first.
    const late = review(
      child({ legalStatus: 's20', dateEnteredCare: '2024-11-02', keyDates: [{ type: 'lgp', date: '2026-10-05' }], iroRecorded: true, cicReviews: [{ date: '2024-11-20', ordinal: 1 }] }),
      TODAY,
      { ...S, secondCicReviewMonths: 36 },
    );
    expect(late.flags.map((f) => [f.severity, f.rule])).toEqual([
      ['alert', 's20-over-2-years'],
      ['warning', 'permanence-plan-due'],
    ]);
  });

  it('writes every number in its reasons from the settings, never Walsall’s by habit', () => {
    const settings: ReviewSettings = {
      lgpReviewWeeks: 10,
      ppAfterIssueWeeks: [3, 13],
      ppWindowWeeksBefore: 1,
      ppWindowWeeksAfter: 3,
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
