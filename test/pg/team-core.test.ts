import { asShown } from '../unit/support/shown-version';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import type { ApiErrorBody } from '../../shared/errors';
import type { Core } from '../../electron/core/core';
import { TeamStoreError } from '../../electron/core/db/postgres';
import { createTeamCore } from '../../electron/core/team-core';
import { adminClient, freshTeamStore, loginAddress, person, SERVER, type Person } from './support/pg';

/** A person's own core over the team store, as their laptop would open it. */
interface Laptop {
  core: Core;
  ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
  refused(name: ProcedureName, input?: unknown): Promise<ApiErrorBody>;
}

const opened: Core[] = [];
let clock = new Date('2026-11-26T09:00:00Z');

async function signIn(database: string, who: Person): Promise<Laptop> {
  const core = await createTeamCore({
    address: loginAddress(database, who.login, who.password),
    appVersion: '0.0.0-test',
    mode: 'browser',
    now: () => clock,
    onInternalError: (name, err) => {
      throw new Error(`internal error in ${name}: ${String(err)}`);
    },
  });
  opened.push(core);
  return {
    core,
    async ok(name, input) {
      const result = await core.router.call(name, input);
      if (!result.ok) throw new Error(`${name} failed for the ${who.role}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async refused(name, input) {
      const result = await core.router.call(name, input);
      if (result.ok) throw new Error(`${name} was allowed for the ${who.role}`);
      return result.error;
    },
  };
}

async function countOf(database: string, table: string): Promise<number> {
  const admin = await adminClient(database);
  try {
    return (await admin.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;
  } finally {
    await admin.end();
  }
}

let database: string;
let admin: Person, coordinator: Person, chair: Person, minuteTaker: Person, viewer: Person;

beforeAll(async () => {
  database = await freshTeamStore();
  admin = await person(database, 'admin', 'Ada Admin');
  coordinator = await person(database, 'coordinator', 'Pat Coordinator');
  chair = await person(database, 'chair', 'Hana Head');
  minuteTaker = await person(database, 'minute_taker', 'Mo Minutes');
  viewer = await person(database, 'viewer', 'Vic Viewer');
});

afterAll(async () => {
  while (opened.length) await opened.pop()!.close();
});

describe('the core over a team store', () => {
  it('serves a panel from setting up to approved minutes, each step by the role the database allows it', async () => {
    const setup = await signIn(database, admin);
    const north = await setup.ok('teams.create', { name: 'North' });
    const people = await setup.ok('people.list', {});
    const hana = people.find((p) => p.name === 'Hana Head')!;
    const pp = (await setup.ok('meetingTypes.list', {})).find((t) => t.code === 'pp')!;
    const series = await setup.ok('series.create', {
      typeId: pp.id,
      name: 'Permanence Panel (Thursday)',
      weekday: 3,
      interval: 'weekly',
      startsOn: '2026-11-23',
      startTime: '10:00',
      endTime: '12:00',
      venue: 'Civic Centre, Room 2',
      chairId: hana.id,
      holidayRule: 'skip',
      rotation: [north.id],
    });

    const coord = await signIn(database, coordinator);
    const smith = await coord.ok('children.create', { caseRef: 'N100', firstName: 'Alex', lastName: 'Smith', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId: north.id });
    let agenda = await coord.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    if (!agenda.items.some((i) => i.children.some((c) => c.id === smith.id))) agenda = await coord.ok('agenda.add', { meetingId: agenda.meeting.id, childId: smith.id });
    const meetingId = agenda.meeting.id;
    const itemId = agenda.items.find((i) => i.children.some((c) => c.id === smith.id))!.id;
    const tracked = await coord.ok('tracker.query', {});
    expect(tracked.rows.map((r) => r.lastName)).toEqual(['Smith']);

    clock = new Date('2026-11-26T10:00:00Z');
    const minutes = await signIn(database, minuteTaker);
    await minutes.ok('meetings.start', { id: meetingId });
    await minutes.ok('minutes.save', await asShown(minutes, { itemId, field: 'decisions', value: 'Plan for adoption endorsed.' }));
    await minutes.ok('minutes.rate', { itemId, childId: smith.id, rating: 'green', reason: 'On track for matching' });
    const action = await minutes.ok('actions.create', { itemId, text: 'Book the viability assessment', ownerName: 'Fostering SSW', dueOn: '2026-12-10' });
    expect(action.id).toEqual(expect.any(Number));
    await minutes.ok('meetings.close', { id: meetingId });
    // Approving is the chair's: the database refuses the minute-taker, in the app's words.
    expect(await minutes.refused('meetings.approve', { id: meetingId, approvedBy: 'Mo Minutes', approvedOn: '2026-11-26' })).toEqual({
      code: 'FORBIDDEN',
      message: 'Your sign-in does not allow this: ask your Panelroom administrator. Nothing has been changed.',
    });

    const chairing = await signIn(database, chair);
    const approved = await chairing.ok('meetings.approve', { id: meetingId, approvedBy: 'Hana Head', approvedOn: '2026-11-26' });
    expect(approved.agenda.meeting.status).toBe('approved');

    // Every write is the signed-in person's, by name (the administrator who added them: by login).
    const audit = await chairing.ok('audit.list', {});
    const actors = new Set(audit.rows.map((r) => r.actor));
    expect(actors).toEqual(new Set(['Ada Admin', 'Pat Coordinator', 'Mo Minutes', 'Hana Head', SERVER.user]));
    expect(audit.rows.find((r) => r.entity === 'meeting' && r.summary.includes('pprov'))?.actor).toBe('Hana Head');

    const after = await chairing.ok('tracker.query', {});
    expect(after.rows[0]!.rag).toBe('green');
  });

  it('says where the data lives and who is signed in, with their roles as the database has them', async () => {
    const chairing = await signIn(database, chair);
    const info = await chairing.ok('app.info');
    expect(info.store).toEqual({ engine: 'postgres', server: `${SERVER.host}:${SERVER.port}`, database, login: chair.login, person: 'Hana Head', roles: ['chair'] });
    expect(await chairing.ok('people.currentUser')).toMatchObject({ login: chair.login, person: { name: 'Hana Head' } });
  });

  it('is healthy, and leaves backups to the council’s server', async () => {
    const setup = await signIn(database, admin);
    expect(await setup.ok('app.health')).toEqual({ status: 'ok', message: null, problems: [], dataFolderWarning: null, lastBackupAt: null });
    const sentence = 'Backups of a team store are kept by the council’s server, not by Panelroom on this computer: ask IT, who look after its backups and point-in-time recovery. Nothing has been changed.';
    for (const name of ['backups.list', 'backups.create', 'backups.restoreNewestGood'] as const) expect(await setup.refused(name)).toEqual({ code: 'CONFLICT', message: sentence });
    expect(await setup.refused('backups.restore', { name: 'panelroom-2026-11-26T10-00-00-000Z-manual.sqlite3' })).toEqual({ code: 'CONFLICT', message: sentence });
  });

  it('refuses a viewer’s write in a sentence, and the database keeps nothing of it', async () => {
    const looking = await signIn(database, viewer);
    const teams = await countOf(database, 'teams');
    const audits = await countOf(database, 'audit_log');
    expect(await looking.refused('teams.create', { name: 'East' })).toEqual({
      code: 'FORBIDDEN',
      message: 'Your sign-in does not allow this: ask your Panelroom administrator. Nothing has been changed.',
    });
    expect(await countOf(database, 'teams')).toBe(teams);
    expect(await countOf(database, 'audit_log')).toBe(audits);
    // Reading is a viewer's right.
    expect((await looking.ok('teams.list', {})).map((t) => t.name)).toEqual(['North']);
  });

  it('leaves who the person is to the sign-in: "who is using this computer" is not asked', async () => {
    const looking = await signIn(database, viewer);
    expect(await looking.refused('people.setCurrentUser', { add: { name: 'Someone Else', role: 'other' } })).toEqual({
      code: 'FORBIDDEN',
      message: 'On a team store your sign-in says who you are: ask your Panelroom administrator to link your login to your name in People. Nothing has been changed.',
    });
  });

  it('refuses a wrong password with the sign-in’s sentence', async () => {
    const attempt = createTeamCore({ address: loginAddress(database, viewer.login, 'not-the-password'), appVersion: '0.0.0-test', mode: 'browser' });
    await expect(attempt).rejects.toBeInstanceOf(TeamStoreError);
    await expect(attempt).rejects.toThrow(
      `The team store did not accept the sign-in for ${viewer.login}: the login or password is wrong. Check them and try again, or ask IT to reset the password. Nothing has been changed.`,
    );
  });
});
