import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addWeeksIso, formatUkDate, todayIso } from '../../shared/domain/dates';
import { formatLongDate } from '../../shared/domain/long-date';
import { nextWorkingDay } from '../../shared/domain/working-days';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('History that cannot lie', () => {
  test('a Care Planning Meeting booked for next week is not started today until it is moved; the plan it agrees reaches the tracker once confirmed', async ({ page, app, request }) => {
    const today = todayIso();
    const team = await api(request, app, 'teams.create', { name: 'Children in Care Team 1' });
    const manager = await api(request, app, 'people.create', { name: 'Riley Example', role: 'team_manager', teamId: team.id });
    const child = await api(request, app, 'children.create', {
      caseRef: 'HIST-1',
      firstName: 'Ava',
      lastName: 'Northfield',
      legalStatus: 'care_order',
      teamId: team.id,
      teamManagerId: manager.id,
      dateEnteredCare: addWeeksIso(today, -20),
    });
    await api(request, app, 'plans.set', { childId: child.id, primaryOption: 'adoption', parallelOptions: [] });

    // Book it for next week on the Care Planning Meetings page.
    const nextWeek = nextWorkingDay(addDaysIso(today, 7), ENGLAND_WALES_HOLIDAY_SET);
    await page.goto(app.url + '#/cpm');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Northfield, Ava' }) });
    await row.getByRole('button', { name: 'Book a Care Planning Meeting for Ava Northfield' }).click();
    const form = page.getByRole('form', { name: 'Book a Care Planning Meeting for Ava Northfield' });
    await form.getByLabel('Date', { exact: true }).fill(formatUkDate(nextWeek));
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('End time').fill('11:00');
    await form.getByRole('button', { name: 'Book the meeting' }).click();
    await expect(row).toContainText(`${formatUkDate(nextWeek)} at 10:00`);
    await row.getByRole('link', { name: /Care Planning Meeting for Ava Northfield/ }).click();

    // Started today, it is refused, with the reason and what to do.
    await expect(page.getByRole('heading', { level: 1, name: /Care Planning Meeting/ })).toContainText(formatLongDate(nextWeek));
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    const early = page.getByRole('region', { name: 'This meeting is not due to be held today' });
    await expect(early).toContainText(`This Care Planning Meeting is booked for ${formatLongDate(nextWeek)}, so it cannot start today (${formatLongDate(today)})`);
    await expect(early).toContainText('change the date of the booking first');
    await expect(page.getByRole('heading', { name: 'This meeting is not due to be held today' })).toBeFocused();
    await expectNoAxeViolations(page);

    // It really is being held today: moved to today, and held.
    await early.getByRole('button', { name: 'It is being held today: move it to today and start' }).click();
    await expect(page.locator('#meeting-status')).toHaveText('Status: In progress');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(formatLongDate(today));

    // The meeting agrees a different primary plan, and books the next one.
    await page.getByLabel('Primary plan').selectOption({ label: 'Reunification' });
    await page.getByLabel('Legal order sought').selectOption({ label: 'Supervision order' });
    const next = nextWorkingDay(addWeeksIso(today, 6), ENGLAND_WALES_HOLIDAY_SET);
    const nextField = page.getByLabel('Next meeting', { exact: true });
    await nextField.fill(formatUkDate(next));
    await nextField.press('Tab');
    await expect(page.getByRole('region', { name: 'The child’s plan' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Close the meeting' }).click();
    await expect(page.locator('#meeting-status')).toHaveText('Status: Draft minutes');

    // On close the agreed plan is offered, listed; the tracker meanwhile flags the difference.
    const offer = page.getByRole('region', { name: 'The child’s plan' });
    await expect(offer).toContainText('Change the primary option from “Adoption / Early Permanence” to “Reunification”.');
    await expect(offer).toContainText('Mark the change of option “to be ratified at the next Child in Care review”.');
    await expectNoAxeViolations(page);
    const meetingUrl = page.url();
    await page.goto(app.url + '#/tracker');
    const trackerRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Northfield, Ava' }) });
    await expect(trackerRow).toContainText('Adoption / Early Permanence');
    await expect(trackerRow).toContainText(`The plan on record differs from the Care Planning Meeting of ${formatUkDate(today)}, which agreed primary Reunification`);
    await expect(trackerRow).toContainText(formatUkDate(today));

    // Confirmed: the child's plan changes, and so does the tracker row.
    await page.goto(meetingUrl);
    await page.getByRole('region', { name: 'The child’s plan' }).getByRole('button', { name: 'Change the child’s plan' }).click();
    await expect(page.getByRole('region', { name: 'The child’s plan' })).toContainText('The plan on the child’s record already says what this meeting agreed.');
    await page.goto(app.url + '#/tracker');
    await expect(trackerRow).toContainText('Reunification');
    await expect(trackerRow).not.toContainText('Adoption / Early Permanence');
    await expect(trackerRow).toContainText(`Plan changed to Reunification on ${formatUkDate(today)}: to be ratified at the next Child in Care review`);
    await expect(trackerRow).not.toContainText('differs from the Care Planning Meeting');
    await expectNoAxeViolations(page);
  });
});
