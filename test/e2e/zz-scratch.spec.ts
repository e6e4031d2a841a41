import type { APIRequestContext } from '@playwright/test';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { addDaysIso, formatUkDate, isWeekend, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { api } from './api';
import { expect, expectNoAxeViolations, test, type PreviewApp } from './fixtures';

/** Words no other minutes contain, so a search for them can only find the one item. */
const PHRASE = 'kinship carers in Llandudno';

/**
 * Two weekly Permanence Panels of North Team, a few weeks ago: the first held and closed
 * with minutes, a rating and three actions; the second (a week later) running, with Ava
 * first, Ben next and Cal last.
 */
async function seedPanels(request: APIRequestContext, app: PreviewApp) {
  const call = <P extends ProcedureName>(name: P, input?: ProcedureInput<P>) => api(request, app, name, input);
  const today = todayIso();
  const north = await call('teams.create', { name: 'North Team' });
  const chair = await call('people.create', { name: 'Hana Head', role: 'chair' });
  const sam = await call('people.create', { name: 'Sam Worker', role: 'social_worker', teamId: north.id });
  await call('people.create', { name: 'Pat Coordinator', role: 'permanence_coordinator' });
  const enteredCare = addDaysIso(today, -300);
  const child = (caseRef: string, firstName: string, lastName: string) =>
    call('children.create', { caseRef, firstName, lastName, legalStatus: 'care_order', teamId: north.id, socialWorkerId: sam.id, dateEnteredCare: enteredCare });
  const ava = await child('N101', 'Ava', 'Ashdown');
  const ben = await child('N102', 'Ben', 'Brightwater');
  const cal = await child('N103', 'Cal', 'Carrow');
  await call('ratings.create', { childId: ava.id, rating: 'red', reason: 'Parenting assessment delayed by the court', ratedOn: addDaysIso(today, -60) });

  // A weekday about five weeks ago, so actions can fall due (and overdue) after the meeting.
  let start = addDaysIso(today, -35);
  while (isWeekend(start)) start = addDaysIso(start, -1);
  const pp = (await call('meetingTypes.list')).find((t) => t.code === 'pp')!;
  const series = await call('series.create', {
    typeId: pp.id,
    name: 'Permanence Panel (North)',
    weekday: weekdayIndex(start),
    interval: 'weekly',
    startsOn: start,
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: chair.id,
    holidayRule: 'move',
    rotation: [north.id],
  });
  const held = (await call('rota.view', { seriesId: series.id, from: start, to: today })).occurrences.filter((o) => o.status === 'scheduled');
  expect(held.length).toBeGreaterThanOrEqual(2);

  async function prepare(key: string) {
    let detail = await call('meetings.prepare', { seriesId: series.id, key });
    for (const c of [ava, ben, cal]) {
      if (!detail.items.some((i) => i.children.some((k) => k.id === c.id))) detail = await call('agenda.add', { meetingId: detail.meeting.id, childId: c.id });
    }
    const itemOf = (childId: number) => detail.items.find((i) => i.children.some((k) => k.id === childId))!.id;
    return { detail, avaItem: itemOf(ava.id), benItem: itemOf(ben.id), calItem: itemOf(cal.id) };
  }

  // The first panel: minutes, a rating, three actions, then closed.
  const first = await prepare(held[0]!.key);
  const firstId = first.detail.meeting.id;
  await call('meetings.start', { id: firstId });
  await call('minutes.save', { itemId: first.avaItem, field: 'discussion', value: `The panel heard that the ${PHRASE} are ready to be assessed.` });
  await call('minutes.rate', { itemId: first.avaItem, childId: ava.id, rating: 'amber', reason: 'Assessment of the aunt is under way' });
  const meetingDate = first.detail.meeting.date;
  const overdueAction = await call('actions.create', { itemId: first.avaItem, text: 'Book the viability assessment of the aunt', ownerId: sam.id, dueOn: addDaysIso(meetingDate, 7) });
  const typedAction = await call('actions.create', { itemId: first.benItem, text: 'Send the later life letter to the adopters', ownerName: 'Olu Visitor', dueOn: addDaysIso(today, 14) });
  const laterAction = await call('actions.create', { itemId: first.calItem, text: 'Update the chronology before court', ownerId: sam.id, dueOn: addDaysIso(today, 30) });
  await call('meetings.close', { id: firstId });

  // The second panel, running now; the room starts on its first item.
  const second = await prepare(held[1]!.key);
  await call('meetings.start', { id: second.detail.meeting.id });
  await call('meetings.setCurrentItem', { meetingId: second.detail.meeting.id, itemId: second.avaItem });

  return { today, north, sam, ava, ben, cal, first: { ...first, id: firstId, date: meetingDate }, second: { ...second, id: second.detail.meeting.id }, overdueAction, typedAction, laterAction };
}


test('scratch screenshots', async ({ page, app, request }) => {
  const seed = await seedPanels(request, app);
  // many extra actions for paging
  for (let i = 0; i < 5; i++) await api(request, app, 'actions.create', { itemId: seed.second.avaItem, text: `Extra action number ${i} with a somewhat longer description to see wrapping in the table`, ownerName: 'Someone Else', dueOn: seed.today });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url + '#/actions');
  await page.locator('table.actions__table').waitFor();
  await page.screenshot({ path: '/tmp/shot-actions.png', fullPage: true });
  await page.locator('tr.actions__row').first().getByRole('button', { name: /^Update/ }).click();
  await page.screenshot({ path: '/tmp/shot-actions-update.png', fullPage: false });
  await page.keyboard.press('Escape');
  await page.locator('tr.actions__row').first().getByRole('button', { name: /^History/ }).click();
  await page.locator('.actions__history').waitFor();
  await page.screenshot({ path: '/tmp/shot-actions-history.png', fullPage: false });
  await page.goto(app.url + '#/actions?child=' + seed.ben.id);
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shot-actions-child.png', fullPage: false });
  await page.goto(app.url + '#/search?q=Llandudno');
  await page.locator('.search-hit').first().waitFor();
  await page.screenshot({ path: '/tmp/shot-search.png', fullPage: true });
  await page.goto(app.url + '#/search?q=Ashdown');
  await page.locator('.search-hit').first().waitFor();
  await page.screenshot({ path: '/tmp/shot-search2.png', fullPage: true });
  await page.goto(app.url + `#/meetings/${seed.second.id}/chair`);
  await page.locator('.chair-child').first().waitFor();
  await page.screenshot({ path: '/tmp/shot-chair.png', fullPage: false });
  await page.screenshot({ path: '/tmp/shot-chair-full.png', fullPage: true });
});
