import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';

/**
 * The minutes' Word export on a team store reads the meeting, its items, minutes, ratings and
 * actions before packing the document: each statement is a round trip over the council's network,
 * so a meeting of twenty items must be read in as many statements as one of two, never some per item.
 */

const clock = movableClock('2026-12-10T10:00:00Z');
let core: Core;
let ok: CountedCore['ok'];
let counted: CountedCore;

/** A meeting in the room with a child per item, each with typed minutes, a rating and an action. */
async function minutedPanel(fixtures: TestCore, seriesId: number, teamId: number, date: string, items: number): Promise<number> {
  const kids = [];
  for (let i = 0; i < items; i++) kids.push(await child(fixtures, teamId, `Exported${date.replace(/-/g, '')}${i}`));
  clock.set(`${date}T10:00:00Z`);
  const m = await meetingWith(fixtures, seriesId, date, kids.map((k) => k.id));
  await ok('meetings.start', { id: m.meetingId });
  for (const k of kids) {
    const itemId = m.itemOf(k.id);
    await ok('minutes.save', { itemId, field: 'discussion', value: `The panel discussed ${k.lastName}.`, version: 0 });
    await ok('minutes.rate', { itemId, childId: k.id, rating: 'green', reason: 'On track' });
    await ok('actions.create', { itemId, text: `Send the plan for ${k.lastName}`, ownerName: 'Social worker', dueOn: '2027-01-07' });
  }
  return m.meetingId;
}

let twenty: number;
let two: number;

beforeAll(async () => {
  counted = await countedTeamCore(clock.now);
  ({ core, ok } = counted);
  const fixtures = { ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  twenty = await minutedPanel(fixtures, s.series.id, s.north.id, '2026-12-10', 20);
  two = await minutedPanel(fixtures, s.series.id, s.north.id, '2026-12-24', 2);
}, 180_000);

afterAll(async () => {
  await core?.close({ backup: false });
});

describe('minutes.exportDocx on a team store', () => {
  it('reads a meeting of twenty items in as many statements as one of two', async () => {
    const big = await counted.statementsOf('minutes.exportDocx', { id: twenty });
    const small = await counted.statementsOf('minutes.exportDocx', { id: two });
    expect(big.answer.ok, JSON.stringify(big.answer)).toBe(true);
    expect(small.answer.ok, JSON.stringify(small.answer)).toBe(true);
    expect(big.sent.length, big.sent.join('\n')).toBe(small.sent.length);
  });
});
