import fs from 'node:fs';
import path from 'node:path';
import { formatUkDate, addWeeksIso } from '../../shared/domain/dates';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csv');
const TEAMS = ['Children in Care Team 1', 'Children in Care Team 2', 'Court Team'];

test.describe('Import children from a CSV export', () => {
  test('50 children with three bad rows: the problems in words, a mapping change, exclusions, then the import', async ({ page, app, request }) => {
    for (const name of TEAMS) await api(request, app, 'teams.create', { name });

    await page.goto(app.url + '#/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import children' })).toBeVisible();

    // The file input has a visible label and takes the file like any other.
    await page.getByLabel('CSV file of children').setInputFiles(path.join(FIXTURES, 'children-50.csv'));
    await expect(page.getByRole('status').filter({ hasText: 'Preview of children-50.csv' })).toContainText('50 rows, 47 to add, 0 to update, 0 unchanged. 3 rows have problems.');

    // The mapping is pre-filled from the headings.
    await expect(page.getByLabel('Case reference (required)')).toHaveValue('Person ID');
    await expect(page.getByLabel('Team', { exact: true })).toHaveValue('Team');
    await expect(page.getByLabel('Social worker', { exact: true })).toHaveValue('Allocated Worker');
    await expect(page.getByLabel('Date entered care', { exact: true })).toHaveValue('Date Became Looked After');

    // The three problems, in words, on their lines.
    const row = (line: number) => page.getByRole('table', { name: 'Rows in the file' }).getByRole('row').filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
    await expect(row(12)).toContainText('Date entered care: “31/02/2026” is not a real date: 31 February 2026 does not exist');
    await expect(row(27)).toContainText('No team called “Children in Care Team 9”. Under “Teams not in Panelroom”, choose which team it is or add it as a new team; or exclude this row.');
    await expect(row(41)).toContainText('Duplicate case reference: MOS1004 is already on line 5.');
    await expect(page.getByText('Cannot import yet')).toHaveCount(3);
    const importButton = page.getByRole('button', { name: /^Import \d+ children$/ });
    await expect(importButton).toBeDisabled();
    await expect(page.locator('#import-blocked')).toHaveText('3 rows still have problems: exclude them, or fix the file and choose it again.');

    // People not yet in Settings are listed with the role their column implies.
    await expect(page.getByRole('heading', { name: 'People who will be added' })).toBeVisible();
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Chris Pretend/ }) })).toContainText('Independent Reviewing Officer (IRO)');

    await expectNoAxeViolations(page);

    // Leaving the team column out makes line 27 good (and the preview runs again).
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Not imported' });
    await expect(page.getByRole('status').filter({ hasText: 'Preview of' })).toContainText('2 rows have problems.');
    await expect(row(27)).not.toContainText('No team called');
    await expect(page.getByText('Cannot import yet')).toHaveCount(2);
    // ...but the team matters, so it goes back, and the bad rows are excluded instead.
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team' });
    await expect(page.getByText('Cannot import yet')).toHaveCount(3);

    // One row excluded by its own checkbox, from the keyboard; the rest with the button.
    await page.getByLabel('Exclude line 12 (MOS1011)').focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Exclude line 12 (MOS1011)')).toBeChecked();
    await expect(page.locator('#import-blocked')).toHaveText('2 rows still have problems: exclude them, or fix the file and choose it again.');
    await page.getByRole('button', { name: 'Exclude all rows with problems' }).click();
    await expect(page.getByText('Left out')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Import 47 children' })).toBeEnabled();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Import 47 children' }).click();
    await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
    await expect(page.locator('#import-result-summary')).toHaveText('47 children imported from children-50.csv: 47 added, 0 updated, 0 already up to date. 3 rows were left out.');
    await expect(page.getByText('6 people were added to Settings.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the Permanence Tracker' })).toHaveAttribute('href', '#/tracker');
    await expectNoAxeViolations(page);

    const tracker = await api(request, app, 'tracker.query', {});
    expect(tracker.rows).toHaveLength(47);
    expect(tracker.rows.map((r) => r.caseRef)).not.toContain('MOS1011');
    expect(tracker.rows.map((r) => r.caseRef)).toContain('MOS1004');

    // The tracker lists them with the due dates the review rules give.
    await page.getByRole('link', { name: 'Go to the Permanence Tracker' }).press('Enter');
    await expect(page.locator('#tracker-count')).toContainText('of 47 children');
    // MOS1001: interim care order, last Care Planning Meeting 02/10/2026 -> the next is due 6 weeks later.
    await page.getByLabel('Search').fill('MOS1001');
    await expect(page.locator('#tracker-count')).toContainText('Showing 1 of 47 children');
    const bella = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sample, Bella' }) });
    await expect(bella).toContainText(formatUkDate(addWeeksIso('2026-10-02', 6)));
    await expect(bella).toContainText('Care Planning Meeting every 6 weeks');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // Filtering by team and RAG from the keyboard, checked against the core's own answer.
    const team = (await api(request, app, 'teams.list', {})).find((t) => t.name === 'Court Team')!;
    const expected = (await api(request, app, 'tracker.query', { teamId: team.id, rag: 'green' })).rows.length;
    expect(expected).toBeGreaterThan(0);
    await page.getByLabel('Search').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Team', { exact: true })).toBeFocused();
    for (let i = 0; i < TEAMS.indexOf('Court Team') + 1; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Team', { exact: true })).toHaveValue(String(team.id));
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('RAG')).toHaveValue('green');
    await expect(page.locator('#tracker-count')).toContainText(`Showing ${expected} of 47 children`);
    // the list is virtualised: check each row on screen belongs to the filter
    const shown = page.locator('tbody tr[data-index]');
    await expect(shown.first()).toBeVisible();
    for (const text of await shown.allInnerTexts()) expect(text).toMatch(/Court Team[\s\S]*Green/);
    await expectNoAxeViolations(page);
  });

  test('the same file again changes nothing; a windows-1252 file keeps its accents', async ({ page, app, request }) => {
    for (const name of TEAMS) await api(request, app, 'teams.create', { name });
    const csv = fs.readFileSync(path.join(FIXTURES, 'good.csv'));
    const file = { name: 'good.csv', mimeType: 'text/csv', buffer: csv };

    await page.goto(app.url + '#/import');
    await page.getByLabel('CSV file of children').setInputFiles(file);
    await page.getByRole('button', { name: 'Import 4 children' }).click();
    await expect(page.locator('#import-result-summary')).toContainText('4 added, 0 updated');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('CSV file of children').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Preview of good.csv' })).toContainText('no changes. All 4 children are already up to date.');
    await expect(page.getByText('No change', { exact: true })).toHaveCount(4);
    await expect(page.locator('#import-blocked')).toHaveText('No changes: every child in this file is already up to date in Panelroom.');
    await expect(page.getByRole('button', { name: 'Import 4 children' })).toBeDisabled();

    // Zoë in windows-1252 is the single byte 0xEB: not valid UTF-8, so it is read as windows-1252.
    const latin = Buffer.from('Case reference;First name;Last name;Legal status\r\nW1;Zo\xeb;Fictional;S20\r\n', 'latin1');
    await page.getByLabel('CSV file of children').setInputFiles({ name: 'latin.csv', mimeType: 'text/csv', buffer: latin });
    await expect(page.getByRole('row').filter({ hasText: 'W1' })).toContainText('Zoë Fictional');
    await page.getByRole('button', { name: 'Import 1 child' }).click();
    await expect(page.locator('#import-result-summary')).toContainText('1 added');
    const found = await api(request, app, 'children.search', { query: 'W1' });
    expect(found[0]?.firstName).toBe('Zoë');
  });

  test('a case system’s export: every valid row on the suggested mapping, its words and an unknown team matched in the preview; the saved profile next time; the same file again is no change', async ({ page, app, request }) => {
    for (const name of TEAMS) await api(request, app, 'teams.create', { name });
    await api(request, app, 'people.create', { name: 'Casey Sample', role: 'social_worker' });
    const court = (await api(request, app, 'teams.list', {})).find((t) => t.name === 'Court Team')!;
    const file = path.join(FIXTURES, 'case-system-export.csv');

    await page.goto(app.url + '#/import');
    await page.getByLabel('CSV file of children').setInputFiles(file);
    const status = page.getByRole('status').filter({ hasText: 'Preview of case-system-export.csv' });
    await expect(status).toContainText('8 rows, 5 to add, 0 to update, 0 unchanged. 3 rows have problems.');
    // Mosaic-style headings matched: "Date Became LAC" is the date entered care.
    await expect(page.getByLabel('Date entered care', { exact: true })).toHaveValue('Date Became LAC');
    await expect(page.getByLabel('Date of birth / expected date of delivery')).toHaveValue('Date of Birth (DOB)');
    const row = (line: number) => page.getByRole('table', { name: 'Rows in the file' }).getByRole('row').filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
    // Only the impossible dates and the team Panelroom has never heard of stop a row; "N/A" and "00/00/0000" are blank.
    await expect(row(3)).toContainText('Add new child');
    await expect(row(5)).toContainText('Add new child');
    await expect(row(7)).toContainText('“30/02/2021” is not a real date: 30 February 2021 does not exist');
    await expect(row(8)).toContainText('“2021-02-30” is not a real date: 30 February 2021 does not exist');
    await expect(row(6)).toContainText('No team called “Family Court Team”');
    // A placement worded in a way nobody has matched is left blank, with a warning: the row still imports.
    await expect(row(9)).toContainText('Add new child');
    await expect(row(9)).toContainText('Placement type: “Foster care” is not one Panelroom recognises, so it is left blank.');

    // What the file's words mean: suggested, and changed where wrong or missing.
    const placement = page.getByLabel('Placement type: read “Foster care - LA” as');
    await expect(placement).toHaveValue('foster_in_house');
    await expect(page.getByLabel('Placement type: read “Home with parents” as')).toHaveValue('placed_with_parents');
    await page.getByLabel('Placement type: read “Foster care” as').selectOption({ label: 'Foster care (agency)' });
    await expect(row(9)).not.toContainText('left blank');
    // The unknown team, mapped to one of the council's teams; "CiC Team 1" was suggested.
    await expect(page.getByLabel('Team in Panelroom for “CiC Team 1”')).toHaveValue(String((await api(request, app, 'teams.list', {})).find((t) => t.name === 'Children in Care Team 1')!.id));
    await page.getByLabel('Team in Panelroom for “Family Court Team”').selectOption({ label: 'Court Team' });
    await expect(status).toContainText('6 to add, 0 to update, 0 unchanged. 2 rows have problems.');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Exclude all rows with problems' }).click();
    await page.getByRole('button', { name: 'Import 6 children' }).click();
    await expect(page.locator('#import-result-summary')).toHaveText('6 children imported from case-system-export.csv: 6 added, 0 updated, 0 already up to date. 2 rows were left out.');
    const eve = (await api(request, app, 'tracker.query', { search: 'MOS2005' })).rows[0]!;
    expect(eve.teamName).toBe('Court Team');
    const hal = await api(request, app, 'children.get', { id: (await api(request, app, 'tracker.query', { search: 'MOS2008' })).rows[0]!.childId });
    expect(hal.child.placementType).toBe('foster_agency');

    // The same report next time: the saved choices are used, and nothing has changed.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('CSV file of children').setInputFiles(file);
    await expect(page.locator('#import-profile')).toContainText('A file with these columns was imported before');
    await expect(page.getByLabel('Team in Panelroom for “Family Court Team”')).toHaveValue(String(court.id));
    await expect(page.getByRole('group', { name: /Placement type/ }).or(page.locator('details', { hasText: 'Placement type' })).first()).toBeVisible();
    await expect(page.getByLabel('Placement type: read “Foster care” as')).toHaveValue('foster_agency');
    await expect(status).toContainText('0 to add, 0 to update, 6 unchanged. 2 rows have problems.');
    await page.getByRole('button', { name: 'Exclude all rows with problems' }).click();
    await expect(page.locator('#import-blocked')).toHaveText('No changes: every child in this file is already up to date in Panelroom.');
    await expect(page.getByRole('button', { name: 'Import 6 children' })).toBeDisabled();
    await expectNoAxeViolations(page);
  });
});
