import type { APIRequestContext } from '@playwright/test';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, addWeeksIso, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { isWorkingDay } from '../../shared/domain/working-days';
import { api } from './api';
import type { PreviewApp } from './fixtures';

function lastWorkingDay(): string {
  let date = todayIso();
  while (!isWorkingDay(date, ENGLAND_WALES_HOLIDAY_SET)) date = addDaysIso(date, -1);
  return date;
}

/** One team's weekly panel with three children due; two IROs and two business support officers, so the attendance has two places to choose for. */
export async function seedPanel(request: APIRequestContext, app: PreviewApp) {
  const today = todayIso();
  const panelDay = lastWorkingDay();
  const team = await api(request, app, 'teams.create', { name: 'North Team' });
  const chair = await api(request, app, 'people.create', { name: 'Hana Head', role: 'chair' });
  const sw = await api(request, app, 'people.create', { name: 'Sam Worker', role: 'social_worker', teamId: team.id });
  const tm = await api(request, app, 'people.create', { name: 'Tariq Manager', role: 'team_manager', teamId: team.id });
  const gm = await api(request, app, 'people.create', { name: 'Gail Group', role: 'group_manager' });
  await api(request, app, 'teams.update', { id: team.id, name: team.name, teamManagerId: tm.id, groupManagerId: gm.id, version: team.version });
  await api(request, app, 'people.create', { name: 'Fay Fostering', role: 'fostering' });
  await api(request, app, 'people.create', { name: 'Pip Coordinator', role: 'permanence_coordinator' });
  await api(request, app, 'people.create', { name: 'Cass Progress', role: 'case_progression_officer' });
  await api(request, app, 'people.create', { name: 'Lee Legal', role: 'legal_adviser' });
  await api(request, app, 'people.create', { name: 'Iris Reviewer', role: 'iro' });
  await api(request, app, 'people.create', { name: 'Ivan Reviewer', role: 'iro' });
  const bea = await api(request, app, 'people.create', { name: 'Bea Support', role: 'business_support' });
  // The person at this computer has said who they are (the first-run question), as on any day after the first.
  await api(request, app, 'people.setCurrentUser', { personId: bea.id });
  await api(request, app, 'people.create', { name: 'Bob Support', role: 'business_support' });
  for (const [ref, first, last] of [
    ['N101', 'Ava', 'Ashby'],
    ['N102', 'Ben', 'Brook'],
    ['N103', 'Cara', 'Cole'],
  ] as const) {
    const child = await api(request, app, 'children.create', { caseRef: ref, firstName: first, lastName: last, legalStatus: 'care_order', teamId: team.id, socialWorkerId: sw.id, dateEnteredCare: addWeeksIso(today, -40) });
    await api(request, app, 'ratings.create', { childId: child.id, rating: 'red', reason: 'Drift in the plan', ratedOn: addDaysIso(today, -28) });
  }
  const pp = (await api(request, app, 'meetingTypes.list', {})).find((t) => t.code === 'pp')!;
  const series = await api(request, app, 'series.create', {
    typeId: pp.id,
    name: 'Permanence Panel (weekly)',
    weekday: weekdayIndex(panelDay),
    interval: 'weekly',
    startsOn: panelDay,
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: chair.id,
    holidayRule: 'skip',
    rotation: [team.id],
  });
  const rota = await api(request, app, 'rota.view', { seriesId: series.id, from: panelDay, to: addWeeksIso(panelDay, 3) });
  const held = rota.occurrences.filter((o) => o.status === 'scheduled');
  return api(request, app, 'meetings.prepare', { seriesId: series.id, key: held[0]!.key });
}
