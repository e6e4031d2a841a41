import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/core/context';
import { recordEditAudit, type EditEntry } from '../../electron/core/data/audit';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/connection';
import { openTeamStore, type TeamStore } from '../../electron/core/db/postgres';
import { freshTeamStore, loginAddress, loginClient, person, type Person } from './support/pg';

/**
 * A spell of typing on a team store: the audit log is append-only, so each save adds a row that
 * carries the spell on (the value before it, the saves counted, when it began), read from the newest
 * row and written in one statement. The rows' JSON is the text the laptop's rule writes
 * (JSON.stringify of { from, to, saves, firstAt }), character for character.
 */

let database: string;
let jo: Person;
let sam: Person;
let store: TeamStore;
let clock = new Date('2026-11-22T10:00:00.000Z');
const ctx = (): ServiceContext => ({ db: store.db, actor: jo.name, login: jo.login, now: () => clock });

const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

async function edit(entry: Omit<EditEntry, 'entity'> & { entity?: string }): Promise<void> {
  await store.db.transaction().execute((trx) => recordEditAudit(trx, { ...ctx(), db: trx as never }, { entity: 'minutes', ...entry }));
}

async function newest(n: number): Promise<{ at: string; actor: string; summary: string; details: string | null }[]> {
  const client = await loginClient(database, jo.login, jo.password);
  try {
    return (await client.query('select at, actor, summary, details from audit_log order by id desc limit $1', [n])).rows.reverse();
  } finally {
    await client.end();
  }
}

const json = (from: unknown, to: unknown, saves: number, firstAt: string) => JSON.stringify({ from, to, saves, firstAt });

beforeAll(async () => {
  database = await freshTeamStore();
  jo = await person(database, 'minute_taker', 'Jo Bloggs');
  sam = await person(database, 'minute_taker', 'Sam Other');
  store = await openTeamStore(loginAddress(database, jo.login, jo.password), LATEST_SCHEMA_VERSION);
});

afterAll(async () => {
  await store?.close();
});

describe('a spell of typing in a team store’s audit log', () => {
  it('goes on in a new row while the same person edits the same thing, and starts again after a pause', async () => {
    const summary = 'Edited “Discussion” for Alex Smith at Permanence Panel on 19/11/2026';
    const t0 = clock.toISOString();
    await edit({ entityId: 7, summary, from: null, to: 'The panel' });
    advance(2);
    await edit({ entityId: 7, summary, from: 'The panel', to: 'The panel heard' });
    advance(2);
    await edit({ entityId: 7, summary, from: 'The panel heard', to: 'The panel heard that “the mother” attended' });
    advance(20 * 60);
    const t3 = clock.toISOString();
    await edit({ entityId: 7, summary, from: 'The panel heard that “the mother” attended', to: 'The panel heard' });
    expect((await newest(4)).map((r) => r.details)).toEqual([
      json(null, 'The panel', 1, t0),
      json(null, 'The panel heard', 2, t0),
      json(null, 'The panel heard that “the mother” attended', 3, t0),
      json('The panel heard that “the mother” attended', 'The panel heard', 1, t3),
    ]);
    expect((await newest(4)).map((r) => r.actor)).toEqual(Array(4).fill('Jo Bloggs'));
  });

  it('keeps the value before the spell as it was written (objects, quotes, accents), and starts a new row for another thing or summary', async () => {
    advance(60);
    const red = 'Rated Zoë O’Brien’s plan red at Care Planning Meeting on 19/11/2026';
    const before = { rating: 'amber', reason: 'Said "no" to contact; Zoë’s view\nnoted' };
    const t0 = clock.toISOString();
    await edit({ entityId: 9, summary: red, from: before, to: { rating: 'red', reason: 'D' } });
    advance(3);
    await edit({ entityId: 9, summary: red, from: { rating: 'red', reason: 'D' }, to: { rating: 'red', reason: 'Drift' } });
    advance(3);
    const t2 = clock.toISOString();
    await edit({ entityId: 10, summary: red, from: null, to: { rating: 'red', reason: 'Drift' } });
    advance(3);
    const t3 = clock.toISOString();
    await edit({ entityId: 10, summary: 'Rated Zoë O’Brien’s plan green at Care Planning Meeting on 19/11/2026', from: { rating: 'red', reason: 'Drift' }, to: { rating: 'green', reason: 'Drift' } });
    advance(3);
    const t4 = clock.toISOString();
    await edit({ entity: 'action', entityId: null, summary: 'Edited an action', from: 'x', to: 'y' });
    advance(3);
    await edit({ entity: 'action', entityId: null, summary: 'Edited an action', from: 'y', to: 'z' });
    expect((await newest(6)).map((r) => r.details)).toEqual([
      json(before, { rating: 'red', reason: 'D' }, 1, t0),
      json(before, { rating: 'red', reason: 'Drift' }, 2, t0),
      json(null, { rating: 'red', reason: 'Drift' }, 1, t2),
      json({ rating: 'red', reason: 'Drift' }, { rating: 'green', reason: 'Drift' }, 1, t3),
      json('x', 'y', 1, t4),
      json('x', 'z', 2, t4),
    ]);
  });

  it('starts a new spell after another person’s row, and reads an odd newest row as the laptop’s rule does', async () => {
    advance(60);
    const summary = 'Edited “Decisions” for Alex Smith at Permanence Panel on 19/11/2026';
    const t0 = clock.toISOString();
    await edit({ entityId: 7, summary, from: null, to: 'Adoption' });
    const other = await loginClient(database, sam.login, sam.password);
    try {
      await other.query(`insert into audit_log (at, actor, action, entity, entity_id, summary, details) values ($1, 'x', 'update', 'minutes', 7, $2, $3)`, [clock.toISOString(), summary, json(null, 'Adoption!', 1, t0)]);
    } finally {
      await other.end();
    }
    advance(2);
    const t1 = clock.toISOString();
    await edit({ entityId: 7, summary, from: 'Adoption!', to: 'Adoption endorsed' });
    // A newest row of this person's whose details lack the count and the start, or hold something else there.
    const mine = await loginClient(database, jo.login, jo.password);
    advance(2);
    const t2 = clock.toISOString();
    try {
      await mine.query(`insert into audit_log (at, actor, action, entity, entity_id, summary, details) values ($1, 'x', 'update', 'minutes', 7, $2, $3)`, [t2, summary, '{"from":["a",1],"saves":"many","firstAt":3}']);
    } finally {
      await mine.end();
    }
    advance(2);
    await edit({ entityId: 7, summary, from: 'ignored', to: 'Adoption endorsed by the panel' });
    const rows = await newest(5);
    expect(rows.map((r) => r.actor)).toEqual(['Jo Bloggs', 'Sam Other', 'Jo Bloggs', 'Jo Bloggs', 'Jo Bloggs']);
    expect(rows.map((r) => r.details)).toEqual([
      json(null, 'Adoption', 1, t0),
      json(null, 'Adoption!', 1, t0),
      json('Adoption!', 'Adoption endorsed', 1, t1),
      '{"from":["a",1],"saves":"many","firstAt":3}',
      json(['a', 1], 'Adoption endorsed by the panel', 2, t2),
    ]);
  });
});
