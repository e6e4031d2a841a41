import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureOutput } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import { withRequestId } from '../../electron/core/data/applied-requests';
import { DataKey, KEY_ENV } from '../../electron/core/db/data-key';
import { OutboxFile } from '../../electron/core/team-outbox/outbox-file';
import { fileKind } from '../../electron/core/db/sqlite-file';
import { OUTBOX_FILE_NAME } from '../../electron/core/team-outbox';
import path from 'node:path';
import { tempDir } from '../unit/support/temp-dir';
import { CuttableLine } from './support/cuttable-line';
import { laptop, startedPanel, type Laptop, type Panel } from './support/outbox-store';
import { adminClient, SERVER } from './support/pg';

const key = DataKey.parse(process.env[KEY_ENV]!)!;
const opened: Core[] = [];
const lines: CuttableLine[] = [];

afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
  while (lines.length) await lines.pop()!.cut();
});

/** The minute-taker's laptop, reaching the team store through a line the test can cut. */
async function minuteTakersLaptop(panel: Panel, dataDir: string, line: CuttableLine): Promise<Laptop> {
  const l = await laptop({
    address: { url: `postgres://${panel.minuteTaker.login}@127.0.0.1:${line.port}/${panel.database}?sslmode=disable`, password: panel.minuteTaker.password },
    appVersion: '0.0.0-test',
    mode: 'browser',
    outbox: { dataDir, access: { key }, probeDelaysMs: [50, 100, 200] },
    onInternalError: (name, err) => {
      throw new Error(`internal error in ${name}: ${String(err)}`);
    },
  });
  opened.push(l.core);
  return l;
}

async function openLine(): Promise<CuttableLine> {
  const line = new CuttableLine({ host: SERVER.host, port: SERVER.port });
  await line.open();
  lines.push(line);
  return line;
}

async function query<T>(database: string, text: string, values: unknown[] = []): Promise<T[]> {
  const admin = await adminClient(database);
  try {
    return (await admin.query(text, values)).rows as T[];
  } finally {
    await admin.end();
  }
}

const fieldOnServer = async (database: string, itemId: number, field: string) =>
  (await query<{ value: string }>(database, 'select value from minute_fields where item_id = $1 and field = $2', [itemId, field]))[0]?.value;

const auditRows = (database: string, itemId: number) => query<{ id: number; summary: string }>(database, "select id, summary from audit_log where entity = 'minutes' and entity_id = $1 order by id", [itemId]);

/** Waits until the outbox has sent everything it can (nothing waiting), or fails after a few seconds. */
async function drained(l: Laptop): Promise<ProcedureOutput<'outbox.status'>> {
  const until = Date.now() + 10_000;
  for (;;) {
    const status = await l.ok('outbox.status');
    if (status.waiting === 0) return status;
    if (Date.now() > until) throw new Error(`the outbox still holds ${status.waiting} saves`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let panel: Panel;

beforeAll(async () => {
  panel = await startedPanel(3);
});

afterAll(async () => {
  while (opened.length) await opened.pop()!.close();
});

describe('the laptop’s outbox in team mode', () => {
  it('holds a save while the team store cannot be reached, says so, and shares it once when the line is back', async () => {
    const dataDir = tempDir();
    const line = await openLine();
    const mo = await minuteTakersLaptop(panel, dataDir, line);
    const { itemId, childId } = panel.items[0]!;

    const live = await mo.ok('minutes.save', { itemId, field: 'discussion', value: 'Shared at once.', version: 0 });
    expect(live.heldOnThisLaptop).toBeUndefined();
    expect(await fieldOnServer(panel.database, itemId, 'discussion')).toBe('Shared at once.');

    await line.cut();
    const held = await mo.ok('minutes.save', { itemId, field: 'discussion', value: 'Typed while the Wi-Fi was down.', version: live.version! });
    expect(held).toEqual({ savedAt: expect.any(String), heldOnThisLaptop: true });
    const rated = await mo.ok('minutes.rate', { itemId, childId, rating: 'amber', reason: 'Matching delayed' });
    expect(rated.heldOnThisLaptop).toBe(true);
    // The next save queues behind the held ones, so they reach the team store in order.
    expect((await mo.ok('outbox.status')).waiting).toBe(2);
    expect(await fieldOnServer(panel.database, itemId, 'discussion')).toBe('Shared at once.');
    // The outbox is its own file, encrypted like the rest.
    expect(fileKind(path.join(dataDir, OUTBOX_FILE_NAME))).toBe('encrypted');

    await line.mend();
    expect(await drained(mo)).toEqual({ waiting: 0, notShared: [] });
    expect(await fieldOnServer(panel.database, itemId, 'discussion')).toBe('Typed while the Wi-Fi was down.');
    const ratings = await query<{ rating: string; reason: string }>(panel.database, 'select rating, reason from item_ratings where item_id = $1 and child_id = $2', [itemId, childId]);
    expect(ratings).toEqual([{ rating: 'amber', reason: 'Matching delayed' }]);
    // Shared again, saves go straight to the team store.
    expect((await mo.ok('minutes.save', { itemId, field: 'discussion', value: 'Back to normal.', version: live.version! })).heldOnThisLaptop).toBeUndefined();
  });

  it('sends on a field’s saves made one after another while out of reach, each on the version the page had, without one losing the race to another', async () => {
    const own = await startedPanel(1);
    const dataDir = tempDir();
    const line = await openLine();
    const mo = await minuteTakersLaptop(own, dataDir, line);
    const { itemId } = own.items[0]!;
    const first = await mo.ok('minutes.save', { itemId, field: 'discussion', value: 'Before the drop.', version: 0 });
    expect(first.version).toEqual(expect.any(Number));

    // The page is told nothing newer while the saves are held, so every one is based on the version it had.
    await line.cut();
    const typed = ['Before the drop. Mother', 'Before the drop. Mother attended', 'Before the drop. Mother attended; contact monthly.'];
    for (const value of typed) expect((await mo.ok('minutes.save', { itemId, field: 'discussion', value, version: first.version! })).heldOnThisLaptop).toBe(true);
    await line.mend();
    expect(await drained(mo)).toEqual({ waiting: 0, notShared: [] });
    expect(await fieldOnServer(own.database, itemId, 'discussion')).toBe(typed.at(-1));
    expect((await auditRows(own.database, itemId)).length).toBe(1 + typed.length);

    // The page's next save, still on the old version, builds on them too, and answers the version it made.
    const after = await mo.ok('minutes.save', { itemId, field: 'discussion', value: `${typed.at(-1)} Back online.`, version: first.version! });
    expect(after.heldOnThisLaptop).toBeUndefined();
    expect(after.version).toBeGreaterThan(first.version!);
    expect(await fieldOnServer(own.database, itemId, 'discussion')).toBe(`${typed.at(-1)} Back online.`);
    // A save based on a version this laptop never built on is checked as any save is: refused as a conflict, nothing written.
    const stale = await mo.core.router.call('minutes.save', { itemId, field: 'discussion', value: 'Based on nothing this laptop saved.', version: first.version! + 100 });
    expect(stale.ok).toBe(false);
    expect(await fieldOnServer(own.database, itemId, 'discussion')).toBe(`${typed.at(-1)} Back online.`);
  });

  it('applies a save sent twice only once: the team store knows its id', async () => {
    const dataDir = tempDir();
    const line = await openLine();
    const mo = await minuteTakersLaptop(panel, dataDir, line);
    const { itemId } = panel.items[1]!;
    await line.cut();
    await mo.ok('minutes.save', { itemId, field: 'discussion', value: 'First, held.', version: 0 });
    const file = new OutboxFile(dataDir, { key });
    const owner = { login: panel.minuteTaker.login, store: `127.0.0.1:${line.port}/${panel.database}` };
    const first = file.nextWaiting(owner)!;
    file.close();
    await line.mend();
    await drained(mo);
    expect(await fieldOnServer(panel.database, itemId, 'discussion')).toBe('First, held.');
    // A later save changes the field; then the first one comes round again (its answer lost with the line, say).
    await mo.ok('minutes.save', { itemId, field: 'discussion', value: 'Second, shared at once.', version: 0 });
    const audits = await auditRows(panel.database, itemId);
    const again = new OutboxFile(dataDir, { key });
    again.add(owner, { requestId: first.requestId, procedure: 'minutes.save', input: first.input, savedAt: first.savedAt });
    again.close();
    await line.cut();
    await mo.ok('minutes.save', { itemId: panel.items[2]!.itemId, field: 'discussion', value: 'Wakes the outbox.', version: 0 });
    await line.mend();
    expect(await drained(mo)).toEqual({ waiting: 0, notShared: [] });
    // The repeat was recognised, not applied: the newer text stands.
    expect(await fieldOnServer(panel.database, itemId, 'discussion')).toBe('Second, shared at once.');
    const applied = await query<{ n: number }>(panel.database, 'select count(*)::int as n from applied_requests where id = $1', [first.requestId]);
    expect(applied[0]!.n).toBe(1);
    expect(await auditRows(panel.database, itemId)).toEqual(audits);

    // And the team store itself refuses the same id a second time, whatever the laptop does.
    const plain = await laptop({ address: { url: `postgres://${panel.minuteTaker.login}@${SERVER.host}:${SERVER.port}/${panel.database}?sslmode=disable`, password: panel.minuteTaker.password }, appVersion: '0.0.0-test', mode: 'browser' });
    opened.push(plain.core);
    const repeat = await withRequestId(first.requestId, () => plain.core.router.call('minutes.save', { ...(first.input as object) }));
    expect(repeat.ok).toBe(false);
    expect(await fieldOnServer(panel.database, itemId, 'discussion')).toBe('Second, shared at once.');
  });

  it('keeps, with its text and the reason, a held save for an item removed or minutes approved meanwhile: never dropped', async () => {
    const dataDir = tempDir();
    const line = await openLine();
    const mo = await minuteTakersLaptop(panel, dataDir, line);
    const removed = panel.items[2]!;
    const direct = (database: string, who: typeof panel.coordinator) =>
      laptop({ address: { url: `postgres://${who.login}@${SERVER.host}:${SERVER.port}/${database}?sslmode=disable`, password: who.password }, appVersion: '0.0.0-test', mode: 'browser' });

    await line.cut();
    // Typed with pauses: a save held at each, every one the field's whole text as it stood.
    expect((await mo.ok('minutes.save', { itemId: removed.itemId, field: 'discussion', value: 'Words for an item', version: 1 })).heldOnThisLaptop).toBe(true);
    expect((await mo.ok('minutes.save', { itemId: removed.itemId, field: 'discussion', value: 'Words for an item taken off the agenda.', version: 1 })).heldOnThisLaptop).toBe(true);
    // The person took another laptop's words (a later version) and typed on from them: a new start, not a longer copy of the first.
    expect((await mo.ok('minutes.save', { itemId: removed.itemId, field: 'discussion', value: 'Their words, and mine after them.', version: 4 })).heldOnThisLaptop).toBe(true);
    // Meanwhile, on another laptop still on the network, the item is taken off the agenda.
    await query(panel.database, 'delete from agenda_items where id = $1', [removed.itemId]);

    // A second panel, approved by its chair while this laptop could not reach the team store.
    const other = await startedPanel(1, { date: '2026-12-03' });
    const line2 = await openLine();
    const dataDir2 = tempDir();
    const mo2 = await minuteTakersLaptop(other, dataDir2, line2);
    const { itemId, childId } = other.items[0]!;
    await mo2.ok('minutes.save', { itemId, field: 'decisions', value: 'Plan for adoption endorsed.', version: 0 });
    await line2.cut();
    expect((await mo2.ok('minutes.save', { itemId, field: 'discussion', value: 'Said after the chair had approved.', version: 0 })).heldOnThisLaptop).toBe(true);
    const taker = await direct(other.database, other.minuteTaker);
    opened.push(taker.core);
    await taker.ok('minutes.rate', { itemId, childId, rating: 'green', reason: 'On track' });
    await taker.ok('meetings.close', { id: other.meetingId });
    const chairing = await direct(other.database, other.chair);
    opened.push(chairing.core);
    await chairing.ok('meetings.approve', { id: other.meetingId, approvedBy: 'Hana Head', approvedOn: '2026-12-03' });

    await line.mend();
    await line2.mend();
    const kept = await drained(mo);
    // Kept once for each version typed over, as last typed: the earlier text over version 1 is part of the later one; the words typed over version 4 began again.
    expect(kept.notShared).toEqual([
      { id: expect.any(String), procedure: 'minutes.save', itemId: removed.itemId, label: 'Discussion', text: 'Words for an item taken off the agenda.', reason: expect.stringMatching(/\S/), savedAt: expect.any(String) },
      { id: expect.any(String), procedure: 'minutes.save', itemId: removed.itemId, label: 'Discussion', text: 'Their words, and mine after them.', reason: expect.stringMatching(/\S/), savedAt: expect.any(String) },
    ]);
    const kept2 = await drained(mo2);
    expect(kept2.notShared).toEqual([
      { id: expect.any(String), procedure: 'minutes.save', itemId, label: 'Discussion', text: 'Said after the chair had approved.', reason: expect.stringContaining('approved by Hana Head'), savedAt: expect.any(String) },
    ]);
    expect(await fieldOnServer(other.database, itemId, 'discussion')).toBeUndefined();

    // Kept across a restart of the app, until the person dismisses it.
    await mo2.core.close();
    opened.splice(opened.indexOf(mo2.core), 1);
    const reopened = await minuteTakersLaptop(other, dataDir2, line2);
    const still = await reopened.ok('outbox.status');
    expect(still.notShared.map((n) => n.text)).toEqual(['Said after the chair had approved.']);
    expect(await reopened.ok('outbox.dismiss', { save: still.notShared[0]!.id })).toEqual({ waiting: 0, notShared: [] });
  });
});
