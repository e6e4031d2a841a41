import { describe, expect, it } from 'vitest';
import { actionFromPlanRow, datesInTimescale } from '../../shared/minutes/plan-row-action';

const people = [
  { id: 1, name: 'Kofi Worker' },
  { id: 2, name: 'Angie Family-Support' },
  { id: 3, name: 'Sam Social' },
];

describe('a tracked action drafted from a row of the SMART plan', () => {
  it('reads the dates Newham’s timescales give, a day and month without a year being the next to come', () => {
    expect(datesInTimescale('Within 6 weeks by 14th February', '2027-01-06')).toEqual(['2027-02-14', '2027-02-17']);
    expect(datesInTimescale('Within 4 weeks by the 1st February', '2026-11-24')).toEqual(['2027-02-01', '2026-12-22']);
    expect(datesInTimescale('Chase by 01/12/2026; assessment by 31/01/2027', '2026-11-17')).toEqual(['2026-12-01', '2027-01-31']);
    expect(datesInTimescale('Within 10 days', '2026-11-17')).toEqual(['2026-11-27']);
    expect(datesInTimescale('Within 3 months, by 1 March 2027', '2026-11-17')).toEqual(['2027-03-01', '2027-02-17']);
    // Not dates: weeks and days without "within", impossible days, words that are not months.
    expect(datesInTimescale('Every 4 weeks; 31/02/2027; 6 mayors', '2026-11-17')).toEqual([]);
  });

  it('takes the row’s actions, the one person “By whom” names, and the soonest date, without retyping', () => {
    const row = { outcome: 'Damian has a permanent carer', actions: 'Progress the viability assessment of Lisa Brown', byWhom: 'Kofi Worker', timescale: 'Within 6 weeks by 14th February Within 10 days by 20th January' };
    expect(actionFromPlanRow(row, { meetingDate: '2027-01-06', people })).toEqual({ text: row.actions, ownerId: 1, ownerName: null, dueOn: '2027-01-16' });
  });

  it('reads “social worker” as the child’s own, keeps any other “By whom” as typed, and leaves the date to the person when the timescale gives none', () => {
    const row = { outcome: 'Rowan is matched', actions: '', byWhom: 'Social Worker\nFostering Worker', timescale: 'Ongoing' };
    expect(actionFromPlanRow(row, { meetingDate: '2026-11-17', people, socialWorkerName: 'Sam Social' })).toEqual({ text: 'Rowan is matched', ownerId: 3, ownerName: null, dueOn: null });
    expect(actionFromPlanRow({ ...row, byWhom: 'Angie and Drugs worker' }, { meetingDate: '2026-11-17', people })).toMatchObject({ ownerId: null, ownerName: 'Angie and Drugs worker' });
    // Two people named: the person chooses.
    expect(actionFromPlanRow({ ...row, byWhom: 'Kofi Worker and Sam Social' }, { meetingDate: '2026-11-17', people })).toMatchObject({ ownerId: null, ownerName: 'Kofi Worker and Sam Social' });
    // A date before the meeting is never a due date.
    expect(actionFromPlanRow({ ...row, timescale: 'by 01/10/2026' }, { meetingDate: '2026-11-17', people }).dueOn).toBeNull();
  });
});
