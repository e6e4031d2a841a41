import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { createTeamCore, type TeamCoreOptions } from '../../../electron/core/team-core';
import { freshTeamStore, loginAddress, person, type Person } from './pg';

export interface Laptop {
  core: Core;
  ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
}

export async function laptop(options: TeamCoreOptions): Promise<Laptop> {
  const core = await createTeamCore(options);
  return {
    core,
    async ok(name, input) {
      const result = await core.router.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}

export interface Panel {
  database: string;
  minuteTaker: Person;
  chair: Person;
  coordinator: Person;
  meetingId: number;
  /** One agenda item per child, in agenda order. */
  items: { itemId: number; childId: number }[];
}

/** A team store with one started panel of `children` children, its minute-taker, chair and coordinator. */
export async function startedPanel(children: number, options: { date?: string } = {}): Promise<Panel> {
  const database = await freshTeamStore();
  const admin = await person(database, 'admin', 'Ada Admin');
  const coordinator = await person(database, 'coordinator', 'Pat Coordinator');
  const chair = await person(database, 'chair', 'Hana Head');
  const minuteTaker = await person(database, 'minute_taker', 'Mo Minutes');
  const direct = (who: Person) => laptop({ address: loginAddress(database, who.login, who.password), appVersion: '0.0.0-test', mode: 'browser' });
  const setup = await direct(admin);
  const coord = await direct(coordinator);
  const minutes = await direct(minuteTaker);
  try {
    const north = await setup.ok('teams.create', { name: 'North' });
    const hana = (await setup.ok('people.list', {})).find((p) => p.name === 'Hana Head')!;
    const pp = (await setup.ok('meetingTypes.list', {})).find((t) => t.code === 'pp')!;
    const date = options.date ?? '2026-11-26';
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
    let agenda = await coord.ok('meetings.prepare', { seriesId: series.id, key: `p:${date}` });
    for (let i = 0; i < children; i++) {
      const child = await coord.ok('children.create', { caseRef: `N${100 + i}`, firstName: `Child${i}`, lastName: 'Smith', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId: north.id });
      if (!agenda.items.some((it) => it.children.some((c) => c.id === child.id))) agenda = await coord.ok('agenda.add', { meetingId: agenda.meeting.id, childId: child.id });
    }
    const items = agenda.items.map((it) => ({ itemId: it.id, childId: it.children[0]!.id }));
    await minutes.ok('meetings.start', { id: agenda.meeting.id });
    return { database, minuteTaker, chair, coordinator, meetingId: agenda.meeting.id, items };
  } finally {
    for (const l of [setup, coord, minutes]) await l.core.close();
  }
}
