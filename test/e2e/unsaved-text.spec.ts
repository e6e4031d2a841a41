import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedPanel } from './seed-panel';

// The same address after a restart (a new token, the same origin), so the page's own storage is the same.
const PORT = 20_000 + (process.pid % 9_000);

test.describe('Typing while the core is away', () => {
  test.use({ serverArgs: ['--port', String(PORT)] });

  test('is kept by the page, asked about before leaving, and offered back after a reload', async ({ page, app, request }) => {
    const prepared = await seedPanel(request, app);
    const meetingId = prepared.meeting.id;
    await api(request, app, 'meetings.start', { id: meetingId });
    await page.goto(`${app.url}#/meetings/${meetingId}`);
    const discussion = page.getByLabel('Discussion', { exact: true });
    await discussion.click();
    await page.keyboard.type('Placement stable.');
    await expect.poll(async () => (await api(request, app, 'minutes.get', { id: meetingId })).items[0]!.values.discussion).toBe('Placement stable.');

    // The core goes away; the minute-taker carries on typing.
    await app.stop();
    await page.keyboard.type(' Typed while the core was away.');
    // The indicator never claims it is saved.
    await expect(page.locator('.save-indicator__error')).toContainText('Not saved');

    // Reloading now asks first; staying keeps every word on screen.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.reload({ timeout: 3000 }).catch(() => undefined);
    expect(asked).toEqual(['beforeunload']);
    await expect(discussion).toHaveValue('Placement stable. Typed while the core was away.');

    // The core comes back (a restart of browser mode: a new token); the page is opened again.
    await app.start();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.goto(`${app.url}#/meetings/${meetingId}`);
    const offer = page.getByRole('region', { name: 'Text that was not saved' });
    await expect(offer).toContainText('One field you typed at');
    await expect(offer).toContainText('Placement stable. Typed while the core was away.');
    await expect(discussion).toHaveValue('Placement stable.');
    await expectNoAxeViolations(page);

    await offer.getByRole('button', { name: 'Put it back' }).click();
    await expect(offer).toHaveCount(0);
    await expect(discussion).toHaveValue('Placement stable. Typed while the core was away.');
    await expect.poll(async () => (await api(request, app, 'minutes.get', { id: meetingId })).items[0]!.values.discussion).toBe('Placement stable. Typed while the core was away.');

    // Once saved, nothing is offered again.
    await page.reload();
    await expect(discussion).toHaveValue('Placement stable. Typed while the core was away.');
    await expect(page.getByRole('region', { name: 'Text that was not saved' })).toHaveCount(0);
  });
});
