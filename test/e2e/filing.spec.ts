import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Download, Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { addDaysIso, todayIso } from '../../shared/domain/dates';
import { readDocx } from '../support/docx-reader';
import { api } from './api';
import { expect, expectNoAxeViolations, test, type PreviewApp } from './fixtures';

/** Where to save a picture of the panel for a person to look at: set FILING_SCREENSHOT=/tmp/filing-panel.png. */
const SCREENSHOT = process.env.FILING_SCREENSHOT;

/** The demo's held panel: last Thursday's Permanence Panel for Team A, approved, three children. */
async function heldPanel(request: APIRequestContext, app: PreviewApp) {
  const meetings = await api(request, app, 'meetings.list', { from: addDaysIso(todayIso(), -8), to: todayIso() });
  const held = meetings.find((m) => m.typeName === 'Permanence Panel' && m.status === 'approved');
  if (!held) throw new Error(`The demo has no approved Permanence Panel: ${JSON.stringify(meetings)}`);
  const detail = await api(request, app, 'meetings.get', { id: held.id });
  const children = detail.items.flatMap((i) => i.children);
  return { id: held.id, date: held.date, children, itemIds: detail.items.map((i) => i.id) };
}

/** Axe on the panel alone (the rest of the page is checked by the minutes specs), WCAG 2.x A/AA and best practice. */
async function expectPanelAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('section.filing').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Presses Tab until `target` has the keyboard, so a control left out of the Tab order fails the test. */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function downloadedBytes(download: Download): Promise<Uint8Array> {
  return new Uint8Array(fs.readFileSync((await download.path())!));
}

const STAMP = /\d\d\/\d\d\/\d{4} at \d\d:\d\d by \S/;

test.describe('Documents and filing', () => {
  test.use({ serverArgs: ['--demo'] });

  test('an approved panel exported for filing as a zip, each extract about its own child only, ticked as filed from the keyboard', async ({ page, app, request }) => {
    const held = await heldPanel(request, app);
    expect(held.children).toHaveLength(3);
    const names = held.children.map((c) => `${c.firstName} ${c.lastName}`);
    // An amendment to the first child's item that names the other two: their extract must not.
    await api(request, app, 'minutes.amend', { meetingId: held.id, itemId: held.itemIds[0]!, text: `Contact with ${names[1]} and with the child ${held.children[2]!.caseRef} was also discussed.` });

    await page.goto(`${app.url}#/meetings/${held.id}`);
    await expect(page.locator('#meeting-status')).toHaveText('Status: Approved');
    const panel = page.getByRole('region', { name: 'Documents and filing' });
    await expect(panel).toBeVisible();
    const table = panel.getByRole('table', { name: /Filing checklist/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(3);
    for (const [i, child] of held.children.entries()) {
      await expect(rows.nth(i).getByRole('rowheader')).toContainText(names[i]!);
      await expect(rows.nth(i).getByRole('rowheader')).toContainText(child.caseRef);
      await expect(rows.nth(i)).toContainText(`${child.caseRef} ${child.lastName} Permanence Panel ${held.date}.docx`);
      await expect(rows.nth(i)).toContainText('Not yet exported');
      // Nothing to tick until the extract has been exported, and the box says why.
      const box = panel.getByRole('checkbox', { name: `Filed to ${names[i]}’s case record` });
      await expect(box).toHaveAttribute('aria-disabled', 'true');
      await expect(box).toHaveAccessibleDescription('Export for filing first');
      // Reachable from the keyboard, so its reason is heard, but a press changes nothing.
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).not.toBeChecked();
    }
    await expect(panel.locator('.filing__count')).toHaveText('0 of 3 filed');
    await expect(panel.getByText('Downloads each child’s extract, named for their case record, in one zip file.')).toBeVisible();
    await expectPanelAccessible(page);

    // Export for filing, from the keyboard: one zip holding the folder of three extracts.
    const exportButton = panel.getByRole('button', { name: 'Export for filing' });
    await tabTo(page, exportButton);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    const folder = `Permanence Panel ${held.date} for filing`;
    expect(download.suggestedFilename()).toBe(`${folder}.zip`);
    const entries = unzipSync(await downloadedBytes(download));
    const files = Object.keys(entries).filter((name) => !name.endsWith('/'));
    expect(files.sort()).toEqual(held.children.map((c) => `${folder}/${c.caseRef} ${c.lastName} Permanence Panel ${held.date}.docx`).sort());
    await expect(panel.getByRole('status')).toContainText(`Downloaded “${folder}.zip”`);
    await expect(panel).toContainText(`as the zip file ${folder}.zip`);

    // Each extract names its own child and none of the others.
    for (const [i, child] of held.children.entries()) {
      const docx = readDocx(entries[`${folder}/${child.caseRef} ${child.lastName} Permanence Panel ${held.date}.docx`]!);
      const text = [...docx.paragraphs, ...docx.tables.flat(2)].join('\n');
      expect(text).toContain(names[i]!);
      expect(text).toContain(child.caseRef);
      for (const [j, other] of held.children.entries()) {
        if (j === i) continue;
        expect(text).not.toContain(names[j]!);
        expect(text).not.toContain(other.caseRef);
      }
    }

    // Exported: when and by whom; now each can be ticked. The first says its amendment lost two names.
    for (let i = 0; i < 3; i++) await expect(rows.nth(i).locator('td').nth(1)).toHaveText(STAMP);
    await expect(rows.nth(0).locator('td').nth(0)).toContainText('Warning: 2 mentions of other children taken out without asking. Check the extract reads well.');
    for (let i = 1; i < 3; i++) await expect(rows.nth(i)).not.toContainText('mentions of other children');
    const firstExtract = readDocx(entries[`${folder}/${held.children[0]!.caseRef} ${held.children[0]!.lastName} Permanence Panel ${held.date}.docx`]!);
    expect(firstExtract.paragraphs.join('\n')).toContain('Contact with [another child] and with the [another child] was also discussed.');

    // Tick each from the keyboard: focus and Space. The count is said politely as it goes.
    for (const [i, name] of names.entries()) {
      const box = panel.getByRole('checkbox', { name: `Filed to ${name}’s case record` });
      await expect(box).not.toHaveAttribute('aria-disabled');
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
      await expect(panel.locator('.filing__count')).toHaveText(`${i + 1} of 3 filed`);
      await expect(rows.nth(i).locator('td').nth(3)).toHaveText(STAMP);
    }
    await expect(panel.locator('.filing__progress')).toHaveAttribute('aria-live', 'polite');
    await expect(panel.locator('.filing__progress')).toContainText('the minutes can now be locked');
    await expectPanelAccessible(page);
    if (SCREENSHOT) {
      // From the top of the page, so the sticky progress bar is where it belongs, not over the panel.
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = (await panel.boundingBox())!;
      await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } });
    }

    // The ticks are kept.
    await page.reload();
    await expect(panel.locator('.filing__count')).toHaveText('3 of 3 filed');
    for (const name of names) await expect(panel.getByRole('checkbox', { name: `Filed to ${name}’s case record` })).toBeChecked();
    for (let i = 0; i < 3; i++) await expect(rows.nth(i).locator('td').nth(3)).toHaveText(STAMP);

    // Untick one from the keyboard: it is no longer counted.
    const first = panel.getByRole('checkbox', { name: `Filed to ${names[0]}’s case record` });
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).not.toBeChecked();
    await expect(panel.locator('.filing__count')).toHaveText('2 of 3 filed');
    await expect(rows.nth(0)).toContainText('Not yet filed');

    // The chair corrects the minutes as a whole: every extract says so; exported again, the two still ticked say the copy on the case record is out of date.
    await api(request, app, 'minutes.amend', { meetingId: held.id, itemId: null, text: 'The panel started at 10:15, not 10:00.' });
    await page.reload();
    for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toContainText('The minutes were amended after this was exported: export for filing again.');
    await expect(panel.locator('.filing__progress')).not.toContainText('can now be locked');
    const again = page.waitForEvent('download');
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await again;
    const stale = 'Exported again after it was filed: file the new copy';
    await expect(rows.nth(1)).toContainText(stale);
    await expect(rows.nth(2)).toContainText(stale);
    await expect(rows.nth(0)).not.toContainText(stale);
    // All ticked again, but two copies on the case records are out of date: not time to lock yet.
    await first.focus();
    await page.keyboard.press('Space');
    await expect(panel.locator('.filing__count')).toHaveText('3 of 3 filed');
    await expect(panel.locator('.filing__progress')).not.toContainText('can now be locked');
    // Filing the new copies: one says so with its button; the other is unticked and ticked again quickly (the last press wins).
    const newCopy = panel.getByRole('button', { name: `New copy filed to ${names[1]}’s case record` });
    await newCopy.focus();
    await page.keyboard.press('Enter');
    await expect(rows.nth(1)).not.toContainText(stale);
    await expect(panel.getByRole('checkbox', { name: `Filed to ${names[1]}’s case record` })).toBeChecked();
    const box = panel.getByRole('checkbox', { name: `Filed to ${names[2]}’s case record` });
    await box.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(rows.nth(2)).not.toContainText(stale);
    await expect(panel.locator('.filing__progress')).toContainText('the minutes can now be locked');

    // One child's extract on its own.
    const single = page.waitForEvent('download');
    await panel.getByRole('button', { name: `Download ${names[1]}’s extract` }).click();
    expect((await single).suggestedFilename()).toBe(`${held.children[1]!.caseRef} ${held.children[1]!.lastName} Permanence Panel ${held.date}.docx`);
    await expectNoAxeViolations(page);
  });

  test('Settings → Documents: the council’s name heads the minutes exported to Word', async ({ page, app, request }) => {
    const held = await heldPanel(request, app);
    await page.goto(`${app.url}#/settings/documents`);
    await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Documents' })).toHaveAttribute('aria-current', 'page');
    const field = page.getByLabel('Council name');
    await expect(field).toHaveValue('Exampleshire Council (fictional demo)');
    await expect(field).toHaveAccessibleDescription(/Printed at the head of every Word document/);
    await field.fill('  Borsetshire County Council ');
    await field.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Saved: “Borsetshire County Council” will head every Word document.');
    await expect(field).toHaveValue('Borsetshire County Council');
    await expectNoAxeViolations(page);

    // Too long: the reason, tied to the field, and nothing saved.
    await field.fill('x'.repeat(121));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Keep the council’s name to 120 characters or fewer.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(page.getByLabel('Council name')).toHaveValue('Borsetshire County Council');

    // The full minutes, exported from the meeting's Documents and filing panel.
    await page.goto(`${app.url}#/meetings/${held.id}`);
    const panel = page.getByRole('region', { name: 'Documents and filing' });
    const button = panel.getByRole('button', { name: 'Export minutes to Word' });
    await expect(button).toHaveAccessibleDescription('The whole meeting in Word, for the panel’s own record.');
    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Permanence Panel minutes ${held.date}.docx`);
    const docx = readDocx(await downloadedBytes(download));
    expect(docx.paragraphs[0]).toBe('Borsetshire County Council');
    await expect(panel.getByRole('status')).toContainText(`exported to Word as “Permanence Panel minutes ${held.date}.docx”`);
  });

  test('while the minutes are being taken: the draft minutes can be exported, filing waits for approval and says why', async ({ page, app, request }) => {
    const series = (await api(request, app, 'series.list', {})).find((s) => s.form === 'pp')!;
    const rota = await api(request, app, 'rota.view', { seriesId: series.id, from: todayIso(), to: addDaysIso(todayIso(), 35) });
    const next = rota.occurrences.find((o) => o.status === 'scheduled')!;
    const prepared = await api(request, app, 'meetings.prepare', { seriesId: series.id, key: next.key });
    expect(prepared.items.length).toBeGreaterThan(0);
    // Held today, ahead of its date on the rota: the person confirms it, and it moves to today.
    await api(request, app, 'meetings.start', { id: prepared.meeting.id, moveToToday: true });

    await page.goto(`${app.url}#/meetings/${prepared.meeting.id}`);
    await expect(page.locator('#meeting-status')).toHaveText('Status: In progress');
    const panel = page.getByRole('region', { name: 'Documents and filing' });
    const exportButton = panel.getByRole('button', { name: 'Export for filing' });
    // Still in the Tab order, so the reason is heard; pressing it does nothing.
    await tabTo(page, exportButton, 400);
    await expect(exportButton).toHaveAttribute('aria-disabled', 'true');
    await expect(exportButton).toHaveAccessibleDescription(/The chair must approve the minutes before the extracts are filed/);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('checkbox').first()).toHaveAttribute('aria-disabled', 'true');
    await expect(panel.getByRole('button', { name: /^Download/ })).toHaveCount(0);
    expect(downloads).toBe(0);

    const minutes = panel.getByRole('button', { name: 'Export minutes to Word' });
    await expect(minutes).toHaveAccessibleDescription(/\(draft\)/);
    const downloading = page.waitForEvent('download');
    await minutes.click();
    expect((await downloading).suggestedFilename()).toBe(`Permanence Panel minutes ${todayIso()} DRAFT.docx`);
    await expectPanelAccessible(page);
  });
});
