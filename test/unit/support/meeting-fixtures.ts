import type { TestCore } from './core';

/** A clock the test moves, so timings and "today" are exact. */
export function movableClock(start: string) {
  let now = new Date(start);
  return { now: () => now, set: (iso: string) => (now = new Date(iso)), advance: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)) };
}

let refNo = 5000;

export async function setUp(core: TestCore) {
  const created = await core.ok('teams.create', { name: 'North' });
  const south = await core.ok('teams.create', { name: 'South' });
  const tm = await core.ok('people.create', { name: 'Tara Manager', role: 'team_manager', teamId: created.id });
  const north = await core.ok('teams.update', { id: created.id, name: 'North', teamManagerId: tm.id, groupManagerId: null, version: created.version });
  const chair = await core.ok('people.create', { name: 'Hana Head', role: 'chair' });
  const coordinator = await core.ok('people.create', { name: 'Pat Coordinator', role: 'permanence_coordinator' });
  await core.ok('people.create', { name: 'Lee Legal', role: 'legal_adviser' });
  await core.ok('people.create', { name: 'Lou Legal', role: 'legal_adviser' });
  const types = await core.ok('meetingTypes.list');
  const pp = types.find((t) => t.code === 'pp')!;
  const series = await core.ok('series.create', {
    typeId: pp.id,
    name: 'Permanence Panel (Thursday)',
    weekday: 3,
    interval: 'weekly',
    startsOn: '2026-11-23',
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: chair.id,
    holidayRule: 'skip',
    rotation: [north.id, south.id],
  });
  return { north, south, tm, chair, coordinator, series, types };
}

export async function child(core: TestCore, teamId: number, lastName: string, firstName = 'Alex', caseRef = `C${refNo++}`) {
  return core.ok('children.create', {
    caseRef,
    firstName,
    lastName,
    legalStatus: 'care_order',
    dateOfBirth: '2019-03-01',
    dateEnteredCare: '2025-01-10',
    teamId,
  });
}

/** Prepares the rota date and makes sure exactly these children are on it, one item each. */
export async function meetingWith(core: TestCore, seriesId: number, date: string, childIds: number[]) {
  let d = await core.ok('meetings.prepare', { seriesId, key: `p:${date}` });
  for (const item of d.items) if (!item.children.some((c) => childIds.includes(c.id))) d = await core.ok('agenda.remove', { id: item.id });
  for (const id of childIds) if (!d.items.some((i) => i.children.some((c) => c.id === id))) d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: id });
  const itemOf = (childId: number) => d.items.find((i) => i.children.some((c) => c.id === childId))!.id;
  return { meetingId: d.meeting.id, itemOf };
}

