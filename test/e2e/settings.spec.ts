import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('Settings: teams and people', () => {
  test('teams and people added from the keyboard are still there after a reload and a restart', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/teams');
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();

    for (const name of ['Children in Care Team 1', 'Children in Care Team 2']) {
      await page.getByRole('button', { name: 'Add a team' }).click();
      await expect(page.getByLabel('Team name')).toBeFocused();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveText(`${name} saved.`);
      await expect(page.getByRole('button', { name: 'Add a team' })).toBeFocused();
    }

    await page.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    const people = [
      { name: 'Morgan Fictional', role: 'Chair / Head of Service', team: '' },
      { name: 'Riley Example', role: 'Team manager', team: 'Children in Care Team 1' },
      { name: 'Casey Sample', role: 'Social worker', team: 'Children in Care Team 2' },
    ];
    for (const p of people) {
      await page.getByRole('button', { name: 'Add a person' }).click();
      await page.getByLabel('Full name').fill(p.name);
      await page.getByLabel('Role').selectOption({ label: p.role });
      if (p.team) await page.getByLabel('Team (optional)').selectOption({ label: p.team });
      await page.getByRole('button', { name: 'Add person' }).click();
      await expect(page.getByRole('status')).toHaveText(`${p.name} saved.`);
    }

    await page.reload();
    await expect(page.getByRole('row')).toHaveCount(4);
    for (const p of people) await expect(page.getByRole('rowheader', { name: p.name })).toBeVisible();

    await app.restart();
    await page.goto(app.url + '#/settings/teams');
    await expect(page.getByRole('rowheader', { name: 'Children in Care Team 1' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Children in Care Team 2' })).toBeVisible();
  });

  test('a team archived from the keyboard leaves the list, says so, and the keyboard stays near; shown again, it can be restored', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/teams');
    await page.getByRole('button', { name: 'Add a team' }).click();
    await page.keyboard.type('Leaving Care Team');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Leaving Care Team saved.');

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Leaving Care Team' }) });
    await row.getByRole('button', { name: 'Archive' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Leaving Care Team archived.');
    await expect(page.getByRole('rowheader', { name: 'Leaving Care Team' })).toHaveCount(0);
    // The button pressed left with its row: the keyboard is not dropped to the top of the page.
    await expect(page.getByRole('button', { name: 'Add a team' })).toBeFocused();

    await page.getByLabel('Show archived teams').check();
    await row.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('status')).toHaveText('Leaving Care Team restored.');
    await page.getByLabel('Show archived teams').uncheck();
    await expect(page.getByRole('rowheader', { name: 'Leaving Care Team' })).toBeVisible();
  });

  test('an invalid entry shows its message beside the field and saves nothing', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/people');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Email (optional)').fill('not an email');
    await page.getByRole('button', { name: 'Add person' }).click();

    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link', { name: 'Enter the person’s name.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Choose a role from the list.' })).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#person-email-error')).toContainText('Enter an email address in the right format');
    await expectNoAxeViolations(page);

    // the link in the summary takes the keyboard to the field
    await summary.getByRole('link', { name: 'Enter the person’s name.' }).press('Enter');
    await expect(page.getByLabel('Full name')).toBeFocused();

    await page.reload();
    await expect(page.getByText('No people yet.')).toBeVisible();
  });

  test('a duplicate name is warned about and saved only when confirmed', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/teams');
    for (const attempt of [1, 2]) {
      await page.getByRole('button', { name: 'Add a team' }).click();
      await page.getByLabel('Team name').fill(attempt === 1 ? 'Court Team' : 'court team');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('alert')).toContainText('There is already a team called “court team”');
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByRole('row')).toHaveCount(3);
  });

  test('the settings pages have no accessibility violations', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/teams');
    await page.getByRole('button', { name: 'Add a team' }).click();
    await page.getByLabel('Team name').fill('Adoption Team');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('rowheader', { name: 'Adoption Team' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Edit Adoption Team' }).click();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await expectNoAxeViolations(page);
  });

  test('every control can be reached with the Tab key', async ({ page, app }) => {
    await page.goto(app.url + '#/settings/teams');
    // The app asks first whether a sign-in is needed: Tab once the page is there, as a person would.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    const reached = new Set<string>();
    // Through the whole navigation and on into the page.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() || (document.activeElement as HTMLInputElement | null)?.id || ''));
    }
    expect([...reached]).toEqual(expect.arrayContaining(['Permanence Tracker', 'Teams', 'People', 'Review rules', 'Add a team', 'show-archived-teams']));
  });
});

test.describe('Browser mode transport', () => {
  test('refuses API calls without the token, from another origin, or for a foreign host', async ({ request, app }) => {
    const endpoint = `${app.origin}/api/teams.list`;
    const body = { input: {} };
    const good = await request.post(endpoint, { data: body, headers: { 'X-Panelroom-Token': app.token } });
    expect((await good.json()).ok).toBe(true);

    expect((await request.post(endpoint, { data: body })).status()).toBe(401);
    expect((await request.post(endpoint, { data: body, headers: { 'X-Panelroom-Token': 'guess' } })).status()).toBe(401);
    expect((await request.post(endpoint, { data: body, headers: { 'X-Panelroom-Token': app.token, Origin: 'http://evil.example' } })).status()).toBe(403);
    expect((await request.post(endpoint, { data: body, headers: { 'X-Panelroom-Token': app.token, Host: 'evil.example' } })).status()).toBe(421);
  });
});
