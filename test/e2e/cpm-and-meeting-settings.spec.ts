import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addWeeksIso, formatUkDate, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { nextWorkingDay } from '../../shared/domain/working-days';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const holidayDate = (iso: string) => `${SHORT_DAYS[weekdayIndex(iso)]} ${formatUkDate(iso)}`;

test.describe('Care Planning Meetings', () => {
  test('lists each child in care with the date due, and books one from the keyboard', async ({ page, app, request }) => {
    const today = todayIso();
    const team = await api(request, app, 'teams.create', { name: 'Children in Care Team 1' });
    const manager = await api(request, app, 'people.create', { name: 'Riley Example', role: 'team_manager', teamId: team.id });
    const enteredCare = addWeeksIso(today, -2);
    await api(request, app, 'children.create', { caseRef: 'CPM-1', firstName: 'Ava', lastName: 'Northfield', legalStatus: 'care_order', teamId: team.id, teamManagerId: manager.id, dateEnteredCare: enteredCare });
    // In care for 8 weeks and never had a Care Planning Meeting: due 2 weeks ago.
    await api(request, app, 'children.create', { caseRef: 'CPM-2', firstName: 'Bo', lastName: 'Latesworth', legalStatus: 's20', teamId: team.id, dateEnteredCare: addWeeksIso(today, -8) });

    await page.goto(app.url + '#/cpm');
    await expect(page.getByRole('heading', { level: 1, name: 'Care Planning Meetings' })).toBeVisible();
    await expect(page.locator('#cpm-count')).toHaveText('2 children in care have a Care Planning Meeting due.');
    const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    const ava = rowOf('Northfield, Ava');
    // every 6 weeks from entering care, by default
    await expect(ava).toContainText(formatUkDate(addWeeksIso(enteredCare, 6)));
    await expect(ava).toContainText('Not booked');
    await expect(ava).not.toContainText('Overdue');
    await expect(rowOf('Latesworth, Bo')).toContainText(`Overdue ${formatUkDate(addWeeksIso(today, -2))}`);
    // soonest due first
    await expect(page.getByRole('row').nth(1)).toContainText('Latesworth, Bo');

    // the search narrows the list
    await page.getByLabel('Search').fill('CPM-1');
    await expect(page.locator('#cpm-count')).toHaveText('1 child matches these filters.');
    await page.getByLabel('Search').fill('');
    await expect(page.locator('#cpm-count')).toContainText('2 children');

    // keyboard only from here: Tab from the child's name to the row's Book button
    await ava.getByRole('link', { name: 'Northfield, Ava' }).focus();
    await page.keyboard.press('Tab');
    const book = ava.getByRole('button', { name: 'Book a Care Planning Meeting for Ava Northfield' });
    await expect(book).toBeFocused();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Book a Care Planning Meeting for Ava Northfield' });
    await expect(form.getByLabel('Date', { exact: true })).toBeFocused();
    await expect(form.getByLabel('Chair (optional)')).toHaveValue(manager.name);
    await expectNoAxeViolations(page);

    // a blank time is named beside its field, not sent
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('There is a problem');
    await expect(form.getByLabel('Start time')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('#cpm-date-error')).toContainText('Enter a date');

    const date = nextWorkingDay(addDaysIso(today, 7), ENGLAND_WALES_HOLIDAY_SET);
    await form.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.type(formatUkDate(date));
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Start time')).toBeFocused();
    await page.keyboard.type('1000');
    await page.keyboard.press('Tab');
    // the end follows the start by the meeting type's 60 minutes
    await expect(form.getByLabel('Start time')).toHaveValue('10:00');
    await expect(form.getByLabel('End time')).toHaveValue('11:00');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Venue (optional)')).toBeFocused();
    await page.keyboard.type('Room 4, Civic Centre');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status')).toHaveText(`Care Planning Meeting booked for Ava Northfield on ${formatUkDate(date)}.`);
    await expect(form).toHaveCount(0);
    await expect(ava).toContainText(`${formatUkDate(date)} at 10:00`);
    await expect(ava.getByRole('link', { name: /Care Planning Meeting for Ava Northfield/ })).toHaveAttribute('href', /^#\/meetings\/\d+$/);
    // the keyboard goes back to the button that opened the form
    await expect(book).toBeFocused();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(rowOf('Northfield, Ava')).toContainText(`${formatUkDate(date)} at 10:00`);
  });
});

test.describe('Settings: meeting types and bank holidays', () => {
  test('the Permanence Panel’s slot length and core membership are changed and kept', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/meeting-types');
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting types' })).toBeVisible();
    const ppRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Permanence Panel/ }) });
    await expect(ppRow).toContainText('15 minutes');
    await expect(ppRow).toContainText('Legal adviser');
    // built-in types cannot be archived, so the button is not offered
    await expect(ppRow.getByRole('button', { name: /Archive/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await ppRow.getByRole('button', { name: 'Edit Permanence Panel' }).press('Enter');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    const slot = page.getByLabel('Default slot length (minutes)');
    await slot.fill('2');
    await page.getByRole('button', { name: 'Save changes' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('A slot must be at least 5 minutes.');
    await expect(slot).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('group', { name: 'Core membership' })).toBeVisible();
    await expectNoAxeViolations(page);

    await slot.fill('20');
    await page.getByLabel('Legal adviser').uncheck();
    await page.getByRole('button', { name: 'Save changes' }).press('Enter');
    await expect(page.getByRole('status')).toHaveText('Permanence Panel saved.');
    await expect(page.getByRole('button', { name: 'Edit Permanence Panel' })).toBeFocused();

    await page.reload();
    await expect(ppRow).toContainText('20 minutes');
    await expect(ppRow).not.toContainText('Legal adviser');
    // the Legal Gateway Panel shares the membership but was not changed
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Legal Gateway Panel/ }) })).toContainText('Legal adviser');
    await ppRow.getByRole('button', { name: 'Edit Permanence Panel' }).press('Enter');
    await expect(page.getByLabel('Default slot length (minutes)')).toHaveValue('20');
    await expect(page.getByLabel('Legal adviser')).not.toBeChecked();
    await expect(page.getByLabel('Chair / Head of Service')).toBeChecked();
    await expectNoAxeViolations(page);
  });

  test('a bank holiday is added, kept, removed, and the list put back', async ({ page, app }) => {
    const nextYear = Number(todayIso().slice(0, 4)) + 1;
    const closure = `${nextYear}-06-15`;
    await page.goto(app.url + '#/settings/bank-holidays');
    await expect(page.getByRole('heading', { level: 1, name: 'Bank holidays' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: String(nextYear) })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset to the England and Wales list' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // a date already listed (next year's first, whichever it is) is refused beside the field
    const firstOfYear = page.getByRole('region', { name: String(nextYear) }).getByRole('row').nth(1);
    const firstDate = (await firstOfYear.getByRole('rowheader').textContent())!;
    const firstName = (await firstOfYear.getByRole('cell').first().textContent())!;
    await page.getByLabel('Date', { exact: true }).fill(firstDate.slice(4));
    await page.getByLabel('Name', { exact: true }).fill('Another day');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText(`${firstDate} is already listed, as ${firstName}.`);
    await expect(page.locator('#bank-holiday-date-error')).toContainText('is already listed');

    await page.getByLabel('Date', { exact: true }).fill(formatUkDate(closure));
    await page.getByLabel('Name', { exact: true }).fill('Council closure day');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(`Council closure day on ${holidayDate(closure)} added.`);
    const row = page.getByRole('row').filter({ hasText: 'Council closure day' });
    await expect(row).toContainText(holidayDate(closure));
    // the form is cleared and ready for another
    await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: `Remove Council closure day, ${holidayDate(closure)}` }).press('Enter');
    await expect(page.getByRole('status')).toHaveText(`Council closure day on ${holidayDate(closure)} removed.`);
    await expect(row).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: String(nextYear) })).toBeFocused();
    await expectNoAxeViolations(page);

    // removing a real bank holiday leaves the list edited; reset asks first, then puts it back
    const removed = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: firstDate }) });
    await removed.getByRole('button', { name: /^Remove/ }).press('Enter');
    await expect(removed).toHaveCount(0);
    await page.getByRole('button', { name: 'Reset to the England and Wales list' }).press('Enter');
    await expect(page.getByRole('alert')).toBeFocused();
    await page.getByRole('button', { name: 'No, keep my changes' }).press('Enter');
    await expect(page.getByRole('button', { name: 'Reset to the England and Wales list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, reset the list' }).press('Enter');
    await expect(page.getByRole('status')).toHaveText('The bank holidays are back to the England and Wales list.');
    await expect(removed).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Reset to the England and Wales list' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
