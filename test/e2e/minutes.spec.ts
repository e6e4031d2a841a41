import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addWeeksIso, formatUkDate, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { isWorkingDay } from '../../shared/domain/working-days';
import { api } from './api';
import { expect, expectNoAxeViolations, test, type PreviewApp } from './fixtures';

/** Today, or the last working day before it: panels meet on working days, and minutes cannot be approved before the meeting. */
function lastWorkingDay(): string {
  let date = todayIso();
  while (!isWorkingDay(date, ENGLAND_WALES_HOLIDAY_SET)) date = addDaysIso(date, -1);
  return date;
}

/**
 * A weekly Permanence Panel for one team, with three red-rated children due at its date a
 * week or so ago (prepared), and its latest date today or just before: the next panel.
 * Both have been held by today, so both can be started now: a meeting is never held before its date.
 */
async function seedPanel(request: APIRequestContext, app: PreviewApp) {
  const today = todayIso();
  const panelDay = lastWorkingDay();
  const team = await api(request, app, 'teams.create', { name: 'North Team' });
  const chair = await api(request, app, 'people.create', { name: 'Hana Head', role: 'chair' });
  const sw = await api(request, app, 'people.create', { name: 'Sam Worker', role: 'social_worker', teamId: team.id });
  await api(request, app, 'people.create', { name: 'Tariq Manager', role: 'team_manager', teamId: team.id });
  await api(request, app, 'people.create', { name: 'Iris Reviewer', role: 'iro' });
  await api(request, app, 'people.create', { name: 'Bea Support', role: 'business_support' });
  await api(request, app, 'people.create', { name: 'Lee Legal', role: 'legal_adviser' });
  const enteredCare = addWeeksIso(today, -40);
  const children = [];
  for (const [ref, first, last] of [
    ['N101', 'Ava', 'Ashby'],
    ['N102', 'Ben', 'Brook'],
    ['N103', 'Cara', 'Cole'],
  ] as const) {
    const child = await api(request, app, 'children.create', { caseRef: ref, firstName: first, lastName: last, legalStatus: 'care_order', teamId: team.id, socialWorkerId: sw.id, dateEnteredCare: enteredCare });
    // Red 5 weeks ago: due back at panel a week ago (every 4 weeks while red).
    await api(request, app, 'ratings.create', { childId: child.id, rating: 'red', reason: 'Drift in the plan', ratedOn: addDaysIso(today, -35) });
    children.push(child);
  }
  const types = await api(request, app, 'meetingTypes.list', {});
  const pp = types.find((t) => t.code === 'pp')!;
  const series = await api(request, app, 'series.create', {
    typeId: pp.id,
    name: 'Permanence Panel (weekly)',
    weekday: weekdayIndex(panelDay),
    interval: 'weekly',
    startsOn: addDaysIso(panelDay, -14),
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: chair.id,
    holidayRule: 'skip',
    rotation: [team.id],
  });
  const rota = await api(request, app, 'rota.view', { seriesId: series.id, from: addDaysIso(panelDay, -14), to: panelDay });
  // Two weeks back, so a bank holiday skipped on the way still leaves two dates.
  const held = rota.occurrences.filter((o) => o.status === 'scheduled');
  const next = held[held.length - 1]!;
  const first = await api(request, app, 'meetings.prepare', { seriesId: series.id, key: held[held.length - 2]!.key });
  return { today, team, chair, children, series, next, first };
}

/**
 * Presses `key` (Tab by default) until `target` has the keyboard: the way a keyboard user gets
 * about. Fails if it never arrives, so a control left out of the Tab order fails the test.
 */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 200): Promise<void> {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Chooses an option of the focused drop-down list by typing the start of its words, as keyboard users do. */
async function typeToChoose(page: Page, words: string): Promise<void> {
  await page.keyboard.type(words, { delay: 20 });
}

test.describe('Live minutes', () => {
  test('a Permanence Panel minuted from the keyboard: attendance, notes, ratings and actions; closed, approved, amended; actions reviewed at the next panel', async ({ page, app, request }) => {
    // Two panels minuted by key presses alone, approved and amended: about two and a half minutes on a quiet machine.
    test.setTimeout(300_000);
    const { today, children, series, next: nextDate, first } = await seedPanel(request, app);
    const meetingId = first.meeting.id;
    expect(first.items.map((i) => i.children.map((c) => c.firstName).join())).toEqual(['Ava', 'Ben', 'Cara']);

    await page.goto(`${app.url}#/meetings/${meetingId}`);
    await expect(page.getByRole('heading', { level: 1, name: /Permanence Panel/ })).toBeVisible();

    // Start the meeting.
    const start = page.getByRole('button', { name: 'Start the meeting' });
    await pressUntilFocused(page, start);
    await page.keyboard.press('Enter');
    const status = page.locator('#meeting-status');
    await expect(status).toHaveText('Status: In progress');
    await expect(status).toBeFocused();
    const saved = page.locator('.save-indicator [role=status]');

    // Attendance: Bea Support takes the minutes; the IRO sends apologies; the chair declares an interest.
    const minuteTaker = page.getByLabel('Minute-taker');
    await pressUntilFocused(page, minuteTaker);
    await typeToChoose(page, 'Bea');
    await page.keyboard.press('Enter');
    await expect(minuteTaker).toHaveValue('Bea Support');
    await expect(page.getByRole('status').filter({ hasText: 'Bea Support takes the minutes.' })).toBeVisible();
    const chairDeclaration = page.getByLabel('Declaration of interest by Hana Head');
    await pressUntilFocused(page, chairDeclaration);
    await page.keyboard.type('Knows the foster carers of Ben Brook.');
    const iroPresent = page.getByRole('group', { name: 'Attendance of Iris Reviewer' }).getByLabel('Present');
    await pressUntilFocused(page, iroPresent);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('group', { name: 'Attendance of Iris Reviewer' }).getByLabel('Apologies')).toBeChecked();
    await expect(page.locator('.attendance__counts')).toHaveText('8 present, 1 apologies, 0 absent');
    await expect(saved).toHaveText(/^All changes saved at \d\d:\d\d$/);

    await expectNoAxeViolations(page);

    // Each child: notes, a rating with its reason, two actions; Alt+↓ to the next item.
    const plan = [
      { name: 'Ava Ashby', notes: 'Placement stable; the final hearing is listed.', rating: 'Red', keys: ['Space'], reason: 'Hearing delayed twice.', owner: 'Sam', ownerName: 'Sam Worker' },
      { name: 'Ben Brook', notes: 'Contact with mother resumed fortnightly.', rating: 'Amber', keys: ['ArrowDown'], reason: 'Assessment late by three weeks.', owner: 'Tariq', ownerName: 'Tariq Manager' },
      { name: 'Cara Cole', notes: 'Matched with long-term carers.', rating: 'Green', keys: ['ArrowDown', 'ArrowDown'], reason: 'On track for the match.', owner: 'Iris', ownerName: 'Iris Reviewer' },
    ];
    const title = page.locator('#current-item-title');
    const discussion = page.getByLabel('Discussion', { exact: true });
    for (const [n, child] of plan.entries()) {
      await expect(title).toHaveText(`Item ${n + 1} of 3: ${child.name}`);
      // Moving item put the keyboard in the first field, ready to type.
      if (n > 0) await expect(discussion).toBeFocused();
      await pressUntilFocused(page, discussion);
      await page.keyboard.type(child.notes);
      // "Saving…" lasts a fraction of a second, too short to catch reliably on a busy machine:
      // what matters is that the words reach the core and then the indicator says so.
      await expect.poll(async () => (await api(request, app, 'minutes.get', { id: meetingId })).items[n]!.values.discussion).toBe(child.notes);
      await expect(saved).toHaveText(/^All changes saved at \d\d:\d\d$/);

      if (n === 0) {
        // Reloading just after typing keeps what was typed.
        await page.keyboard.type(' Next hearing in March.');
        await page.waitForTimeout(600);
        await page.reload();
        await expect(title).toHaveText(`Item 1 of 3: ${child.name}`);
        await expect(discussion).toHaveValue(`${child.notes} Next hearing in March.`);
      }

      const group = page.getByRole('group', { name: `RAG rating for ${child.name}` });
      await pressUntilFocused(page, group.getByRole('radio').first());
      for (const key of child.keys) await page.keyboard.press(key);
      await expect(group.getByRole('radio', { name: new RegExp(`^${child.rating}`) })).toBeChecked();
      const reason = page.getByLabel(`Reason for ${child.name}’s rating`);
      await page.keyboard.press('Tab');
      await expect(reason).toBeFocused();
      if (n === 2) {
        // Left without a reason: said at once, and the meeting will not close.
        await page.keyboard.press('Tab');
        await expect(page.locator('.rating .field__error')).toHaveText('Error: Give the reason for the rating.');
      } else {
        await page.keyboard.type(child.reason);
      }

      const what = page.getByLabel('What', { exact: true });
      await pressUntilFocused(page, what);
      await page.keyboard.type(`Chase the plan for ${child.name}`);
      await page.keyboard.press('Tab');
      await typeToChoose(page, child.owner);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Due', { exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: `Action added for ${child.ownerName}` })).toBeVisible();
      await expect(what).toBeFocused();
      await expect(what).toHaveValue('');
      // The second owner is not on the people list: typed in.
      await page.keyboard.type(`Send the minutes about ${child.name} to the IRO`);
      await page.keyboard.press('Tab');
      // Typed in full and chosen as typed.
      await typeToChoose(page, 'Pat Advocate');
      await expect(page.getByRole('option', { name: 'Use “Pat Advocate” (not on the list)' })).toBeVisible();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Due', { exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Action added for Pat Advocate' })).toBeVisible();
      const actions = page.locator('.item-actions > li');
      await expect(actions).toHaveCount(2);
      await expect(actions.nth(0)).toContainText(`Chase the plan for ${child.name}`);
      await expect(actions.nth(0)).toContainText(`Owner: ${child.ownerName}`);
      await expect(actions.nth(1)).toContainText('Owner: Pat Advocate');

      if (n < 2) await page.keyboard.press('Alt+ArrowDown');
    }
    await expect(page.locator('.agenda-nav__tick')).toHaveCount(3);
    await expectNoAxeViolations(page);

    // Closing is refused while Cara's rating has no reason: the summary says so and takes focus.
    const close = page.getByRole('button', { name: 'Close the meeting' });
    await pressUntilFocused(page, close, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const problem = page.locator('.error-summary');
    await expect(problem).toBeFocused();
    await expect(problem).toContainText('Give the reason for Cara Cole’s green rating.');
    await expect(status).toHaveText('Status: In progress');
    const caraReason = page.getByLabel('Reason for Cara Cole’s rating');
    await pressUntilFocused(page, caraReason);
    await page.keyboard.type(plan[2]!.reason);
    await pressUntilFocused(page, close, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Status: Draft minutes');
    await expect(status).toBeFocused();

    // Approve: the chair's name and today's date are filled in.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Approve the minutes…' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Chair’s name')).toBeFocused();
    await expect(page.getByLabel('Chair’s name')).toHaveValue('Hana Head');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Status: Approved');
    await expect(page.locator('.read-only-note').first()).toContainText(`Approved on ${formatUkDate(today)} by Hana Head — corrections are made as amendments`);

    // After approval the minutes are read-only, here and at the core.
    await expect(discussion).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('Reason for Cara Cole’s rating')).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Add the action' })).toHaveCount(0);
    // Sent over the version the field shows, so it is the approval that refuses it and nothing else.
    const shown = (await api(request, app, 'minutes.get', { id: first.meeting.id })).items.find((i) => i.itemId === first.items[0]!.id)!;
    const refused = await request.post(`${app.origin}/api/minutes.save`, {
      data: { input: { itemId: first.items[0]!.id, field: 'discussion', value: 'Changed after approval', version: shown.versions.discussion ?? 0 } },
      headers: { 'X-Panelroom-Token': app.token },
    });
    const body = (await refused.json()) as { ok: boolean; error?: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error?.code).toBe('READ_ONLY');
    expect(body.error?.message).toContain('Make the correction as an amendment');
    await expectNoAxeViolations(page);

    // A correction is made as an amendment, dated and listed with the minutes.
    const part = page.getByLabel('What it corrects');
    await pressUntilFocused(page, part);
    await typeToChoose(page, 'Item 3');
    await expect(part.locator('option:checked')).toHaveText('Item 3: Cara Cole');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('The correction')).toBeFocused();
    await page.keyboard.type('The match is with short-term carers, not long-term.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add the amendment' })).toBeFocused();
    await page.keyboard.press('Enter');
    const amendment = page.locator('.amendment');
    await expect(amendment).toHaveCount(1);
    await expect(amendment).toContainText(formatUkDate(today));
    await expect(amendment).toContainText('Item 3: Cara Cole');
    await expect(amendment).toContainText('The match is with short-term carers, not long-term.');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.locator('.amendment')).toContainText('The match is with short-term carers');
    await expect(discussion).toHaveValue(plan[2]!.notes);

    // The next panel: Ava's two actions come up for review.
    const next = await api(request, app, 'meetings.prepare', { seriesId: series.id, key: nextDate.key });
    if (!next.items.some((i) => i.children.some((c) => c.id === children[0]!.id))) await api(request, app, 'agenda.add', { meetingId: next.meeting.id, childId: children[0]!.id });
    await page.goto(`${app.url}#/meetings/${next.meeting.id}`);
    await pressUntilFocused(page, page.getByRole('button', { name: 'Start the meeting' }));
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Status: In progress');
    const avaItem = page.locator('.agenda-nav__item', { hasText: 'Ava Ashby' });
    if ((await avaItem.getAttribute('aria-current')) === null) {
      await pressUntilFocused(page, avaItem);
      await page.keyboard.press('Enter');
    }
    await expect(title).toContainText('Ava Ashby');
    const earlier = page.locator('.earlier-action');
    await expect(earlier).toHaveCount(2);
    await expect(earlier.nth(0)).toContainText('Chase the plan for Ava Ashby');
    await expect(earlier.nth(0)).toContainText('Owner: Sam Worker');
    await expect(earlier.nth(0)).toContainText(`From: Permanence Panel, ${formatUkDate(first.meeting.date)}`);
    await expect(earlier.nth(1)).toContainText('Send the minutes about Ava Ashby to the IRO');
    await expect(earlier.nth(1)).toContainText('Owner: Pat Advocate');

    // Reviewed from the keyboard: the first is done; the second carried forward, which needs a reason.
    const firstReview = page.getByRole('group', { name: /^Outcome at this meeting for “Chase the plan for Ava Ashby”$/ });
    await pressUntilFocused(page, firstReview.getByLabel('Done'));
    await page.keyboard.press('Space');
    await expect(firstReview.getByLabel('Done')).toBeChecked();
    const secondReview = page.getByRole('group', { name: /^Outcome at this meeting for “Send the minutes about Ava Ashby to the IRO”$/ });
    await pressUntilFocused(page, secondReview.getByLabel('Done'));
    await page.keyboard.press('ArrowRight');
    await expect(secondReview.getByLabel('Carried forward')).toBeChecked();
    const carriedNote = earlier.nth(1).getByLabel(/^Note/);
    // No error before there has been a chance to type the reason: it is asked for, in words.
    await expect(earlier.nth(1).getByText('Say why it is carried forward: the outcome is saved with the reason.')).toBeVisible();
    await expect(earlier.nth(1).locator('.field__error')).toHaveCount(0);
    await expect(page.locator('.save-indicator [role=alert]')).toHaveText('');
    await pressUntilFocused(page, carriedNote);
    await page.keyboard.type('Waiting for the IRO to return from leave.');
    await expect(saved).toHaveText(/^All changes saved at \d\d:\d\d$/);
    await expect(page.locator('.save-indicator [role=alert]')).toHaveText('');
    await expect(earlier.nth(1).locator('.field__error')).toHaveCount(0);
    const reviewed = await api(request, app, 'minutes.get', { id: next.meeting.id });
    const reviewedActions = reviewed.items.flatMap((i) => i.earlierActions);
    // Neither review moved the due date, so the date as reviewed is the action's own.
    expect(reviewedActions.map((a) => a.review)).toEqual([
      { outcome: 'done', note: '', newDueOn: null, dueBefore: reviewedActions[0]!.dueOn },
      { outcome: 'carried', note: 'Waiting for the IRO to return from leave.', newDueOn: null, dueBefore: reviewedActions[1]!.dueOn },
    ]);
    await expectNoAxeViolations(page);
  });
});
