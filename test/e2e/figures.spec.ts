import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('The Figures page on a 1366 × 768 laptop', () => {
  test.use({ serverArgs: ['--demo'], viewport: { width: 1366, height: 768 } });

  test('shows each figure as a chart with its table, axe-clean; a bar opens the tracker filtered to its children', async ({ page, app, request }) => {
    const someone = (await api(request, app, 'people.list', {}))[0]!;
    await api(request, app, 'people.setCurrentUser', { personId: someone.id });
    await page.goto(`${app.url}#/tracker`);
    await page.getByRole('navigation').getByRole('link', { name: 'Figures' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('All teams');

    const timeliness = page.getByRole('region', { name: 'Timeliness of reviews' });
    await expect(timeliness.getByRole('table')).toContainText('Care Planning Meetings within 6 weeks');
    // Vega draws the chart as SVG, labelled for screen readers, one mark per bar.
    const chart = page.getByRole('region', { name: 'Children in care by permanence plan' }).locator('.figure__chart svg');
    await expect(chart.locator('path[role="graphics-symbol"]').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/figures-page.png' });
    await expectNoAxeViolations(page);

    // The "now" bar for adoption: the number in the table says how many children the tracker will list.
    const plans = page.getByRole('region', { name: 'Children in care by permanence plan' });
    const adoptionNow = await plans.getByRole('row', { name: /Adoption/ }).getByRole('cell').nth(1).textContent();
    const bar = chart.locator('path[role="graphics-symbol"][aria-label*="Adoption / Early Permanence, Now"]');
    await bar.click();
    await expect(page).toHaveURL(/#\/tracker\?part=inCare%2Fnow%2Fplan%2Fadoption/);
    await expect(page.getByRole('note')).toContainText('Children in care by permanence plan: Adoption / Early Permanence');
    await expect(page.locator('#tracker-count')).toContainText(`Showing ${adoptionNow!.trim()} of`);
    await expect(page.locator('.tracker__table tbody tr[data-index]')).toHaveCount(Number(adoptionNow));
    await expectNoAxeViolations(page);

    // The Word report, counts only unless the appendix is asked for.
    await page.getByRole('link', { name: 'Back to the figures' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export report to Word' }).click();
    expect((await download).suggestedFilename()).toMatch(/^Permanence figures All teams \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.docx$/);
    await expect(page.getByRole('status')).toContainText('The report has been exported to Word');

    // One team: the numbers follow the team; a period ending before it starts is refused in words.
    await page.getByLabel('Team', { exact: true }).selectOption({ index: 1 });
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('All teams');
    await page.getByLabel('From', { exact: true }).fill('01/10/2026');
    await page.getByLabel('To', { exact: true }).fill('01/04/2026');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await expect(page.getByRole('alert')).toContainText('The period ends (01/04/2026) before it starts (01/10/2026).');
  });
});
