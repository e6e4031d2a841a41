import fs from 'node:fs';
import path from 'node:path';
import { DataKey, KEY_ENV, KEY_FILE_NAME } from '../../electron/core/db/data-key';
import { openSqliteFile } from '../../electron/core/db/sqlite-file';
import { api } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('Data safety', () => {
  test('a damaged data file opens on a recovery screen that restores the newest good backup', async ({ page, app, request }) => {
    await api(request, app, 'teams.create', { name: 'Team in the backup' });
    await api(request, app, 'backups.create');
    await api(request, app, 'teams.create', { name: 'Team added after the backup' });
    await app.restart(() => {
      const file = path.join(app.dataDir, 'panelroom.sqlite3');
      // The damage must land on pages the data really lives in. A stop that had to be forced leaves
      // the latest pages in the write-ahead log, where they would hide the scribbled ones: fold them
      // into the file first, as a clean close would have.
      if (fs.existsSync(`${file}-wal`)) {
        const key = DataKey.parse(process.env[KEY_ENV] || fs.readFileSync(path.join(app.dataDir, KEY_FILE_NAME), 'utf8'))!;
        openSqliteFile(file, { key }).close();
      }
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      const fd = fs.openSync(file, 'r+');
      const size = fs.fstatSync(fd).size;
      for (let at = 8192; at < size; at += 4096 * 2) fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, at);
      fs.closeSync(fd);
    });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Panelroom’s data file is damaged' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Nothing has been deleted.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Restore the newest good backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Permanence Tracker' })).toBeVisible();
    await page.goto(app.url + '#/settings/teams');
    await expect(page.getByRole('rowheader', { name: 'Team in the backup' })).toBeVisible();
    expect(fs.readdirSync(path.join(app.dataDir, 'replaced')).some((f) => f.endsWith('.sqlite3'))).toBe(true);
  });

  test('backups can be taken and restored from Settings, and every change is in the audit log', async ({ page, app, request }) => {
    await api(request, app, 'teams.create', { name: 'Original Team' });
    await page.goto(app.url + '#/settings/backups');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('status')).toHaveText('Backup taken.');
    await expectNoAxeViolations(page);
    await api(request, app, 'teams.create', { name: 'Later Team' });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: /^Restore the backup from/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Permanence Tracker' })).toBeVisible();
    await page.goto(app.url + '#/settings/teams');
    await expect(page.getByRole('rowheader', { name: 'Original Team' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Later Team' })).toHaveCount(0);

    await page.goto(app.url + '#/settings/audit-log');
    await expect(page.getByRole('cell', { name: /^Restored the backup taken/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Added team “Original Team”' })).toBeVisible();
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to CSV' }).click();
    const file = await (await download).path();
    expect(fs.readFileSync(file, 'utf8')).toContain('Added team “Original Team”');
  });
});
