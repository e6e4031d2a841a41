import type { Locator, Page } from '@playwright/test';
import { api } from './api';
import { expect, test } from './fixtures';
import { seedPanel } from './seed-panel';

/**
 * A Permanence Panel minuted with the keyboard alone, counting every key pressed to get
 * about (typed words are counted apart): the figure the minute-taker lives with in the room.
 */
class Keys {
  moves = 0;
  typed = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.moves++;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.typed += text.length;
    await this.page.keyboard.type(text);
  }

  /** Tab (or Shift+Tab) until `target` has the keyboard, counting each press. */
  async tabTo(target: Locator, key = 'Tab', max = 250): Promise<void> {
    await expect(target).toBeAttached();
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
      await this.press(key);
    }
    await expect(target).toBeFocused();
  }
}

const ITEMS = [
  { name: 'Ava Ashby', notes: 'Placement stable.', rating: 'Red', arrows: 0, reason: 'Hearing delayed.' },
  { name: 'Ben Brook', notes: 'Contact resumed.', rating: 'Amber', arrows: 1, reason: 'Assessment late.' },
  { name: 'Cara Cole', notes: 'Matched.', rating: 'Green', arrows: 2, reason: 'On track.' },
];

test.describe('Minutes from the keyboard alone', () => {
  test('a Permanence Panel, attendance pickers included: key presses to reach Close the meeting', async ({ page, app, request }) => {
    test.setTimeout(180_000);
    const prepared = await seedPanel(request, app);
    await page.goto(`${app.url}#/meetings/${prepared.meeting.id}`);
    await expect(page.getByRole('heading', { level: 1, name: /Permanence Panel/ })).toBeVisible();
    const keys = new Keys(page);

    // As a keyboard user does: past the navigation by the skip link.
    await keys.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await keys.press('Enter');
    await keys.tabTo(page.getByRole('button', { name: 'Start the meeting' }));
    await keys.press('Enter');
    await expect(page.locator('#meeting-status')).toHaveText('Status: In progress');

    // The two places the core could not fill: each chosen from its list by typing and Enter, and the
    // second is reached straight after the first (choosing keeps the keyboard where it was).
    const iro = page.getByRole('combobox', { name: 'Who is attending as Independent Reviewing Officer (IRO)' });
    // The places still to choose for are at the top of the attendance.
    await keys.press('Alt+Shift+T');
    await expect(page.locator('#attendance-title button')).toBeFocused();
    await keys.tabTo(iro);
    await keys.type('Iva');
    await expect(page.getByRole('option', { name: /Ivan Reviewer/ })).toBeVisible();
    await keys.press('Enter');
    await expect(page.getByRole('rowheader', { name: /Ivan Reviewer/ })).toBeVisible();
    const support = page.getByRole('combobox', { name: 'Who is attending as Business support' });
    await keys.tabTo(support);
    await keys.type('B');
    // The arrows only move through the list: nothing is chosen until Enter.
    await keys.press('ArrowDown');
    await expect(page.getByRole('option', { name: /Bob Support/ })).toHaveAttribute('aria-selected', 'true');
    await keys.press('ArrowUp');
    await expect(support).toBeFocused();
    expect((await api(request, app, 'minutes.get', { id: prepared.meeting.id })).attendance.some((a) => a.name === 'Bob Support')).toBe(false);
    await keys.press('Enter');
    await expect(page.getByRole('rowheader', { name: /Bea Support/ })).toBeVisible();
    const taker = page.getByRole('combobox', { name: 'Minute-taker' });
    await keys.tabTo(taker, 'Shift+Tab');
    await keys.type('Bea');
    await keys.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Bea Support takes the minutes.' })).toBeVisible();

    const title = page.locator('#current-item-title');
    for (const [n, item] of ITEMS.entries()) {
      await expect(title).toHaveText(`Item ${n + 1} of 3: ${item.name}`);
      if (n === 0) await keys.press('Alt+Shift+I');
      await expect(page.getByLabel('Discussion', { exact: true })).toBeFocused();
      await keys.type(item.notes);
      const group = page.getByRole('group', { name: `RAG rating for ${item.name}` });
      await keys.tabTo(group.getByRole('radio').first());
      if (item.arrows === 0) await keys.press('Space');
      for (let i = 0; i < item.arrows; i++) await keys.press('ArrowDown');
      await expect(group.getByRole('radio', { name: new RegExp(`^${item.rating}`) })).toBeChecked();
      await keys.press('Tab');
      await keys.type(item.reason);
      // Straight to the new action's first field.
      await keys.press('Alt+Shift+N');
      await expect(page.getByLabel('What', { exact: true })).toBeFocused();
      await keys.type(`Chase the plan for ${item.name}`);
      await keys.press('Tab');
      await keys.type('Sam');
      await keys.press('Enter');
      await keys.press('Tab');
      await expect(page.getByLabel('Due', { exact: true })).toBeFocused();
      await keys.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Action added for Sam Worker' })).toBeVisible();
      if (n < ITEMS.length - 1) await keys.press('Alt+ArrowDown');
    }

    await keys.press('Alt+Shift+C');
    await expect(page.getByRole('button', { name: 'Close the meeting' })).toBeFocused();
    const withShortcuts = keys.moves;
    test.info().annotations.push({ type: 'key presses to Close the meeting (with shortcuts)', description: `${withShortcuts} (and ${keys.typed} characters typed)` });
    console.log(`Key presses to reach Close the meeting: ${withShortcuts}, with ${keys.typed} characters typed`);
    expect(withShortcuts).toBeLessThanOrEqual(75);
    // Every place in the attendance is filled by the person chosen.
    const attendance = await api(request, app, 'minutes.get', { id: prepared.meeting.id });
    expect(attendance.attendance.filter((a) => a.name === '')).toEqual([]);
    expect(attendance.attendance.map((a) => a.name)).toEqual(expect.arrayContaining(['Ivan Reviewer', 'Bea Support']));
  });
});
