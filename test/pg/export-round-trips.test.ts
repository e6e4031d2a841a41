import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { Core } from '../../electron/core/core';
import { CHANGES_CHANNEL, parsePayload } from '../../electron/core/team-live/payload';
import { readDocx } from '../support/docx-reader';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';
import { adminClient } from './support/pg';

/**
 * The minutes' Word export on a team store reads the meeting, its items, minutes, ratings and
 * actions, the children's records and the council's name before packing the document, then
 * records the export in the audit log and tells the other laptops: each statement is a round trip
 * over the council's network, so a meeting of twenty items must be exported in as many statements
 * as one of two, never some per item, and in as few as the work allows.
 */

/**
 * The most statements one export may send: everything it reads, as one (the minutes, the records,
 * the council's name), and its audit row with the change notice, as one more. They were nine
 * before they were folded (and the transaction's begin and commit add two, as for every write).
 */
const MOST_STATEMENTS = 2;

const clock = movableClock('2026-12-10T10:00:00Z');
let core: Core;
let ok: CountedCore['ok'];
let counted: CountedCore;

/** A meeting in the room with a child per item, each with typed minutes, a rating and an action. */
async function minutedPanel(fixtures: TestCore, seriesId: number, teamId: number, date: string, items: number): Promise<{ meetingId: number; childIds: number[] }> {
  const kids = [];
  for (let i = 0; i < items; i++) kids.push(await child(fixtures, teamId, `Exported${date.replace(/-/g, '')}${i}`));
  // Care proceedings issued for each: the record prints their week 26, from the tracker's row.
  for (const k of kids) await ok('keyDates.create', { childId: k.id, type: 'proceedings_issued', date: '2026-09-07' });
  clock.set(`${date}T10:00:00Z`);
  const m = await meetingWith(fixtures, seriesId, date, kids.map((k) => k.id));
  await ok('meetings.start', { id: m.meetingId });
  for (const k of kids) {
    const itemId = m.itemOf(k.id);
    await ok('minutes.save', { itemId, field: 'discussion', value: `The panel discussed ${k.lastName}.`, version: 0 });
    await ok('minutes.rate', { itemId, childId: k.id, rating: 'green', reason: 'On track' });
    await ok('actions.create', { itemId, text: `Send the plan for ${k.lastName}`, ownerName: 'Social worker', dueOn: '2027-01-07' });
  }
  return { meetingId: m.meetingId, childIds: kids.map((k) => k.id) };
}

let twenty: number;
let two: number;
/** A meeting whose children's details were not kept with it (one held before they were): its records are read as they stand now. */
let unkept: { meetingId: number; childIds: number[] };

async function asAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = await adminClient(counted.database);
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const paragraphsOf = (answer: Awaited<ReturnType<CountedCore['statementsOf']>>['answer']) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return readDocx(Buffer.from((answer.value as { base64: string }).base64, 'base64')).paragraphs;
};

beforeAll(async () => {
  counted = await countedTeamCore(clock.now);
  ({ core, ok } = counted);
  const fixtures = { ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  twenty = (await minutedPanel(fixtures, s.series.id, s.north.id, '2026-12-10', 20)).meetingId;
  two = (await minutedPanel(fixtures, s.series.id, s.north.id, '2026-12-24', 2)).meetingId;
  unkept = await minutedPanel(fixtures, s.series.id, s.north.id, '2027-01-07', 1);
  await asAdmin((admin) => admin.query('delete from record_details where item_id in (select id from agenda_items where meeting_id = $1)', [unkept.meetingId]));
}, 240_000);

afterAll(async () => {
  await core?.close({ backup: false });
});

describe('minutes.exportDocx on a team store', () => {
  it('exports a meeting of twenty items in as many statements as one of two, and in two', async () => {
    const big = await counted.statementsOf('minutes.exportDocx', { id: twenty });
    const small = await counted.statementsOf('minutes.exportDocx', { id: two });
    expect(big.answer.ok, JSON.stringify(big.answer)).toBe(true);
    expect(small.answer.ok, JSON.stringify(small.answer)).toBe(true);
    expect(big.sent.length, big.sent.join('\n')).toBe(small.sent.length);
    expect(big.sent.length, big.sent.join('\n')).toBeLessThanOrEqual(MOST_STATEMENTS);
  });

  it('records the export in the audit log as it always has, and tells the other laptops in the same statement', async () => {
    const listener = await adminClient(counted.database);
    const heard: string[] = [];
    try {
      listener.on('notification', (n) => n.channel === CHANGES_CHANNEL && n.payload && heard.push(n.payload));
      await listener.query(`listen ${CHANGES_CHANNEL}`);
      const before = await asAdmin(async (admin) => Number((await admin.query('select max(id) as id from audit_log')).rows[0].id));
      const exported = await counted.statementsOf('minutes.exportDocx', { id: two });
      expect(exported.answer.ok, JSON.stringify(exported.answer)).toBe(true);
      const { fileName } = (exported.answer as { value: { fileName: string } }).value;
      const rows = await asAdmin(async (admin) => (await admin.query('select actor, action, entity, entity_id, summary, details from audit_log where id > $1 order by id', [before])).rows);
      expect(rows).toEqual([
        {
          actor: 'Ada Everything',
          action: 'export',
          entity: 'meeting',
          entity_id: two,
          summary: 'Exported the minutes of Permanence Panel on 24/12/2026 to Word (draft)',
          details: JSON.stringify({ fileName, items: 2 }),
        },
      ]);
      // The notice is sent as the transaction commits: wait for it on the listening connection.
      for (let waited = 0; heard.length === 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(heard.map((p) => parsePayload(p)?.events)).toEqual([[{ entity: 'meeting', ids: [two] }]]);
    } finally {
      await listener.end();
    }
  });

  it('reads the records of children whose details were not kept in the same statements, as they stand now', async () => {
    const exported = await counted.statementsOf('minutes.exportDocx', { id: unkept.meetingId });
    expect(exported.answer.ok, JSON.stringify(exported.answer)).toBe(true);
    expect(exported.sent.length, exported.sent.join('\n')).toBeLessThanOrEqual(MOST_STATEMENTS);
    // The child's extract prints its record (read as the minutes' export reads it): proceedings issued on 07/09/2026, week 26 the tracker's.
    const extract = await counted.statementsOf('minutes.exportExtract', { meetingId: unkept.meetingId, childId: unkept.childIds[0]! });
    expect(paragraphsOf(extract.answer).join('\n')).toContain('Care proceedings issued 07/09/2026; week 26 08/03/2027');
  });

  it('prints the same records while the tracker works out the same children again beside it', async () => {
    const input = { meetingId: unkept.meetingId, childId: unkept.childIds[0]! };
    const settled = paragraphsOf((await counted.statementsOf('minutes.exportExtract', input)).answer);
    // The child's tracker row as a refresh finds it: out of date and, until worked out again, wrong.
    await asAdmin((admin) => admin.query("update child_tracking set computed_for = '0000-00-00', week26_date = null, proceedings_issued = null where child_id = any($1)", [unkept.childIds]));
    const [exported] = await Promise.all([core.router.call('minutes.exportExtract', input), ok('tracker.query', {})]);
    expect(paragraphsOf(exported)).toEqual(settled);
    expect(settled.join('\n')).toContain('Care proceedings issued 07/09/2026; week 26 08/03/2027');
  });
});
