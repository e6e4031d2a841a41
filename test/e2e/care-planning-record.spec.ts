import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addWeeksIso, formatUkDate, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { isWorkingDay } from '../../shared/domain/working-days';
import { readDocx } from '../support/docx-reader';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Today, or the last working day before it: meetings are held on working days. */
function lastWorkingDay(): string {
  let date = todayIso();
  while (!isWorkingDay(date, ENGLAND_WALES_HOLIDAY_SET)) date = addDaysIso(date, -1);
  return date;
}

/** Presses `key` until `target` has the keyboard, as a keyboard user gets about; fails if it never does. */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 250): Promise<void> {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

const ROW = {
  outcome: 'Jay has a settled home with his aunt after he turns 18',
  measure: 'Staying Put arrangement agreed and funded',
  actions: 'Refer Jay to the Leaving Care service and agree the Staying Put arrangement with his aunt',
  byWhom: 'Kofi Worker',
  timescale: 'Within 6 weeks',
};

test.describe('The Care Planning Meeting Record', () => {
  test('filled from the keyboard with the guidance on screen; a SMART row made a tracked action without retyping; exported; the action listed once', async ({ page, app, request }) => {
    test.setTimeout(180_000);
    const day = lastWorkingDay();
    const team = await api(request, app, 'teams.create', { name: 'Children in Care Team 1' });
    const tm = await api(request, app, 'people.create', { name: 'Tariq Manager', role: 'team_manager', teamId: team.id });
    const sw = await api(request, app, 'people.create', { name: 'Kofi Worker', role: 'social_worker', teamId: team.id });
    await api(request, app, 'people.create', { name: 'Iris Reviewer', role: 'iro' });
    // Jay is 17: the record asks about transition to adulthood.
    const jay = await api(request, app, 'children.create', {
      caseRef: 'J17',
      firstName: 'Jay',
      lastName: 'Rowe',
      legalStatus: 'care_order',
      dateOfBirth: addDaysIso(addWeeksIso(day, -52 * 17), -30),
      dateEnteredCare: addWeeksIso(day, -60),
      placementType: 'foster_in_house',
      teamId: team.id,
      socialWorkerId: sw.id,
      teamManagerId: tm.id,
    });
    const hearing = addWeeksIso(day, 9);
    await api(request, app, 'keyDates.create', { childId: jay.id, type: 'hearing', date: hearing, label: 'Review hearing' });
    const booked = await api(request, app, 'cpm.book', { childId: jay.id, date: day, startTime: '10:00', endTime: '11:00', venue: 'Room 4', chairId: tm.id });
    const meetingId = booked.meeting.id;

    await page.goto(`${app.url}#/meetings/${meetingId}`);
    const start = page.getByRole('button', { name: 'Start the meeting' });
    await pressUntilFocused(page, start);
    await page.keyboard.press('Enter');
    const status = page.locator('#meeting-status');
    await expect(status).toHaveText('Status: In progress');

    // Each section carries its prompts from the guidance, under its label.
    const placement = page.getByLabel('Placement needs', { exact: true });
    await expect(placement).toHaveAccessibleDescription(/Why location matters/);
    await expect(page.getByLabel('Education needs', { exact: true })).toHaveAccessibleDescription(/EHCP and an up-to-date PEP; how the Virtual School/);
    await pressUntilFocused(page, placement);
    await page.keyboard.type('Jay lives with in-house foster carers near his college.');

    // The primary plan, chosen from the keyboard; the early family finding decision; transition, asked because Jay is 17.
    const primary = page.getByLabel('Primary plan');
    await pressUntilFocused(page, primary);
    await page.keyboard.type('Staying');
    await expect(primary.locator('option:checked')).toHaveText('Staying Put / Long-Term Fostering');
    const adoption = page.getByRole('group', { name: 'For adoption' });
    await pressUntilFocused(page, adoption.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(adoption.getByLabel('Not needed for this plan')).toBeChecked();
    const transition = page.getByLabel('Transition to adulthood (Leaving Care and Adult Services)');
    await pressUntilFocused(page, transition);
    await page.keyboard.type('Pathway plan started; Leaving Care personal adviser to join the next meeting.');

    // The parents' invitation: not invited, so why and how they will be told.
    const invited = page.getByRole('group', { name: 'Parents invited' });
    await pressUntilFocused(page, invited.getByLabel('Yes'));
    await page.keyboard.press('ArrowRight');
    await expect(invited.getByLabel('No')).toBeChecked();
    const why = page.getByLabel('Why the parents were not invited');
    await pressUntilFocused(page, why);
    await page.keyboard.type('Jay asked that his father is not invited; agreed with the team manager.');

    // The SMART plan: a row typed cell by cell, then made a tracked action from the row.
    const addRow = page.getByRole('button', { name: 'Add a row to the plan' });
    await pressUntilFocused(page, addRow);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Planned outcomes for the child, row 1')).toBeFocused();
    await page.keyboard.type(ROW.outcome);
    for (const [label, text] of [
      ['Measure of progress, row 1', ROW.measure],
      ['Actions, row 1', ROW.actions],
    ] as const) {
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(label)).toBeFocused();
      await page.keyboard.type(text);
    }
    const track = page.getByRole('button', { name: 'Track the action of row 1 of the plan' });
    await page.keyboard.press('Tab');
    await expect(track).toBeFocused();
    for (const [label, text] of [
      ['By whom, row 1', ROW.byWhom],
      ['Timescale, row 1', ROW.timescale],
    ] as const) {
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(label)).toBeFocused();
      await page.keyboard.type(text);
    }
    await pressUntilFocused(page, track, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const trackForm = page.getByRole('region', { name: 'Track row 1 of the plan as an action' });
    // Drafted from the row: nothing typed again.
    const what = trackForm.getByLabel('What', { exact: true });
    await expect(what).toBeFocused();
    await expect(what).toHaveValue(ROW.actions);
    await expect(trackForm.getByRole('combobox', { name: 'Owner' })).toHaveValue('Kofi Worker');
    const due = addWeeksIso(day, 6);
    await expect(trackForm.getByLabel('Due', { exact: true })).toHaveValue(formatUkDate(due));
    await expectNoAxeViolations(page);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('status').filter({ hasText: `Row 1 of the plan is now a tracked action for Kofi Worker, due ${formatUkDate(due)}.` })).toBeVisible();
    const tracked = page.locator('.smart-plan__tracked');
    await expect(tracked).toHaveText(`Tracked as an action: Kofi Worker, due ${formatUkDate(due)}`);
    await expect(tracked).toBeFocused();
    await expect(track).toHaveCount(0);
    const agreed = page.locator('.item-actions > li');
    await expect(agreed).toHaveCount(1);
    await expect(agreed.first()).toContainText(`From row 1 of the plan: ${ROW.outcome}`);

    // Rated, the next meeting booked, closed and approved.
    const group = page.getByRole('group', { name: 'RAG rating for Jay Rowe' });
    await pressUntilFocused(page, group.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Plan on track for his eighteenth birthday.');
    const next = page.getByLabel('Next meeting', { exact: true });
    await pressUntilFocused(page, next, 'Shift+Tab');
    await page.keyboard.type(formatUkDate(addWeeksIso(day, 6)));
    await page.keyboard.press('Tab');
    await expectNoAxeViolations(page);
    const close = page.getByRole('button', { name: 'Close the meeting' });
    await pressUntilFocused(page, close, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Status: Draft minutes');
    await page.getByRole('button', { name: 'Approve the minutes…' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Chair’s name')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Status: Approved');

    // The record, exported: the row and its tracked action, the key date from the child's record, no DRAFT.
    const exportButton = page.getByRole('button', { name: 'Export minutes to Word' });
    await pressUntilFocused(page, exportButton);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const doc = readDocx(new Uint8Array(fs.readFileSync((await (await downloading).path())!)));
    expect(doc.paragraphs).toContain('Case reference:\tJ17');
    expect(doc.paragraphs).toContain('Primary plan:\tStaying Put / Long-Term Fostering');
    expect(doc.paragraphs).toContain('Transition to adulthood (Leaving Care and Adult Services)');
    const smart = doc.tables.find((t) => t[0]![0] === 'Planned outcomes for the child')!;
    expect(smart[1]).toEqual([ROW.outcome, ROW.measure, `${ROW.actions}\nTracked as an action: Kofi Worker, due ${formatUkDate(due)}`, ROW.byWhom, ROW.timescale]);
    expect(doc.tables.find((t) => t[0]!.join('|') === 'What|Date|From')!.slice(1)).toContainEqual(['Court hearing: Review hearing', formatUkDate(hearing), 'The child’s record']);
    expect(doc.headers).toEqual(['OFFICIAL-SENSITIVE']);

    // The actions page lists the action once.
    await page.goto(`${app.url}#/actions`);
    await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
    await expect(page.getByText(ROW.actions, { exact: true })).toHaveCount(1);
    const listed = await api(request, app, 'actions.list', { childId: jay.id, status: 'all' });
    expect(listed.rows.map((r) => r.text)).toEqual([ROW.actions]);
    await expectNoAxeViolations(page);
  });
});

test.describe('The Legal Gateway decision record', () => {
  test('an initial plan is ratified only once it is recorded, and a Stage 1 notification without adoption among the options is asked about first', async ({ page, app, request }) => {
    test.setTimeout(120_000);
    const day = lastWorkingDay();
    const team = await api(request, app, 'teams.create', { name: 'Safeguarding Team 2' });
    const chair = await api(request, app, 'people.create', { name: 'Hana Head', role: 'chair' });
    const ruby = await api(request, app, 'children.create', { caseRef: 'L31', firstName: 'Ruby', lastName: 'Whim', legalStatus: 'child_protection', dateOfBirth: '2019-06-21', teamId: team.id });
    const types = await api(request, app, 'meetingTypes.list', {});
    const series = await api(request, app, 'series.create', {
      typeId: types.find((t) => t.code === 'lgp')!.id,
      name: 'Legal Gateway Panel',
      weekday: weekdayIndex(day),
      interval: 'weekly',
      startsOn: day,
      startTime: '13:30',
      endTime: '16:30',
      venue: null,
      chairId: chair.id,
      holidayRule: 'skip',
      rotation: [],
    });
    const prepared = await api(request, app, 'meetings.prepare', { seriesId: series.id, key: `p:${day}` });
    const added = await api(request, app, 'agenda.add', { meetingId: prepared.meeting.id, childId: ruby.id, lgpReason: 'new_referral' });
    const itemId = added.items[0]!.id;

    await page.goto(`${app.url}#/meetings/${prepared.meeting.id}`);
    await pressUntilFocused(page, page.getByRole('button', { name: 'Start the meeting' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#meeting-status')).toHaveText('Status: In progress');

    // Yes with no plan recorded anywhere: said in a sentence, the keyboard taken to the plan, nothing saved.
    const ratified = page.getByRole('group', { name: 'Initial permanence plan ratified' });
    await pressUntilFocused(page, ratified.getByLabel('Yes'));
    await page.keyboard.press('Space');
    await expect(ratified).toContainText('Record the initial permanence plan first (choose its primary option above), then ratify it.');
    const primary = page.getByLabel('Primary plan');
    await expect(primary).toBeFocused();
    expect((await api(request, app, 'minutes.get', { id: prepared.meeting.id })).items[0]!.values.planRatified).toBeUndefined();
    await expectNoAxeViolations(page);

    // Recorded at the panel, then ratified.
    await page.keyboard.type('Reun');
    await expect(primary.locator('option:checked')).toHaveText('Reunification');
    await pressUntilFocused(page, ratified.getByLabel('Yes'));
    await page.keyboard.press('Space');
    await expect(ratified.getByLabel('Yes')).toBeChecked();
    await expect.poll(async () => (await api(request, app, 'minutes.get', { id: prepared.meeting.id })).items[0]!.values.planRatified).toBe(true);

    // Stage 1 with adoption not among the options: asked first, recorded once confirmed.
    const stage1 = page.getByRole('group', { name: 'RAA Stage 1 notification needed' });
    await pressUntilFocused(page, stage1.getByLabel('Yes'));
    await page.keyboard.press('Space');
    const ask = page.getByRole('region', { name: /Adoption is not among the permanence options recorded for Ruby Whim/ });
    await expect(ask.getByRole('button', { name: 'Yes, it is needed' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(ask).toHaveCount(0);
    await expect(stage1.getByLabel('Yes')).toBeChecked();
    await expect.poll(async () => (await api(request, app, 'minutes.get', { id: prepared.meeting.id })).items[0]!.values.raaStage1).toBe(true);

    // The core refuses the same bad input from anywhere, with the sentence, and writes nothing.
    const other = await api(request, app, 'children.create', { caseRef: 'L32', firstName: 'Sol', lastName: 'Park', legalStatus: 'child_protection', teamId: team.id });
    const second = await api(request, app, 'agenda.add', { meetingId: prepared.meeting.id, childId: other.id, lgpReason: 'new_referral' });
    const secondItem = second.items.find((i) => i.id !== itemId)!.id;
    const refused = await request.post(`${app.origin}/api/minutes.save`, { data: { input: { itemId: secondItem, field: 'planRatified', value: true, version: 0 } }, headers: { 'X-Panelroom-Token': app.token } });
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('The initial permanence plan cannot be ratified: no plan is recorded for Sol Park.') } });
    expect((await api(request, app, 'minutes.get', { id: prepared.meeting.id })).items.find((i) => i.itemId === secondItem)!.values.planRatified).toBeUndefined();
  });
});
