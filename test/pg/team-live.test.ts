import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import { EVERYTHING, type ServerLink } from '../../shared/live';
import type { Core } from '../../electron/core/core';
import type { ChangeEvent } from '../../electron/core/data/change-feed';
import { withCallOrigin } from '../../electron/core/call-origin';
import { createTeamCore } from '../../electron/core/team-core';
import { CHANGES_CHANNEL } from '../../electron/core/team-live/payload';
import { adminClient, freshTeamStore, loginAddress, loginClient, person, type Person } from './support/pg';

/** A person's laptop: their own core over the team store, and everything its feed has told it. */
interface Laptop {
  core: Core;
  heard: ChangeEvent[][];
  links: (ServerLink | null)[];
  ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
}

const opened: Core[] = [];

async function signIn(database: string, who: Person): Promise<Laptop> {
  const core = await createTeamCore({
    address: loginAddress(database, who.login, who.password),
    appVersion: '0.0.0-test',
    mode: 'browser',
    live: { heartbeatMs: 200, heartbeatTimeoutMs: 2000, firstBackoffMs: 50, maxBackoffMs: 400, pollMs: 300 },
    onInternalError: (name, err) => {
      throw new Error(`internal error in ${name}: ${String(err)}`);
    },
  });
  opened.push(core);
  const heard: ChangeEvent[][] = [];
  const links: (ServerLink | null)[] = [];
  core.changes.subscribe((events) => heard.push([...events]));
  core.changes.onLink((link) => links.push(link));
  return {
    core,
    heard,
    links,
    async ok(name, input) {
      const result = await core.router.call(name, input);
      if (!result.ok) throw new Error(`${name} failed for the ${who.role}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}

async function until<T>(what: string, check: () => T | undefined | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const heardOf = (laptop: Laptop, entity: string, id?: number) => laptop.heard.some((events) => events.some((e) => e.entity === entity && (id === undefined || e.ids.includes(id))));

let database: string;
let admin: Person, coordinator: Person, minuteTaker: Person;
let teamId: number;

beforeAll(async () => {
  database = await freshTeamStore();
  admin = await person(database, 'admin', 'Ada Admin');
  coordinator = await person(database, 'coordinator', 'Pat Coordinator');
  minuteTaker = await person(database, 'minute_taker', 'Mo Minutes');
  const setup = await signIn(database, admin);
  teamId = (await setup.ok('teams.create', { name: 'North' })).id;
});

afterAll(async () => {
  while (opened.length) await opened.pop()!.close();
});

describe('live changes across laptops on one team store', () => {
  it('hears a write on one laptop on another, once it has committed; its own writes are heard once, from its own write path', async () => {
    const a = await signIn(database, coordinator);
    const b = await signIn(database, minuteTaker);
    expect(b.core.changes.link).toMatchObject({ listening: true });
    const child = await a.ok('children.create', { caseRef: 'L100', firstName: 'Robin', lastName: 'Quillfeather', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId });
    await until('B to hear of the child', () => heardOf(b, 'child', child.id));
    // A heard its own write once (from the write path), never a second time from the server.
    await new Promise((r) => setTimeout(r, 300));
    expect(a.heard.filter((events) => events.some((e) => e.entity === 'child' && e.ids.includes(child.id)))).toHaveLength(1);
    // What B heard is the ids, and B reads the rest under its own permissions.
    const read = await b.ok('children.get', { id: child.id });
    expect(read.child.lastName).toBe('Quillfeather');
  });

  it('puts ids and kinds in a notification, never what a child’s record says', async () => {
    const a = await signIn(database, coordinator);
    // Any login on the server can listen: this is what one would see.
    const eavesdropper = await loginClient(database, minuteTaker.login, minuteTaker.password);
    const payloads: string[] = [];
    eavesdropper.on('notification', (m: pg.Notification) => payloads.push(m.payload ?? ''));
    await eavesdropper.query(`listen ${CHANGES_CHANNEL}`);
    try {
      const child = await a.ok('children.create', { caseRef: 'SECRET-REF-77', firstName: 'Zephyrine', lastName: 'Obscuranta', legalStatus: 'care_order', dateOfBirth: '2018-07-04', dateEnteredCare: '2024-02-02', teamId });
      await a.ok('children.update', { id: child.id, firstName: 'Zephyrine', lastName: 'Obscuranta-Vale', caseRef: 'SECRET-REF-77', legalStatus: 'care_order', dateOfBirth: '2018-07-04', dateEnteredCare: '2024-02-02', teamId, version: child.version });
      await until('the notifications', () => payloads.length >= 2);
      for (const payload of payloads) {
        expect(payload.length).toBeLessThan(1500);
        for (const secret of ['Zephyrine', 'Obscuranta', 'SECRET-REF', '2018-07-04', 'care_order']) expect(payload).not.toContain(secret);
        const parsed = JSON.parse(payload) as { o: string; e: [string, number[]][] };
        expect(Object.keys(parsed).sort()).toEqual(['e', 'o']);
        for (const [entity, ids] of parsed.e) {
          expect(entity).toMatch(/^[a-z_*]+$/);
          expect(ids.every((id) => Number.isInteger(id))).toBe(true);
        }
      }
      expect(payloads.some((p) => p.includes(`["child",[${child.id}]]`))).toBe(true);
    } finally {
      await eavesdropper.end();
    }
  });

  it('reconnects when its listen connection is ended by the server, tells every page to read everything again, and hears changes after', async () => {
    const a = await signIn(database, coordinator);
    // A login of its own, so its listen connection is the only one of that name on the server.
    const minuteTaker = await person(database, 'minute_taker', 'Mo Reconnect');
    const b = await signIn(database, minuteTaker);
    const admin = await adminClient(database);
    try {
      const ended = await admin.query(`select pg_terminate_backend(pid) as done from pg_stat_activity where application_name = 'Panelroom (live)' and usename = $1`, [minuteTaker.login]);
      expect(ended.rows.map((r: { done: boolean }) => r.done)).toEqual([true]);
      await until('B to notice it is not listening', () => b.links.some((l) => l?.listening === false));
      const mark = b.heard.length;
      await until('B to listen again', () => b.core.changes.link?.listening === true);
      await until('B to be told everything may have changed', () => b.heard.slice(mark).some((events) => events.some((e) => e.entity === EVERYTHING)));
      const child = await a.ok('children.create', { caseRef: 'L200', firstName: 'Sam', lastName: 'After', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId });
      await until('B to hear the change after reconnecting', () => heardOf(b, 'child', child.id));
      // One listen connection again, not two.
      const live = await admin.query(`select count(*)::int as n from pg_stat_activity where application_name = 'Panelroom (live)' and usename = $1`, [minuteTaker.login]);
      expect(live.rows[0].n).toBe(1);
    } finally {
      await admin.end();
    }
  });

  it('passes on another laptop’s change as nobody’s page’s, even when it signed in during a page’s call', async () => {
    const a = await signIn(database, coordinator);
    // Signing in is itself a page's call: the listen connection is made in its turn, and must not carry that page's name.
    const b = await withCallOrigin('page:the-sign-in-page', () => signIn(database, minuteTaker));
    const origins: (string | null)[] = [];
    b.core.changes.subscribe((events, origin) => {
      if (events.some((e) => e.entity === 'child')) origins.push(origin);
    });
    const child = await withCallOrigin('page:coordinators-tab', () => a.ok('children.create', { caseRef: 'L300', firstName: 'Kit', lastName: 'Origin', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId }));
    await until('B to hear it', () => heardOf(b, 'child', child.id));
    expect(origins).toEqual([null]);
    // On A, the change is the coordinator's tab's: that tab is not told of it again.
    const own: (string | null)[] = [];
    a.core.changes.subscribe((events, origin) => {
      if (events.some((e) => e.entity === 'child')) own.push(origin);
    });
    await withCallOrigin('page:coordinators-tab', () => a.ok('children.update', { id: child.id, caseRef: 'L300', firstName: 'Kit', lastName: 'Origins', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId, version: child.version }));
    expect(own).toEqual(['page:coordinators-tab']);
  });

  it('announces the pen taken, taken over and handed over, and each heartbeat of someone viewing, to the other laptops (ids only)', async () => {
    const chair = await person(database, 'chair', 'Cat Chair');
    const a = await signIn(database, coordinator);
    const b = await signIn(database, minuteTaker);
    const c = await signIn(database, chair);
    const child = await a.ok('children.create', { caseRef: 'L400', firstName: 'Pen', lastName: 'Holder', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId });
    const booked = await a.ok('cpm.book', { childId: child.id, date: '2027-01-12', startTime: '10:00', endTime: '11:00', venue: null, chairId: null });
    const meetingId = booked.meeting.id;
    const since = (laptop: Laptop) => {
      const mark = laptop.heard.length;
      return (entity: string) => laptop.heard.slice(mark).some((events) => events.some((e) => e.entity === entity && e.ids.includes(meetingId)));
    };

    // The minute-taker opens the minutes: their heartbeat says they are viewing, and the chair's laptop hears it.
    let heardOnC = since(c);
    await b.ok('pen.heartbeat', { meetingId, client: 'laptop-b' });
    await until('the chair’s laptop to hear the minute-taker viewing', () => heardOnC('presence'));
    expect((await c.ok('pen.get', { meetingId, client: 'laptop-c' })).viewing.map((v) => v.name)).toEqual(['Mo Minutes']);

    // The minute-taker takes the pen: heard as a change of the pen.
    heardOnC = since(c);
    await b.ok('pen.take', { meetingId, client: 'laptop-b' });
    await until('the chair’s laptop to hear the pen taken', () => heardOnC('pen'));
    expect((await c.ok('pen.get', { meetingId, client: 'laptop-c' })).holder).toMatchObject({ name: 'Mo Minutes', you: false });

    // The chair takes it over: the minute-taker's laptop hears it, and reads the sentence it is owed.
    const heardOnB = since(b);
    await c.ok('pen.heartbeat', { meetingId, client: 'laptop-c' });
    await c.ok('pen.takeOver', { meetingId, client: 'laptop-c' });
    await until('the minute-taker’s laptop to hear the pen taken over', () => heardOnB('pen'));
    expect((await b.ok('pen.get', { meetingId, client: 'laptop-b' })).notice).toMatch(/^Cat Chair took the pen at \d\d:\d\d\./);

    // The chair hands it back to the minute-taker, who is viewing: the minute-taker's laptop hears that too.
    const heardAgainOnB = since(b);
    await c.ok('pen.handOver', { meetingId, client: 'laptop-c', to: minuteTaker.login });
    await until('the minute-taker’s laptop to hear the pen handed over', () => heardAgainOnB('pen'));
    expect((await b.ok('pen.get', { meetingId, client: 'laptop-b' })).holder).toMatchObject({ you: true, here: true });
  });

  it('keeps the time it last heard from the server moving while all is quiet', async () => {
    const b = await signIn(database, minuteTaker);
    const first = b.core.changes.link!.lastHeardAt!;
    await until('a later heartbeat', () => (b.core.changes.link?.lastHeardAt ?? '') > first);
    expect(b.core.changes.link).toMatchObject({ listening: true });
  });

  it('closes its listen connection with the core', async () => {
    const viewer = await person(database, 'viewer', 'Vic Viewer');
    const b = await signIn(database, viewer);
    const client = await adminClient(database);
    try {
      const count = async () => (await client.query(`select count(*)::int as n from pg_stat_activity where application_name = 'Panelroom (live)' and usename = $1`, [viewer.login])).rows[0].n as number;
      expect(await count()).toBe(1);
      await b.core.close();
      opened.splice(opened.indexOf(b.core), 1);
      // The server lets a backend go a moment after its client says goodbye.
      await new Promise((r) => setTimeout(r, 200));
      expect(await count()).toBe(0);
    } finally {
      await client.end();
    }
  });
});
