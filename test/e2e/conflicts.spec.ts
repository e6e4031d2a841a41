import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedPanel } from './seed-panel';

test.describe('no silent overwrite', () => {
  test('two pages edit the same child: the second sees the conflict at the field, and both "Take theirs" and "Keep mine" work', async ({ page, context, app, request }) => {
    const alex = await api(request, app, 'people.create', { name: 'Alex Smith', role: 'permanence_coordinator' });
    await api(request, app, 'people.setCurrentUser', { personId: alex.id });
    const child = await api(request, app, 'children.create', { caseRef: 'V100', firstName: 'Amy', lastName: 'Versions', legalStatus: 'care_order', dateEnteredCare: '2026-01-05' });

    const other = await context.newPage();
    for (const p of [page, other]) {
      await p.goto(`${app.url}#/children/${child.id}`);
      await expect(p.getByRole('heading', { level: 1, name: 'Amy Versions' })).toBeVisible();
      await p.getByRole('button', { name: 'Edit details' }).click();
    }

    // The first page saves a new first name.
    await page.getByLabel('First name').fill('Amelia');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Amelia Versions' })).toBeVisible();

    // The second page, opened before that save, changes the last name and the first name (its own spelling).
    await other.getByLabel('First name').fill('Aimee');
    await other.getByLabel('Last name').fill('Verity');
    await other.getByRole('button', { name: 'Save changes' }).click();
    const firstNameConflict = other.locator('#child-first-name-conflict');
    await expect(firstNameConflict.getByRole('status')).toHaveText(/^Alex Smith changed this at \d\d:\d\d: ‘Amelia’$/);
    await expect(other.locator('#child-last-name-conflict').getByRole('status')).toHaveText(/^Alex Smith changed this at \d\d:\d\d: ‘Versions’$/);
    // Nothing the second page sent was written.
    expect((await api(request, app, 'children.get', { id: child.id })).child).toMatchObject({ firstName: 'Amelia', lastName: 'Versions' });
    await expect(other.getByLabel('First name')).toHaveValue('Aimee');
    await expectNoAxeViolations(other);

    // "Take theirs" at the first name: theirs in the field, what was typed still there to copy.
    await firstNameConflict.getByRole('button', { name: 'Take theirs' }).focus();
    await other.keyboard.press('Enter');
    await expect(other.getByLabel('First name')).toHaveValue('Amelia');
    await expect(firstNameConflict.getByLabel('What you had typed')).toHaveValue('Aimee');
    await expectNoAxeViolations(other);

    // "Keep mine" at the last name: sent again over the version the conflict named, and saved.
    await other.locator('#child-last-name-conflict').getByRole('button', { name: 'Keep mine' }).focus();
    await other.keyboard.press('Enter');
    await expect(other.getByRole('heading', { level: 1, name: 'Amelia Verity' })).toBeVisible();
    expect((await api(request, app, 'children.get', { id: child.id })).child).toMatchObject({ firstName: 'Amelia', lastName: 'Verity', version: 3 });

    // The first page follows the change without a reload, so an edit opened now is based on the version it shows and saves.
    await expect(page.getByRole('heading', { level: 1, name: 'Amelia Verity' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Last name').fill('Vickers');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Amelia Vickers' })).toBeVisible();
  });

  test('two laptops type the same item’s discussion: the one behind sees the other’s text at the field, takes it, and later keeps its own', async ({ page, context, app, request }) => {
    const prepared = await seedPanel(request, app);
    const meetingId = prepared.meeting.id;
    await api(request, app, 'meetings.start', { id: meetingId });
    const discussionNow = async () => (await api(request, app, 'minutes.get', { id: meetingId })).items[0]!.values.discussion;

    const other = await context.newPage();
    for (const p of [page, other]) {
      await p.goto(`${app.url}#/meetings/${meetingId}`);
      await expect(p.getByLabel('Discussion', { exact: true })).toBeVisible();
    }

    await page.getByLabel('Discussion', { exact: true }).fill('Placement stable.');
    await expect.poll(discussionNow).toBe('Placement stable.');

    // The other laptop read the field before that save: its typing is refused and shown at the field, not saved over it.
    const theirs = other.getByLabel('Discussion', { exact: true });
    await theirs.fill('Carers want more respite.');
    const box = other.locator(`#${await theirs.getAttribute('id')}-conflict`);
    await expect(box.getByRole('status')).toHaveText(/^Bea Support changed this at \d\d:\d\d: ‘Placement stable\.’$/);
    await expect(other.locator('.save-indicator__error')).toBeVisible();
    expect(await discussionNow()).toBe('Placement stable.');
    await expectNoAxeViolations(other);

    // "Take theirs": the field holds the saved text; what was typed stays to copy.
    await box.getByRole('button', { name: 'Take theirs' }).click();
    await expect(theirs).toHaveValue('Placement stable.');
    await expect(box.getByLabel('What you had typed')).toHaveValue('Carers want more respite.');

    // The first laptop types on; the other, now behind again, types too and keeps its own.
    await page.getByLabel('Discussion', { exact: true }).fill('Placement stable. Review in March.');
    await expect.poll(discussionNow).toBe('Placement stable. Review in March.');
    await theirs.fill('Placement stable. Carers want more respite.');
    await expect(box.getByRole('status')).toHaveText(/‘Placement stable\. Review in March\.’$/);
    await box.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(discussionNow).toBe('Placement stable. Carers want more respite.');
    await expect(box).toHaveCount(0);
    await expect(theirs).toHaveValue('Placement stable. Carers want more respite.');
  });

  test('two pages name the council on documents: the second sees the first’s name at the field, and "Keep mine" saves its own', async ({ page, context, app, request }) => {
    const alex = await api(request, app, 'people.create', { name: 'Alex Smith', role: 'permanence_coordinator' });
    await api(request, app, 'people.setCurrentUser', { personId: alex.id });
    const opened = await api(request, app, 'settings.getDocuments', undefined);

    const other = await context.newPage();
    for (const p of [page, other]) {
      await p.goto(`${app.url}#/settings/documents`);
      await expect(p.getByLabel('Council name')).toHaveValue(opened.authorityName ?? '');
    }

    await page.getByLabel('Council name').fill('Exampleshire Council');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').first()).toHaveText('Saved: “Exampleshire Council” will head every Word document.');

    // The second page read the name before that save: its save is refused and shown at the field, nothing written.
    await other.getByLabel('Council name').fill('Borsetshire Council');
    await other.getByRole('button', { name: 'Save', exact: true }).click();
    const box = other.locator('#authority-name-conflict');
    await expect(box.getByRole('status')).toHaveText(/^Alex Smith changed this at \d\d:\d\d: ‘Exampleshire Council’$/);
    expect(await api(request, app, 'settings.getDocuments', undefined)).toEqual({ authorityName: 'Exampleshire Council', version: opened.version + 1 });
    await expect(other.getByLabel('Council name')).toHaveValue('Borsetshire Council');
    await expectNoAxeViolations(other);

    // "Keep mine": sent again over the version the conflict named, and saved.
    await box.getByRole('button', { name: 'Keep mine' }).focus();
    await other.keyboard.press('Enter');
    await expect(other.getByText('Saved: “Borsetshire Council” will head every Word document.')).toBeVisible();
    await expect(box).toHaveCount(0);
    expect(await api(request, app, 'settings.getDocuments', undefined)).toEqual({ authorityName: 'Borsetshire Council', version: opened.version + 2 });

    // The first page saves again from the version it last saw: now it is the one behind, and "Take theirs" puts the other name in its field.
    await page.getByLabel('Council name').fill('Wessex Council');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const first = page.locator('#authority-name-conflict');
    await expect(first.getByRole('status')).toHaveText(/^Alex Smith changed this at \d\d:\d\d: ‘Borsetshire Council’$/);
    await first.getByRole('button', { name: 'Take theirs' }).click();
    await expect(page.getByLabel('Council name')).toHaveValue('Borsetshire Council');
    await expect(first.getByLabel('What you had typed')).toHaveValue('Wessex Council');
    await expectNoAxeViolations(page);
  });

  test('two pages rename the same team: the one behind sees the other’s name at the field, keeps its own, then takes theirs', async ({ page, context, app, request }) => {
    const alex = await api(request, app, 'people.create', { name: 'Alex Smith', role: 'permanence_coordinator' });
    await api(request, app, 'people.setCurrentUser', { personId: alex.id });
    const team = await api(request, app, 'teams.create', { name: 'North' });
    const teamNow = async () => (await api(request, app, 'teams.list', {})).find((t) => t.id === team.id)!;

    const other = await context.newPage();
    const openEdit = async (p: typeof page, name: string) => {
      await p.goto(`${app.url}#/settings/teams`);
      await p.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
      await expect(p.getByLabel('Team name')).toHaveValue(name);
    };
    for (const p of [page, other]) await openEdit(p, 'North');

    await page.getByLabel('Team name').fill('North Locality');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('North Locality saved.')).toBeVisible();

    // The other page opened the team before that save: its rename is refused and shown at the field, nothing written.
    await other.getByLabel('Team name').fill('North East');
    await other.getByRole('button', { name: 'Save changes' }).click();
    const box = other.locator('#team-name-conflict');
    await expect(box.getByRole('status')).toHaveText(/^Alex Smith changed this at \d\d:\d\d: ‘North Locality’$/);
    expect(await teamNow()).toMatchObject({ name: 'North Locality', version: team.version + 1 });
    await expect(other.getByLabel('Team name')).toHaveValue('North East');
    await expectNoAxeViolations(other);

    // "Keep mine", from the keyboard: sent again over the version the conflict named, and saved.
    await box.getByRole('button', { name: 'Keep mine' }).focus();
    await other.keyboard.press('Enter');
    await expect(other.getByText('North East saved.')).toBeVisible();
    expect(await teamNow()).toMatchObject({ name: 'North East', version: team.version + 2 });

    // Both open it again; the first page renames it first, so the other is behind once more and takes theirs.
    for (const p of [page, other]) await openEdit(p, 'North East');
    await page.getByLabel('Team name').fill('North West');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('North West saved.')).toBeVisible();
    await other.getByLabel('Team name').fill('North Central');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await expect(box.getByRole('status')).toHaveText(/^Alex Smith changed this at \d\d:\d\d: ‘North West’$/);
    await box.getByRole('button', { name: 'Take theirs' }).focus();
    await other.keyboard.press('Enter');
    await expect(other.getByLabel('Team name')).toHaveValue('North West');
    await expect(box.getByLabel('What you had typed')).toHaveValue('North Central');
    await expectNoAxeViolations(other);
    expect(await teamNow()).toMatchObject({ name: 'North West', version: team.version + 3 });
  });
});

