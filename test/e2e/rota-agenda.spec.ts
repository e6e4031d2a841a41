import fs from 'node:fs';
import { addWeeksIso, todayIso } from '../../shared/domain/dates';
import { readDocx } from '../support/docx-reader';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('Panel rota and proposed agendas', () => {
  test('a weekly Permanence Panel alternates two teams; a swap, a proposed agenda, a reorder and a Word agenda', async ({ page, app, request }) => {
    const today = todayIso();
    const north = await api(request, app, 'teams.create', { name: 'North Team' });
    const south = await api(request, app, 'teams.create', { name: 'South Team' });
    await api(request, app, 'people.create', { name: 'Hana Head', role: 'chair' });
    const sw = await api(request, app, 'people.create', { name: 'Sam Worker', role: 'social_worker', teamId: north.id });
    const enteredCare = addWeeksIso(today, -30);
    // Due at panel within the week: 4 weeks after a decision to issue 3 weeks ago; red-rated 3 weeks ago (4-weekly while red).
    const issued = await api(request, app, 'children.create', { caseRef: 'N101', firstName: 'Ava', lastName: 'Issued', legalStatus: 'interim_care_order', teamId: north.id, socialWorkerId: sw.id, dateEnteredCare: enteredCare });
    await api(request, app, 'keyDates.create', { childId: issued.id, type: 'lgp', date: addWeeksIso(today, -3), decision: 'issue_proceedings' });
    const red = await api(request, app, 'children.create', { caseRef: 'N102', firstName: 'Bea', lastName: 'Redding', legalStatus: 'care_order', teamId: north.id, dateEnteredCare: enteredCare });
    await api(request, app, 'ratings.create', { childId: red.id, rating: 'red', reason: 'Drift in the plan', ratedOn: addWeeksIso(today, -3) });
    await api(request, app, 'children.create', { caseRef: 'N103', firstName: 'Cal', lastName: 'Calmly', legalStatus: 'care_order', teamId: north.id, dateEnteredCare: enteredCare });
    const southern = await api(request, app, 'children.create', { caseRef: 'S201', firstName: 'Dee', lastName: 'Southern', legalStatus: 'care_order', teamId: south.id, dateEnteredCare: enteredCare });
    await api(request, app, 'ratings.create', { childId: southern.id, rating: 'red', reason: 'Court delay', ratedOn: addWeeksIso(today, -3) });

    // Create the series through the form.
    await page.goto(app.url + '#/rota');
    await expect(page.getByRole('heading', { level: 1, name: 'Panel rota' })).toBeVisible();
    await page.getByRole('link', { name: 'New series' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New meeting series' })).toBeVisible();
    await expect(page.getByLabel('Meeting type')).toHaveValue(/\d+/);
    await expect(page.getByLabel('Name of the series')).toHaveValue('Permanence Panel (Thursday)');
    await page.getByLabel('Venue').fill('Civic Centre, Room 2');
    await page.getByLabel('Usual chair').fill('Hana');
    await page.getByLabel('Usual chair').press('Enter');
    await expect(page.getByLabel('Usual chair')).toHaveValue('Hana Head');
    await page.getByLabel('Add a team to the rota').selectOption({ label: 'North Team' });
    await page.getByRole('button', { name: 'Add to rota' }).click();
    await page.getByLabel('Add a team to the rota').selectOption({ label: 'South Team' });
    await page.getByRole('button', { name: 'Add to rota' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create series' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Permanence Panel (Thursday)' })).toBeVisible();
    await expect(page.getByText('Teams in turn: North Team, then South Team.')).toBeVisible();
    const dateRows = page.locator('table.rota tbody tr').filter({ has: page.locator('th[scope=row]') });
    const heldTeams = async () => {
      const rows = await dateRows.all();
      const teams: string[] = [];
      for (const row of rows) {
        const team = (await row.locator('td').nth(0).textContent())!.trim();
        if (team !== '—') teams.push(team);
      }
      return teams;
    };
    const teams = (await heldTeams()).slice(0, 8);
    expect(teams).toEqual(['North Team', 'South Team', 'North Team', 'South Team', 'North Team', 'South Team', 'North Team', 'South Team']);
    await expectNoAxeViolations(page);

    // Swap the third meeting to South, from the keyboard.
    const held = dateRows.filter({ hasNot: page.locator('td', { hasText: /^—$/ }) });
    const third = held.nth(2);
    await third.getByRole('button', { name: /^Change / }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Team attending')).toBeFocused();
    await page.getByLabel('Team attending').selectOption({ label: 'South Team' });
    await page.getByRole('button', { name: 'Swap team' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'South Team attend instead of North Team' })).toBeVisible();
    await expect.poll(async () => (await heldTeams()).slice(0, 8)).toEqual(['North Team', 'South Team', 'South Team', 'South Team', 'North Team', 'South Team', 'North Team', 'South Team']);
    await expect(held.nth(2)).toContainText('Swapped: the rota had North Team');

    // Open North's first date: its due children are proposed, South's are not.
    await held.nth(0).getByRole('button', { name: /^Prepare the agenda/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Permanence Panel/ })).toBeVisible();
    const agendaRows = page.locator('table.agenda tbody tr');
    await expect(agendaRows).toHaveCount(2);
    await expect(page.locator('table.agenda')).toContainText('Ava Issued');
    await expect(page.locator('table.agenda')).toContainText('Bea Redding');
    await expect(page.locator('table.agenda')).toContainText('Plan rated red: Permanence Panel every 4 weeks');
    await expect(page.locator('table.agenda')).toContainText('after the Legal Gateway decision to issue');
    await expect(page.locator('table.agenda')).not.toContainText('Southern');
    await expect(page.locator('table.agenda')).not.toContainText('Calmly');
    await expectNoAxeViolations(page);

    // Reorder from the keyboard: the first item one place later; times follow.
    const firstName = (await agendaRows.nth(0).locator('th').getByRole('link').textContent())!;
    const secondName = (await agendaRows.nth(1).locator('th').getByRole('link').textContent())!;
    await page.getByRole('button', { name: `Move ${firstName} later` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${firstName} moved to item 2.` })).toBeVisible();
    await expect(agendaRows.nth(0)).toContainText(secondName);
    await expect(agendaRows.nth(0)).toContainText('10:00');
    await expect(agendaRows.nth(1)).toContainText(firstName);
    await expect(agendaRows.nth(1)).toContainText('10:15');

    // Export the agenda and open the Word file.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export agenda to Word' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Permanence Panel agenda \d{4}-\d{2}-\d{2}\.docx$/);
    const docx = readDocx(fs.readFileSync((await file.path())!));
    const [table] = docx.tables;
    expect(table![0]).toEqual(['Time', 'Case reference', 'Name', 'Team', 'Social worker', 'Reason']);
    expect(table!.slice(1).map((row) => row[2])).toEqual([secondName, firstName]);
    expect(table![1]![0]).toContain('10:00');
    expect(docx.paragraphs.join('\n')).toContain('Civic Centre, Room 2');
    expect(docx.paragraphs.join('\n')).toContain('Hana Head');
    expect(docx.headers.join(' ')).toContain('OFFICIAL-SENSITIVE');
    expect(docx.documentXml).not.toContain('Southern');
  });
});
