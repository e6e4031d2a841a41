import { formatUkDate, addWeeksIso, todayIso } from '../../shared/domain/dates';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('Permanence Tracker and child page', () => {
  test('a new Panelroom opens on the welcome screen and the demo council fills the tracker', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Panelroom' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Load the demo council' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Permanence Tracker' })).toBeVisible();
    await expect(page.locator('#tracker-count')).toContainText('Showing 60 of 60 children');
    await expectNoAxeViolations(page);

    // every demo child's page opens: the first, and one from each legal status
    const firstRow = page.locator('tr[data-index="0"]');
    const name = (await firstRow.getByRole('link').textContent())!;
    await firstRow.getByRole('link').press('Enter');
    const [last, first] = name.split(', ');
    await expect(page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('every demo child’s record opens', async ({ request, app }) => {
    await api(request, app, 'demo.load');
    const tracker = await api(request, app, 'tracker.query', {});
    for (const row of tracker.rows) {
      const detail = await api(request, app, 'children.get', { id: row.childId });
      expect(detail.child.caseRef).toBe(row.caseRef);
    }
  });

  test('shows the right due dates, and filters by team and RAG from the keyboard', async ({ page, app, request }) => {
    const today = todayIso();
    const north = await api(request, app, 'teams.create', { name: 'North Team' });
    const south = await api(request, app, 'teams.create', { name: 'South Team' });
    const enteredCare = addWeeksIso(today, -2);
    const a = await api(request, app, 'children.create', { caseRef: 'N100', firstName: 'Ava', lastName: 'Northfield', legalStatus: 'care_order', teamId: north.id, dateEnteredCare: enteredCare });
    const b = await api(request, app, 'children.create', { caseRef: 'S200', firstName: 'Bo', lastName: 'Southgate', legalStatus: 'interim_care_order', teamId: south.id, dateEnteredCare: enteredCare });
    const lgp = addWeeksIso(today, -1);
    await api(request, app, 'keyDates.create', { childId: b.id, type: 'lgp', date: lgp, decision: 'issue_proceedings' });
    await api(request, app, 'keyDates.create', { childId: b.id, type: 'proceedings_issued', date: lgp });
    await api(request, app, 'ratings.create', { childId: a.id, rating: 'green', reason: 'On track', ratedOn: today });
    await api(request, app, 'ratings.create', { childId: b.id, rating: 'red', reason: 'Expert report late', ratedOn: today });

    await page.goto(app.url + '#/tracker');
    const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    // Care Planning Meeting every 6 weeks from entering care; Permanence Panel 4 weeks after the decision to issue; week 26 from issue.
    await expect(rowOf('Northfield, Ava')).toContainText(formatUkDate(addWeeksIso(enteredCare, 6)));
    await expect(rowOf('Southgate, Bo')).toContainText(formatUkDate(addWeeksIso(lgp, 4)));
    await expect(rowOf('Southgate, Bo')).toContainText(`26: ${formatUkDate(addWeeksIso(lgp, 26))}`);

    // keyboard only: search box, then Tab to Team, pick with the arrow keys
    await page.getByLabel('Search').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Team', { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Team', { exact: true })).toHaveValue(String(north.id));
    await expect(page.locator('#tracker-count')).toContainText('Showing 1 of 2');
    await expect(rowOf('Northfield, Ava')).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('RAG')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('RAG')).toHaveValue('red');
    await expect(page.locator('#tracker-count')).toContainText('Showing 1 of 2');
    await expect(rowOf('Southgate, Bo')).toBeVisible();
    await expect(rowOf('Northfield, Ava')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // arrow keys move between children in the list; Enter opens one
    await page.getByRole('button', { name: 'Clear filters' }).press('Enter');
    await expect(page.locator('#tracker-count')).toContainText('Showing 2 of 2');
    await page.getByRole('link', { name: 'Southgate, Bo' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('link', { name: 'Northfield, Ava' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Ava Northfield' })).toBeVisible();
  });

  test('a child is added, given a plan, a key date and a rating from the keyboard, and the tracker follows', async ({ page, app, request }) => {
    await api(request, app, 'teams.create', { name: 'Court Team' });
    await page.goto(app.url + '#/children/new');
    await expect(page.getByLabel('Case reference')).toBeFocused();
    await page.keyboard.type('CR-42');
    await page.getByLabel('First name').fill('Remi');
    await page.getByLabel('Last name').fill('Keyboardson');
    await page.getByLabel('Date of birth (optional)').fill('1/3/2019');
    await page.getByLabel('Legal status').selectOption({ label: 'Interim care order' });
    await page.getByLabel('Date entered care (optional)').fill('31/02/2026');
    await page.getByLabel('Team (optional)').selectOption({ label: 'Court Team' });
    await page.getByRole('button', { name: 'Add child' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('Enter a real date, for example 22/11/2026.');
    await page.getByLabel('Date entered care (optional)').fill('01/09/2026');
    await page.getByRole('button', { name: 'Add child' }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Remi Keyboardson' })).toBeVisible();
    await expect(page.getByText('01/03/2019')).toBeVisible();

    await page.getByRole('button', { name: 'Record the plan' }).press('Enter');
    await page.getByLabel('Primary option').selectOption({ label: 'Adoption / Early Permanence' });
    await page.getByLabel('Special Guardianship').check();
    await page.getByRole('button', { name: 'Save the plan' }).press('Enter');
    await expect(page.getByRole('status')).toHaveText('Permanence plan saved.');

    await page.getByRole('button', { name: 'Add a date' }).press('Enter');
    await page.getByLabel('What is the date?').selectOption({ label: 'Care proceedings issued' });
    await page.getByLabel('Date', { exact: true }).fill('07/09/2026');
    await page.getByRole('button', { name: 'Save date' }).press('Enter');
    await expect(page.getByRole('status')).toHaveText('Date saved.');
    await expect(page.getByText('week 26 is 08/03/2027')).toBeVisible();

    await page.getByRole('button', { name: 'Record a rating' }).press('Enter');
    await page.getByRole('button', { name: 'Save rating' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('Choose red, amber or green.');
    await page.getByLabel(/^Amber/).check();
    await page.getByLabel('Reason').fill('Parenting assessment delayed by four weeks.');
    await page.getByRole('button', { name: 'Save rating' }).press('Enter');
    await expect(page.getByRole('status')).toHaveText('Rating recorded.');
    // the keyboard goes back to the button that opened the form, not to the top of the page
    await expect(page.getByRole('button', { name: 'Record a rating' })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Permanence Tracker' }).first().click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Keyboardson, Remi' }) });
    await expect(row).toContainText('Adoption / Early Permanence');
    await expect(row).toContainText('Amber');
    await expect(row).toContainText('26: 08/03/2027');

    // tracking ends with a reason, typed in the page (no browser prompt: the desktop app has none)
    await row.getByRole('link').press('Enter');
    await page.getByRole('button', { name: 'Stop tracking' }).press('Enter');
    await expect(page.getByLabel('Why is tracking ending?')).toBeFocused();
    await page.getByRole('button', { name: 'Stop tracking' }).last().press('Enter');
    await expect(page.getByRole('alert')).toContainText('Say why tracking is ending');
    await page.getByLabel('Why is tracking ending?').fill('Special guardianship order made');
    await page.getByRole('button', { name: 'Stop tracking' }).last().press('Enter');
    await expect(page.getByRole('status')).toHaveText('Tracking ended.');
    await expect(page.getByRole('button', { name: 'Resume tracking' })).toBeVisible();
    await page.getByRole('link', { name: 'Permanence Tracker' }).first().click();
    await expect(page.locator('#tracker-count')).toContainText('Showing 0 of 0 children');
  });

  test('the review rules can be changed and the defaults put back', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/review-rules');
    await expect(page.getByLabel('Care Planning Meeting (weeks)')).toHaveValue('6');
    await page.getByLabel('Care Planning Meeting (weeks)').fill('0');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect(page.getByRole('alert')).toContainText('must be at least 1');
    await page.getByLabel('Care Planning Meeting (weeks)').fill('13');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect(page.getByRole('status')).toContainText('Review rules saved');
    await page.reload();
    await expect(page.getByLabel('Care Planning Meeting (weeks)')).toHaveValue('13');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Put back Walsall’s defaults' }).click();
    await expect(page.getByLabel('Care Planning Meeting (weeks)')).toHaveValue('6');
  });
});

test.describe('Browser mode with --demo', () => {
  test.use({ serverArgs: ['--demo'] });
  test('starts with the fictional demo council loaded', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Permanence Tracker' })).toBeVisible();
    await expect(page.locator('#tracker-count')).toContainText('of 60 children');
  });
});
