import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('The tracker on a 1366 × 768 laptop', () => {
  test.use({ serverArgs: ['--demo'], viewport: { width: 1366, height: 768 } });

  test('shows at least fifteen children whole, each on one or two lines; the details on focus; the choice of rows remembered', async ({ page, app, request }) => {
    // An ordinary day: the person at this computer said who they are on the first.
    const someone = (await api(request, app, 'people.list', {}))[0]!;
    await api(request, app, 'people.setCurrentUser', { personId: someone.id });
    await page.goto(`${app.url}#/tracker`);
    await expect(page.locator('#tracker-count')).toContainText('Showing 60 of 60 children');
    await expect(page.getByRole('button', { name: 'Compact rows' })).toHaveAttribute('aria-pressed', 'true');

    /** Rows whose whole height is inside both the window and the list's scrolling box. */
    const fullyVisible = () =>
      page.evaluate(() => {
        const box = document.querySelector('.tracker__scroll')!.getBoundingClientRect();
        const head = document.querySelector('.tracker__table thead')!.getBoundingClientRect();
        const top = Math.max(box.top, head.bottom, 0);
        const bottom = Math.min(box.bottom, window.innerHeight);
        const rows = [...document.querySelectorAll<HTMLElement>('.tracker__table tbody tr[data-index]')].map((tr) => tr.getBoundingClientRect());
        return { count: rows.filter((r) => r.top >= top - 0.5 && r.bottom <= bottom + 0.5).length, tallest: Math.max(...rows.map((r) => r.height)) };
      });
    const compact = await fullyVisible();
    expect(compact.count).toBeGreaterThanOrEqual(15);
    // One or two lines of text at most (a line is about 18 px at this size).
    expect(compact.tallest).toBeLessThanOrEqual(48);
    // Nothing is broken mid-word, and the search's placeholder is whole.
    const search = page.getByLabel('Search');
    expect(await search.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expectNoAxeViolations(page);

    // The details of the child with the keyboard, below the list; the child's page has the rest.
    const first = page.locator('tr[data-index="0"]');
    await first.getByRole('link').focus();
    const name = (await first.getByRole('link').textContent())!;
    const [last, given] = name.split(', ');
    await expect(page.locator('.tracker__details')).toContainText(`${given} ${last}`);
    await expect(page.locator('.tracker__details')).toContainText(/RAG (red|amber|green)/);
    await expect(first).toHaveAttribute('title', new RegExp(`^${given} ${last}`));

    // Detailed rows, chosen once, stay chosen.
    await page.getByRole('button', { name: 'Detailed rows' }).click();
    await expect(page.getByRole('button', { name: 'Detailed rows' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await fullyVisible()).count).toBeLessThan(compact.count);
    await page.reload();
    await expect(page.locator('#tracker-count')).toContainText('Showing 60 of 60 children');
    await expect(page.getByRole('button', { name: 'Detailed rows' })).toHaveAttribute('aria-pressed', 'true');
    // "Section 20 (accommodated by agreement)" wraps between words, never inside one.
    const wrapped = await page.evaluate(() => [...document.querySelectorAll('.tracker__table tbody td')].filter((td) => /accommodated/.test(td.textContent ?? '')).every((td) => getComputedStyle(td).overflowWrap !== 'anywhere'));
    expect(wrapped).toBe(true);
    await expectNoAxeViolations(page);

    // Moving to another page puts the keyboard on its heading; Settings > People says who is using this computer.
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused();
    await expect(page.getByLabel('Who is using Panelroom on this computer')).toHaveValue(someone.name);
  });
});
