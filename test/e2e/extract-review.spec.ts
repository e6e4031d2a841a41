import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { addDaysIso, todayIso } from '../../shared/domain/dates';
import { readDocx } from '../support/docx-reader';
import { api } from './api';
import { expect, expectNoAxeViolations, test, type PreviewApp } from './fixtures';

/** Where to save pictures of the review for a person to look at: set REVIEW_SCREENSHOTS=/tmp/review (a file name prefix). */
const SCREENSHOTS = process.env.REVIEW_SCREENSHOTS;

/** The demo's approved panel, and two children in the register who are not on it (their first names are no one's on the panel). */
async function panelAndStrangers(request: APIRequestContext, app: PreviewApp) {
  const meetings = await api(request, app, 'meetings.list', { from: addDaysIso(todayIso(), -8), to: todayIso() });
  const held = meetings.find((m) => m.typeName === 'Permanence Panel' && m.status === 'approved')!;
  const detail = await api(request, app, 'meetings.get', { id: held.id });
  const onPanel = detail.items.flatMap((i) => i.children);
  const everyone = await api(request, app, 'children.search', { query: '', limit: 50 });
  const strangers = everyone.filter((c) => !onPanel.some((p) => p.id === c.id || p.firstName === c.firstName || p.lastName === c.lastName));
  const first = strangers[0]!;
  const second = strangers.find((c) => c.firstName !== first.firstName && c.lastName !== first.lastName && c.lastName.length >= 7)!;
  return { held, onPanel, itemIds: detail.items.map((i) => i.id), first, second };
}

const bytes = async (download: Download) => new Uint8Array(fs.readFileSync((await download.path())!));

async function expectAccessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('Possible mentions of other children, reviewed before filing', () => {
  test.use({ serverArgs: ['--demo'] });

  test('an extract naming children not on the panel waits for review; reviewed from the keyboard, it is filed, reading as it should', async ({ page, app, request }) => {
    const { held, onPanel, itemIds, first, second } = await panelAndStrangers(request, app);
    const own = onPanel[0]!;
    const ownName = `${own.firstName} ${own.lastName}`;
    // 'Storyvale' typed 'Storyvael': a slip of the fingers.
    const slipped = `${second.lastName.slice(0, -2)}${second.lastName.slice(-1)}${second.lastName.slice(-2, -1)}`;
    await api(request, app, 'minutes.amend', {
      meetingId: held.id,
      itemId: itemIds[0]!,
      text: `${first.firstName} asked after ${onPanel[1]!.firstName} at school. ${second.firstName} ${slipped} visited at the weekend.`,
    });

    await page.goto(`${app.url}#/meetings/${held.id}`);
    const panel = page.getByRole('region', { name: 'Documents and filing' });
    const rows = panel.getByRole('table', { name: /Filing checklist/ }).locator('tbody tr');
    await expect(rows.nth(0)).toContainText('Waits for review: 2 possible mentions of other children to check before it can be filed.');
    await expect(rows.nth(0)).toContainText('1 mention of other children taken out without asking.');
    await expect(panel.getByRole('button', { name: `Download draft ${ownName}’s extract` })).toBeVisible();

    // Export for filing: the other two only, and it says whose waits and why.
    let downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export for filing' }).click();
    let zip = unzipSync(await bytes(await downloading));
    expect(Object.keys(zip).filter((n) => !n.endsWith('/'))).toHaveLength(onPanel.length - 1);
    await expect(panel.getByRole('status')).toContainText(`1 extract waits for a person to review possible mentions of other children, and was left out: ${ownName}’s (2 possible mentions).`);
    await expect(rows.nth(0)).toContainText('Not yet exported');

    // Downloaded on its own, it is a draft marked not for filing.
    downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: `Download draft ${ownName}’s extract` }).click();
    const draft = await downloading;
    expect(draft.suggestedFilename()).toBe(`${own.caseRef} ${own.lastName} Permanence Panel ${held.date} DRAFT - NOT FOR FILING.docx`);
    expect(readDocx(await bytes(draft)).headers.join('\n')).toContain('DRAFT – NOT FOR FILING');
    await expect(panel.getByRole('status')).toContainText('marked DRAFT – NOT FOR FILING');
    if (SCREENSHOTS) await panel.screenshot({ path: `${SCREENSHOTS}-checklist.png` });

    // To the review, from the keyboard.
    const review = panel.getByRole('link', { name: `Review ${ownName}’s extract` });
    await review.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Possible mentions of other children in ${ownName}’s extract`);
    const cards = page.getByRole('group');
    await expect(cards).toHaveCount(2);
    // Strongest first: the misspelt full name, then the first name; each in its sentence, with who it may be. The first has the keyboard.
    const misspelt = page.getByRole('group', { name: `1 of 2: “${second.firstName} ${slipped}” in Amendments after approval Strong` });
    await expect(misspelt).toBeFocused();
    await expect(misspelt).toContainText(`${second.firstName} ${slipped} visited at the weekend.`);
    await expect(misspelt).toContainText(`May be ${second.firstName} ${second.lastName} (${second.caseRef}).`);
    const firstName = page.getByRole('group', { name: new RegExp(`^2 of 2: “${first.firstName}”`) });
    await expect(firstName.locator('mark')).toHaveText(first.firstName);
    await expect(firstName).toContainText(`${first.firstName} asked after [another child] at school.`);
    await expect(page.locator('.review__progress')).toContainText('0 of 2 reviewed');
    await expectNoAxeViolations(page);
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}-review.png`, fullPage: true });

    // T takes the first out and moves on; K keeps the second (the reviewer knows it is not that child).
    await page.keyboard.press('t');
    await expect(page.getByRole('status').first()).toContainText(`Taken out: “${second.firstName} ${slipped}”. Next: “${first.firstName}”`);
    await expect(firstName).toBeFocused();
    // P goes back, N forward again: nothing is chosen by moving.
    await page.keyboard.press('p');
    await expect(misspelt).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(firstName).toBeFocused();
    await page.keyboard.press('k');
    await expect(page.getByRole('heading', { name: `${ownName}’s extract can be filed` })).toBeVisible();
    await expect(page.locator('#review-done')).toBeFocused();
    await expect(misspelt).toContainText(/Taken out on \d\d\/\d\d\/\d{4} at \d\d:\d\d by /);
    await expect(firstName).toContainText(/Kept on \d\d\/\d\d\/\d{4} at \d\d:\d\d by /);
    await expect(misspelt.getByRole('button', { name: 'Take out' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page, '.review-page');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}-reviewed.png`, fullPage: true });

    // The choices are kept: after a reload they are still there.
    await page.reload();
    await expect(page.locator('.review__progress')).toContainText('2 of 2 reviewed');

    // Back on the checklist: reviewed, who and what; export for filing now holds every extract.
    await page.getByRole('link', { name: 'Back to documents and filing' }).click();
    await expect(rows.nth(0)).toContainText(/Reviewed \d\d\/\d\d\/\d{4} at \d\d:\d\d by .+: 1 taken out, 1 kept\./);
    downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export for filing' }).click();
    zip = unzipSync(await bytes(await downloading));
    const name = Object.keys(zip).find((n) => n.endsWith(`${own.caseRef} ${own.lastName} Permanence Panel ${held.date}.docx`))!;
    const text = readDocx(zip[name]!).paragraphs.join('\n');
    expect(text).toContain(`${first.firstName} asked after [another child] at school. [another child] visited at the weekend.`);
    expect(text).not.toContain(slipped);
    await expectAccessible(page, 'section.filing');
  });

  test('Settings → Documents: a council chooses whether siblings’ names stay in a child’s extract', async ({ page, app }) => {
    await page.goto(`${app.url}#/settings/documents`);
    const group = page.getByRole('group', { name: 'Siblings’ names in a child’s extract' });
    await expect(group.getByRole('radio', { name: /^They stay/ })).toBeChecked();
    await group.getByRole('radio', { name: /^They stay/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: /^They are taken out/ })).toBeChecked();
    await page.getByRole('form', { name: 'Extracts for case records' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved: siblings’ names are taken out of a child’s extract.');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('radio', { name: /^They are taken out/ })).toBeChecked();
  });
});
