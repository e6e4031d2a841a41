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
  await call('minutes.save', { itemId: first.avaItem, field: 'discussion', value: `The panel heard that the ${PHRASE} are ready to be assessed.`, version: 0 });
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

test.describe('Actions, search and the chair’s view', () => {
  test('the actions page filters by owner, typed owner, overdue and child; progress, completion and history', async ({ page, app, request }) => {
    const seed = await seedPanels(request, app);
    await page.goto(app.url + '#/actions');
    await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
    const rows = page.locator('table.actions__table tbody tr.actions__row');
    await expect(page.locator('#actions-count')).toHaveText('3 open actions.');
    await expect(rows).toHaveCount(3);
    // Soonest due first; lateness in words.
    await expect(rows.nth(0)).toContainText('Book the viability assessment of the aunt');
    await expect(rows.nth(0)).toContainText(/Overdue by \d+ days/);
    await expect(rows.nth(0)).toContainText(`Permanence Panel, ${formatUkDate(seed.first.date)}`);
    await expect(rows.nth(0).getByRole('link', { name: 'Ava Ashdown' })).toHaveAttribute('href', `#/children/${seed.ava.id}`);
    await expectNoAxeViolations(page);

    // By owner (from the people list): the address keeps the filter.
    await page.getByLabel('Owner', { exact: true }).fill('Sam W');
    await page.getByLabel('Owner', { exact: true }).press('Enter');
    await expect(rows).toHaveCount(2);
    await expect(page.locator('#actions-count')).toHaveText('2 open actions matching these filters.');
    expect(page.url()).toContain(`owner=${seed.sam.id}`);
    await page.getByLabel('Overdue only').check();
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText('Book the viability assessment of the aunt');

    // A typed owner.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows).toHaveCount(3);
    await page.getByLabel('Owner’s name, typed').fill('Olu');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText('Send the later life letter to the adopters');
    await expect(rows.nth(0)).toContainText('Olu Visitor');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows).toHaveCount(3);

    // Progress, from the keyboard: the form takes focus, and focus comes back to the row's button.
    const overdue = rows.filter({ hasText: 'Book the viability assessment of the aunt' });
    await overdue.getByRole('button', { name: /^Update/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Progress note')).toBeFocused();
    await page.getByRole('button', { name: 'Save progress' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Write the progress note.' })).toBeVisible();
    await page.getByLabel('Progress note').fill('Called the aunt: a visit is booked for next week.');
    await page.getByRole('group', { name: 'Progress RAG' }).getByRole('radio', { name: 'Amber' }).check();
    await page.getByRole('group', { name: 'Impact RAG' }).getByRole('radio', { name: 'Red' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Progress noted on “Book the viability assessment of the aunt”.' })).toBeVisible();
    await expect(overdue).toContainText('Amber');
    await expect(overdue).toContainText('Called the aunt: a visit is booked for next week.');
    await expect(overdue.getByRole('button', { name: /^Update/ })).toBeFocused();
    // Shropshire's Impact RAG beside the progress RAG, and the coordinator can filter by either.
    await expect(overdue).toContainText('Impact Red');
    await page.getByLabel('Impact RAG').selectOption({ label: 'Green' });
    await expect(overdue).toHaveCount(0);
    await page.getByLabel('Impact RAG').selectOption({ label: 'Red' });
    await expect(overdue).toHaveCount(1);
    await page.getByLabel('Impact RAG').selectOption({ label: 'Any' });

    // Complete, on today's date by default.
    await overdue.getByRole('button', { name: /^Complete/ }).click();
    await expect(page.getByLabel('Date completed')).toHaveValue(formatUkDate(seed.today));
    await page.getByLabel('Note').fill('Visit made; assessment started.');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByRole('status').filter({ hasText: `marked done on ${formatUkDate(seed.today)}` })).toBeVisible();
    await expect(overdue).toContainText(`Done on ${formatUkDate(seed.today)}`);
    await expect(overdue).not.toContainText('Overdue');
    await expect(overdue.getByRole('button', { name: /^Reopen/ })).toBeFocused();

    // The history lists what happened, in order.
    await overdue.getByRole('button', { name: /^History/ }).click();
    const history = page.locator('.actions__history li');
    await expect(history).toHaveCount(3);
    await expect(history.nth(0)).toContainText('Agreed');
    await expect(history.nth(1)).toContainText('Progress noted');
    await expect(history.nth(1)).toContainText('Called the aunt');
    await expect(history.nth(2)).toContainText('Completed');
    await expect(history.nth(2)).toContainText('Visit made; assessment started.');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(history).toHaveCount(0);
    await expect(overdue.getByRole('button', { name: /^History/ })).toBeFocused();

    // Reopen puts it back in the open list.
    await overdue.getByRole('button', { name: /^Reopen/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'reopened' })).toBeVisible();
    await expect(overdue).toContainText(/Overdue by \d+ days/);

    // A link can open one child's actions, of every status.
    await page.goto(app.url + `#/actions?child=${seed.ben.id}&status=all`);
    await expect(page.getByText('Ben Brightwater (N102)')).toBeVisible();
    await expect(page.getByLabel('Status')).toHaveValue('all');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText('Send the later life letter to the adopters');
    await page.getByRole('button', { name: /Show every child/ }).click();
    await expect(page.getByLabel('Child')).toBeFocused();
    await expect(rows).toHaveCount(3);
    // ...and the child can be chosen by searching.
    await page.getByLabel('Child').fill('Carr');
    await page.getByRole('button', { name: /Cal Carrow/ }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText('Update the chronology before court');
    expect(page.url()).toContain(`child=${seed.cal.id}`);
    await expectNoAxeViolations(page);
  });

  test('search finds words in the minutes and a child’s surname, and opens the meeting at the item', async ({ page, app, request }) => {
    const seed = await seedPanels(request, app);
    await page.goto(app.url + '#/search');
    await expect(page.getByRole('heading', { level: 1, name: 'Search minutes' })).toBeVisible();
    const box = page.getByRole('searchbox', { name: 'Search minutes' });
    await box.fill('L');
    await expect(page.locator('#search-count')).toHaveText('Type at least 2 letters to search.');
    await box.fill('zzqxv nothing');
    await expect(page.locator('#search-count')).toHaveText(/^No minutes match “zzqxv nothing”/);

    await box.fill('carers in Llandudno');
    const hits = page.locator('.search-hit');
    await expect(hits).toHaveCount(1);
    await expect(page.locator('#search-count')).toHaveText('1 result for “carers in Llandudno”, newest meeting first.');
    await expect(hits.nth(0)).toContainText('Found in: Discussion');
    await expect(hits.nth(0)).toContainText('Ava Ashdown N101');
    await expect(hits.nth(0).locator('mark').filter({ hasText: 'Llandudno' })).toHaveCount(1);
    expect(page.url()).toContain('q=carers+in+Llandudno');
    await expectNoAxeViolations(page);
    await hits.nth(0).getByRole('link', { name: new RegExp(`Permanence Panel, ${formatUkDate(seed.first.date)}`) }).click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${seed.first.id}\\?item=${seed.first.avaItem}$`));

    // A surname: both panels Ben was at, newest first; the link to the hash query works from outside too.
    await page.goto(app.url + '#/search?q=Brightwater');
    await expect(page.getByRole('searchbox', { name: 'Search minutes' })).toHaveValue('Brightwater');
    await expect(hits).toHaveCount(2);
    await expect(hits.nth(0)).toContainText('Found in: The child’s name or case reference');
    await expect(hits.nth(0).getByRole('link')).toHaveAttribute('href', `#/meetings/${seed.second.id}?item=${seed.second.benItem}`);
    await expect(hits.nth(1).getByRole('link')).toHaveAttribute('href', `#/meetings/${seed.first.id}?item=${seed.first.benItem}`);
    await expectNoAxeViolations(page);
  });

  test('the chair’s view shows the current item, its last rating and earlier actions, and follows the room', async ({ page, app, request }) => {
    const seed = await seedPanels(request, app);
    await page.goto(app.url + `#/meetings/${seed.second.id}/chair`);
    await expect(page.getByRole('heading', { level: 1, name: /Permanence Panel \(North\)/ })).toBeVisible();
    // Full window: no navigation.
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByText(/^In progress: started at \d\d:\d\d/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Now: item 1 of 3' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Ava Ashdown N101' })).toBeVisible();
    // The last rating is the one made at the first panel, with its reason.
    await expect(page.locator('.chair-child').first()).toContainText('Amber');
    await expect(page.locator('.chair-child').first()).toContainText('Assessment of the aunt is under way');
    await expect(page.locator('.chair-actions')).toContainText('Book the viability assessment of the aunt');
    await expect(page.locator('.chair-actions')).toContainText(/Overdue by \d+ days/);
    await expect(page.locator('.chair__next')).toContainText('Ben Brightwater (N102)');
    await expect(page.getByText('This view updates by itself')).toBeVisible();
    await expect(page.getByText(/Last updated at \d\d:\d\d:\d\d/)).toBeVisible();
    await expectNoAxeViolations(page);

    // The minute-taker moves the room on: the view follows within a few seconds.
    await api(request, app, 'meetings.setCurrentItem', { meetingId: seed.second.id, itemId: seed.second.benItem });
    await expect(page.getByRole('heading', { level: 3, name: 'Ben Brightwater N102' })).toBeVisible({ timeout: 6000 });
    await expect(page.getByRole('heading', { level: 2, name: 'Now: item 2 of 3' })).toBeVisible();
    await expect(page.locator('.chair__next')).toContainText('Cal Carrow (N103)');

    // The data service goes away (it comes back on another address, so this tab cannot reach it): the view says so and keeps the last good data.
    await app.restart();
    await expect(page.getByRole('alert')).toContainText('This view could not be updated', { timeout: 15_000 });
    await expect(page.getByRole('alert')).toContainText(/It is showing what it last received, at \d\d:\d\d:\d\d/);
    await expect(page.getByRole('heading', { level: 3, name: 'Ben Brightwater N102' })).toBeVisible();
  });
});
