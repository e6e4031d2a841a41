import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, type IsoDate, toIso } from '../../shared/domain/dates';
import { addWorkingDays } from '../../shared/domain/working-days';
import type { ChildReviewState, ReviewResult } from '../../shared/review/types';
import { child, dueFor, flagFor, H, review, S, TODAY } from './support/review-fixtures';

/**
 * The review rules as the procedures mean them: Child in Care reviews counted from the
 * reviews actually held, the 4- and 14-week panels inside their windows, yearly Care
 * Planning Meetings only for a ratified long-term fostering plan that is not red, and
 * no child due at a panel left without a turn on a rota. Each test quotes the rule.
 */

const cic = (r: ReviewResult) => r.due.filter((d) => d.rule.startsWith('cic-'));
const isoDate = (from: Date, to: Date) => fc.date({ min: from, max: to, noInvalidDate: true }).map(toIso);

describe('Child in Care reviews are events: "the initial review will be within 20 working days of the child being in care, following by a second review within 3 months, and then subsequent reviews being 6 monthly"', () => {
  const inCare = (entered: IsoDate, reviews: { date: IsoDate; ordinal: number }[] = [], over: Partial<ChildReviewState> = {}) =>
    child({ legalStatus: 'care_order', dateEnteredCare: entered, plan: { primary: 'adoption', parallel: [] }, iroRecorded: true, cicReviews: reviews, ...over });

  it('first review: 20 working days from entering care, skipping Christmas and New Year — "the initial review will be within 20 working days of the child being in care"', () => {
    expect(cic(review(inCare('2026-12-18'), '2026-12-18'))).toEqual([
      { kind: 'cic_review', date: '2027-01-20', rule: 'cic-first-review', reason: 'First Child in Care review within 20 working days of entering care (18/12/2026)' },
    ]);
  });

  it('second review: 3 months after the first one held, not after entering care — "following by a second review within 3 months"', () => {
    // Entered 01/09; the first review was held late, on 20/10: the second counts from then.
    expect(cic(review(inCare('2026-09-01', [{ date: '2026-10-20', ordinal: 1 }])))).toEqual([
      {
        kind: 'cic_review',
        date: '2027-01-20',
        rule: 'cic-second-review',
        reason: 'Second Child in Care review within 3 months of the first (20/10/2026): the permanence plan is due by then',
      },
    ]);
  });

  it('later reviews: 6 months after the previous one held — "and then subsequent reviews being 6 monthly"', () => {
    const r = review(inCare('2025-01-10', [{ date: '2025-02-05', ordinal: 1 }, { date: '2025-05-01', ordinal: 2 }, { date: '2025-10-28', ordinal: 3 }, { date: '2026-06-02', ordinal: 4 }]));
    expect(cic(r)).toEqual([{ kind: 'cic_review', date: '2026-12-02', rule: 'cic-later-review', reason: 'Child in Care review within 6 months of the last (02/06/2026)' }]);
  });

  it('can be overdue: a second review held in May leaves the next one overdue in November — "then subsequent reviews being 6 monthly"', () => {
    const r = review(inCare('2025-11-03', [{ date: '2026-05-12', ordinal: 2 }]));
    expect(dueFor(r, 'cic-later-review')?.date).toBe('2026-11-12');
    expect(flagFor(r, 'cic-review-overdue')).toEqual({
      rule: 'cic-review-overdue',
      severity: 'alert',
      message: 'Overdue since 12/11/2026: Child in Care review within 6 months of the last (12/05/2026)',
    });
    // Recording the review that was due clears it and starts the next six months.
    const held = review(inCare('2025-11-03', [{ date: '2026-05-12', ordinal: 2 }, { date: '2026-11-20', ordinal: 3 }]));
    expect(flagFor(held, 'cic-review-overdue')).toBeNull();
    expect(dueFor(held, 'cic-later-review')?.date).toBe('2027-05-20');
  });

  it('a first review never held is overdue, not skipped — "the initial review will be within 20 working days"', () => {
    const r = review(inCare('2026-09-01'));
    expect(dueFor(r, 'cic-first-review')?.date).toBe('2026-09-29');
    expect(flagFor(r, 'cic-review-overdue')?.message).toBe('Overdue since 29/09/2026: First Child in Care review within 20 working days of entering care (01/09/2026)');
  });

  it('counts only reviews of this episode of care, and none recorded for a day still to come — "within 20 working days of the child being in care"', () => {
    const r = review(inCare('2026-10-05', [{ date: '2025-03-01', ordinal: 2 }, { date: '2026-12-01', ordinal: 1 }]));
    expect(cic(r)[0]).toMatchObject({ rule: 'cic-first-review', date: '2026-11-02' });
  });

  it('only for children in care — "An IRO will be appointed to each child ... coming in care"', () => {
    expect(cic(review(child({ legalStatus: 'pre_proceedings', dateEnteredCare: '2026-11-20' }), '2026-11-20'))).toEqual([]);
    expect(cic(review(child({ legalStatus: 'care_order', dateEnteredCare: null })))).toEqual([]);
  });

  it('takes the timetable from the settings — "20 working days ... 3 months ... 6 monthly" are the statutory defaults', () => {
    const settings = { ...S, firstCicReviewWorkingDays: 10, secondCicReviewMonths: 2, laterCicReviewMonths: 4 };
    expect(cic(review(inCare('2026-11-20'), '2026-11-20', settings))[0]).toMatchObject({ date: '2026-12-04', reason: expect.stringContaining('within 10 working days') });
    expect(cic(review(inCare('2026-10-15', [{ date: '2026-11-02', ordinal: 1 }]), TODAY, settings))[0]).toMatchObject({ date: '2027-01-02', reason: expect.stringContaining('within 2 months of the first') });
    expect(cic(review(inCare('2026-01-15', [{ date: '2026-06-15', ordinal: 2 }]), TODAY, settings))[0]).toMatchObject({ date: '2026-10-15', reason: expect.stringContaining('within 4 months of the last') });
  });

  describe('over random histories (property)', () => {
    const history = fc
      .record({
        entered: isoDate(new Date(2015, 0, 1), new Date(2026, 10, 1)),
        gaps: fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 8 }),
        firstOrdinal: fc.integer({ min: 1, max: 4 }),
        today: fc.integer({ min: 0, max: 4000 }),
      })
      .map(({ entered, gaps, firstOrdinal, today }) => {
        const reviews: { date: IsoDate; ordinal: number }[] = [];
        let date = entered;
        for (const [i, gap] of gaps.entries()) {
          date = addDaysIso(date, gap);
          reviews.push({ date, ordinal: firstOrdinal + i });
        }
        const last = reviews[reviews.length - 1]?.date ?? entered;
        return { entered, reviews, today: addDaysIso(last, today) };
      });

    it('the next review is never before the last one held, and never more than the rule’s interval after it — "within 3 months ... 6 monthly"', () => {
      fc.assert(
        fc.property(history, ({ entered, reviews, today }) => {
          const next = cic(review(inCare(entered, reviews), today));
          if (next.length !== 1) return false;
          const last = reviews[reviews.length - 1];
          if (!last) return next[0]!.date === addWorkingDays(entered, S.firstCicReviewWorkingDays, H);
          const months = last.ordinal === 1 ? S.secondCicReviewMonths : S.laterCicReviewMonths;
          return next[0]!.date > last.date && next[0]!.date <= addMonthsIso(last.date, months);
        }),
      );
    });

    it('is overdue exactly when its date has passed — "a review can be overdue"', () => {
      fc.assert(
        fc.property(history, ({ entered, reviews, today }) => {
          const r = review(inCare(entered, reviews), today);
          const next = cic(r)[0]!;
          return (flagFor(r, 'cic-review-overdue') !== null) === next.date < today;
        }),
      );
    });

    it('recording the review that is due never brings the next one sooner — "the next one counts from the last one held"', () => {
      fc.assert(
        fc.property(history, fc.integer({ min: 0, max: 60 }), ({ entered, reviews, today }, late) => {
          const before = cic(review(inCare(entered, reviews), today))[0]!;
          const heldOn = addDaysIso(before.date, late);
          const ordinal = (reviews[reviews.length - 1]?.ordinal ?? 0) + 1;
          const after = cic(review(inCare(entered, [...reviews, { date: heldOn, ordinal }]), heldOn))[0]!;
          return after.date > before.date && after.date > heldOn;
        }),
      );
    });
  });
});

describe('IRO appointment: "An IRO will be appointed to each child within 5 working days of the child coming in care"', () => {
  const entered = (date: IsoDate, iroRecorded = false) => child({ legalStatus: 'interim_care_order', dateEnteredCare: date, plan: { primary: 'adoption', parallel: [] }, iroRecorded });

  it('is due 5 working days after entering care, skipping Christmas Day and the Boxing Day substitute — "within 5 working days"', () => {
    expect(dueFor(review(entered('2026-12-18'), '2026-12-18'), 'iro-appointed')).toEqual({
      kind: 'cic_review',
      date: '2026-12-29',
      rule: 'iro-appointed',
      reason: 'IRO to be appointed within 5 working days of entering care (18/12/2026)',
    });
  });

  it('is overdue once the deadline passes with no IRO recorded, and gone once one is — "An IRO will be appointed to each child"', () => {
    const late = review(entered('2026-12-18'), '2026-12-30');
    expect(dueFor(late, 'iro-appointed')?.date).toBe('2026-12-29');
    expect(flagFor(late, 'iro-overdue')).toEqual({ rule: 'iro-overdue', severity: 'alert', message: 'No IRO recorded: one was to be appointed by 29/12/2026' });
    const recorded = review(entered('2026-12-18', true), '2026-12-30');
    expect(dueFor(recorded, 'iro-appointed')).toBeNull();
    expect(flagFor(recorded, 'iro-overdue')).toBeNull();
  });
});

describe('permanence plan by the second review: "a child / young person must have a Permanence Plan ... by their second statutory Child in Care Review"', () => {
  const noPlan = (entered: IsoDate, reviews: { date: IsoDate; ordinal: number }[]) => child({ legalStatus: 'interim_care_order', dateEnteredCare: entered, iroRecorded: true, cicReviews: reviews });

  it('counts the second review from the first one held — "by their second statutory Child in Care Review"', () => {
    expect(flagFor(review(noPlan('2026-09-01', [{ date: '2026-10-20', ordinal: 1 }])), 'permanence-plan-due')).toEqual({
      rule: 'permanence-plan-due',
      severity: 'warning',
      message: 'A permanence plan is due by the second Child in Care review on 20/01/2027',
    });
  });

  it('alerts once the second review has been held without a plan — "at the latest ... by their second statutory Child in Care Review"', () => {
    expect(flagFor(review(noPlan('2026-05-01', [{ date: '2026-05-28', ordinal: 1 }, { date: '2026-08-20', ordinal: 2 }])), 'permanence-plan-due')).toMatchObject({
      severity: 'alert',
      message: 'A permanence plan was due by the second Child in Care review, held on 20/08/2026',
    });
  });
});

describe('the 4- and 14-week panels count only inside their windows: "attend Permanence Panel 4 weeks from the Legal Gateway Panel taking place and again at 14 weeks"', () => {
  // Decision to issue on Monday 07/09/2026: 4 weeks is 05/10, 14 weeks is 14/12.
  const issued = (panels: IsoDate[]) =>
    child({
      legalStatus: 'interim_care_order',
      dateEnteredCare: '2026-09-10',
      plan: { primary: 'adoption', parallel: [] },
      iroRecorded: true,
      keyDates: [{ type: 'lgp', date: '2026-09-07', decision: 'issue_proceedings' }],
      meetings: panels.map((date) => ({ kind: 'pp' as const, date })),
    });

  it('a panel four days after the decision discharges neither — "4 weeks from the Legal Gateway Panel taking place"', () => {
    const r = review(issued(['2026-09-11']), '2026-09-14');
    expect(dueFor(r, 'pp-after-issue')).toEqual({ kind: 'pp', date: '2026-10-05', rule: 'pp-after-issue', reason: 'Permanence Panel 4 weeks after the Legal Gateway decision to issue (07/09/2026)' });
  });

  it('a panel inside the window (from 2 weeks after the decision) is the 4-week one, and the 14-week one is due next — "and again at 14 weeks"', () => {
    const r = review(issued(['2026-09-24']), '2026-09-28');
    expect(dueFor(r, 'pp-after-issue')).toMatchObject({ date: '2026-12-14', reason: 'Permanence Panel 14 weeks after the Legal Gateway decision to issue (07/09/2026)' });
  });

  it('each panel counts once: two in the 4-week window leave the 14-week one due — "4 weeks ... and again at 14 weeks"', () => {
    expect(dueFor(review(issued(['2026-09-24', '2026-10-08'])), 'pp-after-issue')?.date).toBe('2026-12-14');
  });

  it('a window that closes with no panel is reported missed, and the 14-week one is due — "early identification of any barriers or issues that could cause delays"', () => {
    // The 4-week window runs 21/09 to 02/11; the only panel, 09/11, is in neither window.
    const r = review(issued(['2026-09-11', '2026-11-09']));
    expect(flagFor(r, 'pp-after-issue-missed')).toEqual({
      rule: 'pp-after-issue-missed',
      severity: 'warning',
      message: 'No Permanence Panel between 21/09/2026 and 02/11/2026 for the 4-week review after the decision to issue (07/09/2026)',
    });
    expect(dueFor(r, 'pp-after-issue')?.date).toBe('2026-12-14');
  });

  it('an overdue 4-week panel stays due (overdue) while its window is open — "attend Permanence Panel 4 weeks from the Legal Gateway Panel"', () => {
    const r = review(issued([]), '2026-10-20');
    expect(dueFor(r, 'pp-after-issue')?.date).toBe('2026-10-05');
    expect(flagFor(r, 'pp-after-issue-missed')).toBeNull();
  });

  it('both held in their windows: nothing more is due — "4 weeks ... and again at 14 weeks"', () => {
    const r = review(issued(['2026-10-01', '2026-12-10']), '2026-12-20');
    expect(dueFor(r, 'pp-after-issue')).toBeNull();
    expect(flagFor(r, 'pp-after-issue-missed')).toBeNull();
  });

  it('takes the windows from the settings — Walsall’s "4 weeks ... 14 weeks" with a window of 2 weeks before and 4 after by default', () => {
    const wide = { ...S, ppWindowWeeksBefore: 4 };
    expect(dueFor(review(issued(['2026-09-11']), '2026-09-14', wide), 'pp-after-issue')?.date).toBe('2026-12-14');
    const strict = { ...S, ppWindowWeeksBefore: 0, ppWindowWeeksAfter: 1 };
    expect(dueFor(review(issued(['2026-09-24']), '2026-09-28', strict), 'pp-after-issue')?.date).toBe('2026-10-05');
  });

  it('a panel counts as the 4-week one exactly inside its window (property) — "a panel a few days after the LGP does not discharge either"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }), (days, before, after) => {
        const panel = addDaysIso('2026-09-07', days);
        const settings = { ...S, ppWindowWeeksBefore: before, ppWindowWeeksAfter: after };
        const r = review(issued([panel]), panel, settings);
        const want =
          days >= (4 - before) * 7 && days <= (4 + after) * 7
            ? '2026-12-14' // the 4-week one: the 14-week one is next
            : days < (4 - before) * 7
              ? '2026-10-05' // too early for either: the 4-week one is still due
              : days >= (14 - before) * 7
                ? null // the 14-week one (the 4-week window closed without a panel)
                : '2026-12-14'; // in neither window: the 4-week one was missed
        return (dueFor(r, 'pp-after-issue')?.date ?? null) === want;
      }),
    );
  });
});

describe('yearly Care Planning Meetings: "Yearly CPMs apply only once long-term fostering is the ratified plan and is not rated red; a red plan always keeps the 6-weekly CPM"', () => {
  const ltf = (over: Partial<ChildReviewState> = {}, plan: Partial<NonNullable<ChildReviewState['plan']>> = {}) =>
    child({
      legalStatus: 'care_order',
      dateEnteredCare: '2023-05-15',
      iroRecorded: true,
      plan: { primary: 'long_term_fostering', parallel: [], optionsSince: '2025-01-10', changedOption: true, ...plan },
      meetings: [{ kind: 'cpm', date: '2026-10-12' }],
      ...over,
    });

  it('goes yearly once long-term fostering is ratified and the plan is not red — "every 12 months once permanence is long-term fostering"', () => {
    const r = review(ltf({}, { ratifiedOn: '2025-02-01' }));
    expect(dueFor(r, 'cpm-6-weekly')).toBeNull();
    expect(dueFor(r, 'cpm-ltf-yearly')).toEqual({ kind: 'cpm', date: '2027-10-12', rule: 'cpm-ltf-yearly', reason: 'Long-term fostering ratified under a care order: Care Planning Meeting every 12 months' });
  });

  it('a Child in Care review held since the option was agreed ratifies it — "A change of option is ratified at a Child in Care review"', () => {
    expect(dueFor(review(ltf({ cicReviews: [{ date: '2025-03-01', ordinal: 4 }] })), 'cpm-ltf-yearly')?.date).toBe('2027-10-12');
    // A review before the option was agreed ratified an earlier plan, not this one.
    expect(dueFor(review(ltf({ cicReviews: [{ date: '2024-12-01', ordinal: 3 }] })), 'cpm-6-weekly')?.date).toBe('2026-11-23');
  });

  it('keeps the 6-weekly meeting while long-term fostering is not ratified, and marks the change — "to be ratified at the next Child in Care review"', () => {
    const r = review(ltf());
    expect(dueFor(r, 'cpm-6-weekly')?.date).toBe('2026-11-23');
    expect(flagFor(r, 'plan-to-be-ratified')).toEqual({
      rule: 'plan-to-be-ratified',
      severity: 'warning',
      message: 'Plan changed to Staying Put / Long-Term Fostering on 10/01/2025: to be ratified at the next Child in Care review',
    });
  });

  it('a red plan keeps the 6-weekly meeting however settled — "a red plan always keeps the 6-weekly CPM (and the 4-weekly panel)"', () => {
    const r = review(ltf({ ratings: [{ date: '2026-10-12', rating: 'red' }] }, { ratifiedOn: '2025-02-01' }));
    expect(dueFor(r, 'cpm-ltf-yearly')).toBeNull();
    expect(dueFor(r, 'cpm-6-weekly')?.date).toBe('2026-11-23');
    expect(dueFor(r, 'pp-red-4-weekly')?.date).toBe('2026-11-09');
    // No longer red: back to yearly.
    expect(dueFor(review(ltf({ ratings: [{ date: '2026-09-01', rating: 'red' }, { date: '2026-10-12', rating: 'amber' }] }, { ratifiedOn: '2025-02-01' })), 'cpm-ltf-yearly')).not.toBeNull();
  });

  it('stays 6-weekly without a care order, or while long-term fostering is only a parallel plan — "once permanence is long-term fostering"', () => {
    expect(dueFor(review(ltf({ legalStatus: 'interim_care_order' }, { ratifiedOn: '2025-02-01' })), 'cpm-6-weekly')).not.toBeNull();
    expect(dueFor(review(ltf({}, { primary: 'reunification', parallel: ['long_term_fostering'], ratifiedOn: '2025-02-01' })), 'cpm-6-weekly')).not.toBeNull();
  });

  it('takes its interval from the settings — "every 12 months" is Dorset’s number', () => {
    expect(dueFor(review(ltf({}, { ratifiedOn: '2025-02-01' }), TODAY, { ...S, ltfReviewMonths: 6 }), 'cpm-ltf-yearly')?.date).toBe('2027-04-12');
  });
});

describe('no child left without a panel: "a child whose team has no turn on any panel rota is shown as such (on the tracker and the rota), never silently left out"', () => {
  const red = (panelTurn?: ChildReviewState['panelTurn']) =>
    child({ legalStatus: 'care_order', dateEnteredCare: '2024-01-08', iroRecorded: true, plan: { primary: 'adoption', parallel: [] }, ratings: [{ date: '2026-11-02', rating: 'red' }], panelTurn });

  it('flags a child due at Permanence Panel whose team has no turn — "Every child due must have somewhere to go"', () => {
    expect(flagFor(review(red({ pp: false })), 'no-panel-turn')).toEqual({
      rule: 'no-panel-turn',
      severity: 'alert',
      message: 'Due at Permanence Panel by 30/11/2026, but the child’s team has no turn on any Permanence Panel rota: add the team to a rota, or add the child to an agenda by hand',
    });
  });

  it('says nothing when the team has a turn, when the rota is not known, or when nothing is due at panel — "never silently left out"', () => {
    expect(flagFor(review(red({ pp: true })), 'no-panel-turn')).toBeNull();
    expect(flagFor(review(red()), 'no-panel-turn')).toBeNull();
    const green = child({ legalStatus: 'care_order', dateEnteredCare: '2024-01-08', plan: { primary: 'adoption', parallel: [] }, ratings: [{ date: '2026-11-02', rating: 'green' }], panelTurn: { pp: false } });
    expect(flagFor(review(green), 'no-panel-turn')).toBeNull();
  });
});

describe('outcomes and escalation on the record: "The tracker and the child’s page flag a plan that differs from the latest meeting’s agreed plan"', () => {
  const base = (over: Partial<ChildReviewState> = {}) =>
    child({ legalStatus: 'interim_care_order', dateEnteredCare: '2026-05-01', iroRecorded: true, plan: { primary: 'adoption', parallel: ['special_guardianship'], legalOrderSought: 'placement_order' }, ...over });

  it('flags a plan that differs from what the latest Care Planning Meeting agreed — "Outcomes flow into the child’s record"', () => {
    const r = review(base({ agreedPlan: { date: '2026-11-16', primary: 'reunification', parallel: [], legalOrderSought: null } }));
    expect(flagFor(r, 'plan-differs')).toEqual({
      rule: 'plan-differs',
      severity: 'alert',
      message: 'The plan on record differs from the Care Planning Meeting of 16/11/2026, which agreed primary Reunification, parallel none',
    });
  });

  it('is quiet when they agree, whatever the order of the parallel options — "after the person confirms the listed changes"', () => {
    const same = base({ plan: { primary: 'adoption', parallel: ['special_guardianship', 'reunification'] }, agreedPlan: { date: '2026-11-16', primary: 'adoption', parallel: ['reunification', 'special_guardianship'], legalOrderSought: null } });
    expect(flagFor(review(same), 'plan-differs')).toBeNull();
  });

  it('shows an open escalation to the Group Manager — "a team manager can escalate a child to the Group Manager with a reason"', () => {
    expect(flagFor(review(base({ escalation: { date: '2026-11-20', reason: 'PAMS assessor unavailable for 8 weeks' } })), 'escalated')?.message).toBe(
      'Escalated to the Group Manager on 20/11/2026: PAMS assessor unavailable for 8 weeks',
    );
  });
});
