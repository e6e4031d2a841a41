import type { APIRequestContext } from '@playwright/test';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addWeeksIso, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { isWorkingDay } from '../../shared/domain/working-days';
import { api } from './api';
import { expect, expectNoAxeViolations, test, type PreviewApp } from './fixtures';

/** Today, or the last working day before it: panels meet on working days, and minutes cannot be approved before the meeting. */
function lastWorkingDay(): string {
  let date = todayIso();
  while (!isWorkingDay(date, ENGLAND_WALES_HOLIDAY_SET)) date = addDaysIso(date, -1);
  return date;
}

/** A weekly Permanence Panel for one team, with three red-rated children due at its latest date (today or just before); that date prepared. */
async function seedPanel(request: APIRequestContext, app: PreviewApp) {
  const today = todayIso();
  const panelDay = lastWorkingDay();
  const team = await api(request, app, 'teams.create', { name: 'North Team' });
  const chair = await api(request, app, 'people.create', { name: 'Hana Head', role: 'chair' });
  const sw = await api(request, app, 'people.create', { name: 'Sam Worker', role: 'social_worker', teamId: team.id });
  await api(request, app, 'people.create', { name: 'Tariq Manager', role: 'team_manager', teamId: team.id });
  await api(request, app, 'people.create', { name: 'Iris Reviewer', role: 'iro' });
  await api(request, app, 'people.create', { name: 'Bea Support', role: 'business_support' });
  await api(request, app, 'people.create', { name: 'Lee Legal', role: 'legal_adviser' });
  const enteredCare = addWeeksIso(today, -40);
  const children = [];
  for (const [ref, first, last] of [
    ['N101', 'Ava', 'Ashby'],
    ['N102', 'Ben', 'Brook'],
    ['N103', 'Cara', 'Cole'],
  ] as const) {
    const child = await api(request, app, 'children.create', { caseRef: ref, firstName: first, lastName: last, legalStatus: 'care_order', teamId: team.id, socialWorkerId: sw.id, dateEnteredCare: enteredCare });
    // Red 4 weeks ago: due back at panel today (every 4 weeks while red).
    await api(request, app, 'ratings.create', { childId: child.id, rating: 'red', reason: 'Drift in the plan', ratedOn: addDaysIso(today, -28) });
    children.push(child);
  }
  const types = await api(request, app, 'meetingTypes.list', {});
  const pp = types.find((t) => t.code === 'pp')!;
  const series = await api(request, app, 'series.create', {
    typeId: pp.id,
    name: 'Permanence Panel (weekly)',
    weekday: weekdayIndex(panelDay),
    interval: 'weekly',
    startsOn: panelDay,
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: chair.id,
    holidayRule: 'skip',
    rotation: [team.id],
  });
  const rota = await api(request, app, 'rota.view', { seriesId: series.id, from: panelDay, to: addWeeksIso(panelDay, 3) });
  const held = rota.occurrences.filter((o) => o.status === 'scheduled');
  const first = await api(request, app, 'meetings.prepare', { seriesId: series.id, key: held[0]!.key });
  return { today, panelDay, team, chair, children, series, held, first };
}

test.describe('Live minutes', () => {
  test('scratch look', async ({ page, app, request }) => {
    const { first } = await seedPanel(request, app);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.url}#/meetings/${first.meeting.id}`);
    await expect(page.getByRole('button', { name: 'Start the meeting' })).toBeVisible();
    await page.screenshot({ path: '/tmp/shots/1-agenda.png' });
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await expect(page.getByText('Status:')).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/shots/2-workspace.png' });
    await page.screenshot({ path: '/tmp/shots/3-full.png', fullPage: true });
    await expectNoAxeViolations(page);
  });
});
