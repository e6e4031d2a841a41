import { asShown, rowShown } from './shown-version';
import { z } from 'zod';
import { contract, type ProcedureName } from '../../../shared/contract';
import { busyCouncil } from './council';

/** A call as a screen would send it: every field well formed, naming things that exist. */
export interface WellFormedCall {
  name: ProcedureName;
  input: Record<string, unknown>;
}

/**
 * The busy council with one of everything a call can name (a key date, a Child in Care
 * review, an escalation, an extra rota date, an attendee), and a well-formed call of
 * each procedure that names something. Tests change one reference at a time to something
 * that is not there, and expect a refusal in words that changes nothing.
 */
export async function councilWithCalls() {
  const b = await busyCouncil();
  const { core, s, smith, jones, brown } = b;
  const keyDate = await core.ok('keyDates.create', { childId: smith.id, type: 'hearing', date: '2027-01-20', label: 'Final hearing' });
  const review = (await core.ok('cicReviews.record', { childId: smith.id, heldOn: '2026-12-01', iroId: null, notes: null })).find((r) => r.heldOn === '2026-12-01')!;
  const escalation = (await core.ok('escalations.create', { childId: jones.id, raisedOn: '2026-12-09', raisedById: s.tm.id, groupManagerId: null, reason: 'Assessment drift' })).at(-1)!;
  await core.ok('rota.addExtra', { seriesId: s.series.id, date: '2026-12-15', teamId: s.south.id, note: null });
  const rota = await core.ok('rota.view', { seriesId: s.series.id, from: '2026-12-15', to: '2026-12-15' });
  const extraId = Number(rota.occurrences[0]!.key.replace(/^x:/, ''));
  const attendeeId = (await core.ok('minutes.get', { id: b.running.meetingId })).attendance[0]!.id;
  const planId = (await core.ok('plans.set', { childId: smith.id, primaryOption: 'adoption', parallelOptions: [], notes: null, ratifiedOn: null, ratifiedAt: null })).id;
  const pp = s.types.find((t) => t.code === 'pp')!;
  const sw = await core.ok('people.create', { name: 'Sol Worker', role: 'social_worker', teamId: s.north.id });
  const iro = await core.ok('people.create', { name: 'Ira Reviewing', role: 'iro' });
  const gm = await core.ok('people.create', { name: 'Gina Group', role: 'group_manager' });
  const running = b.running;
  const smithItem = running.itemOf(smith.id);
  const child = { caseRef: 'WF1', firstName: 'Wren', lastName: 'Formed', legalStatus: 'care_order', dateOfBirth: '2019-03-01', teamId: s.north.id, socialWorkerId: sw.id, teamManagerId: s.tm.id, iroId: iro.id };
  const series = {
    typeId: pp.id,
    name: 'Permanence Panel (Tuesday)',
    weekday: 1,
    interval: 'weekly',
    startsOn: '2026-12-14',
    startTime: '10:00',
    endTime: '12:00',
    venue: null,
    chairId: s.chair.id,
    holidayRule: 'skip',
    rotation: [s.north.id],
  };
  const calls: WellFormedCall[] = [
    { name: 'teams.create', input: { name: 'East', teamManagerId: s.tm.id, groupManagerId: gm.id } },
    { name: 'teams.update', input: await rowShown(core, 'teams.update', { id: s.north.id, name: 'North', teamManagerId: s.tm.id, groupManagerId: gm.id }) },
    { name: 'teams.setArchived', input: await rowShown(core, 'teams.setArchived', { id: s.south.id, archived: true }) },
    { name: 'people.create', input: { name: 'Nia Newcomer', role: 'social_worker', teamId: s.north.id, email: null } },
    { name: 'people.update', input: await rowShown(core, 'people.update', { id: s.coordinator.id, name: 'Pat Coordinator', role: 'permanence_coordinator', teamId: s.south.id, email: null }) },
    { name: 'people.setArchived', input: await rowShown(core, 'people.setArchived', { id: s.coordinator.id, archived: true }) },
    { name: 'people.setCurrentUser', input: { personId: s.coordinator.id } },
    { name: 'people.setCurrentUser', input: { add: { name: 'Bea Minute-Taker', role: 'business_support', teamId: s.north.id, email: null } } },
    { name: 'children.create', input: child },
    { name: 'children.update', input: { ...child, id: brown.id, caseRef: 'WF2', version: brown.version } },
    { name: 'children.get', input: { id: smith.id } },
    { name: 'children.close', input: { id: brown.id, closedOn: '2026-12-10', closedReason: 'Returned home' } },
    { name: 'plans.set', input: { childId: jones.id, primaryOption: 'special_guardianship', parallelOptions: [], notes: null, ratifiedOn: null, ratifiedAt: null } },
    { name: 'plans.ratifyFinal', input: { childId: smith.id, planId, ratifiedBy: 'Gina Group', ratifiedOn: '2026-12-10' } },
    { name: 'keyDates.create', input: { childId: smith.id, type: 'hearing', date: '2027-02-01', label: 'Review hearing' } },
    { name: 'keyDates.update', input: { id: keyDate.id, type: 'hearing', date: '2027-01-21', label: 'Final hearing' } },
    { name: 'keyDates.delete', input: { id: keyDate.id } },
    { name: 'ratings.create', input: { childId: jones.id, rating: 'green', reason: 'Back on track', ratedOn: '2026-12-10' } },
    { name: 'cicReviews.record', input: { childId: jones.id, heldOn: '2026-12-02', iroId: iro.id, notes: null } },
    { name: 'cicReviews.remove', input: { id: review.id } },
    { name: 'escalations.create', input: { childId: smith.id, raisedOn: '2026-12-10', raisedById: s.tm.id, groupManagerId: gm.id, reason: 'Drift in the plan' } },
    { name: 'escalations.bringToPanel', input: { id: escalation.id } },
    { name: 'escalations.close', input: { id: escalation.id, closedOn: '2026-12-10', note: null } },
    { name: 'siblings.link', input: { childId: smith.id, siblingId: jones.id } },
    { name: 'siblings.unlink', input: { childId: smith.id } },
    { name: 'meetingTypes.update', input: await rowShown(core, 'meetingTypes.update', { id: pp.id, name: pp.name, slotMinutes: 30, papersDueWorkingDays: null, coreRoles: pp.coreRoles, defaultInterval: pp.defaultInterval }) },
    { name: 'meetingTypes.setArchived', input: await rowShown(core, 'meetingTypes.setArchived', { id: pp.id, archived: false }) },
    { name: 'series.get', input: { id: s.series.id } },
    { name: 'series.create', input: series },
    { name: 'series.update', input: { ...series, id: s.series.id, name: s.series.name, weekday: 3, startsOn: '2026-11-23', rotation: [s.north.id, s.south.id] } },
    { name: 'series.setArchived', input: { id: s.series.id, archived: true } },
    { name: 'rota.view', input: { seriesId: s.series.id, from: '2026-12-01', to: '2027-01-31' } },
    { name: 'rota.change', input: { seriesId: s.series.id, patternDate: '2027-01-07', change: { kind: 'swap', teamId: s.north.id } } },
    { name: 'rota.addExtra', input: { seriesId: s.series.id, date: '2026-12-16', teamId: s.north.id, note: null } },
    { name: 'rota.removeExtra', input: { seriesId: s.series.id, extraId } },
    { name: 'rota.exportDocx', input: { seriesId: s.series.id, from: '2026-12-01', to: '2027-01-31' } },
    { name: 'meetings.prepare', input: { seriesId: s.series.id, key: 'p:2026-12-24' } },
    { name: 'meetings.get', input: { id: b.planned.meetingId } },
    { name: 'meetings.update', input: await rowShown(core, 'meetings.update', { id: b.planned.meetingId, startTime: '10:00', endTime: '12:30', venue: null, chairId: s.chair.id }) },
    { name: 'agenda.add', input: { meetingId: b.planned.meetingId, childId: jones.id, reason: null } },
    { name: 'agenda.update', input: await rowShown(core, 'agenda.update', { id: b.planned.itemOf(brown.id), presenterId: s.tm.id, slotMinutes: 30, reason: null }) },
    { name: 'agenda.remove', input: { id: b.planned.itemOf(brown.id) } },
    { name: 'agenda.move', input: { id: b.planned.itemOf(brown.id), position: 1 } },
    { name: 'agenda.groupSiblings', input: { id: b.planned.itemOf(brown.id) } },
    { name: 'agenda.split', input: { id: b.planned.itemOf(brown.id) } },
    { name: 'agenda.exportDocx', input: { id: b.planned.meetingId } },
    { name: 'cpm.book', input: { childId: jones.id, date: '2026-12-14', startTime: '10:00', endTime: '11:00', venue: null, chairId: s.tm.id } },
    { name: 'minutes.get', input: { id: running.meetingId } },
    { name: 'minutes.save', input: await asShown(core, { itemId: smithItem, field: 'discussion', value: 'Assessment booked' }) },
    { name: 'minutes.rate', input: { itemId: smithItem, childId: smith.id, rating: 'green', reason: 'Assessment booked' } },
    ...(['pen.get', 'pen.take', 'pen.takeOver', 'pen.release', 'pen.heartbeat'] as const).map((name) => ({ name, input: { meetingId: running.meetingId, client: 'well-formed-laptop' } })),
    { name: 'pen.handOver', input: { meetingId: running.meetingId, client: 'well-formed-laptop', to: 'someone' } },
    { name: 'minutes.amend', input: { meetingId: b.approved.meetingId, itemId: b.approved.itemOf(smith.id), text: 'The action was for Tara Manager.' } },
    { name: 'meetings.start', input: { id: b.planned.meetingId, moveToToday: true } },
    { name: 'meetings.close', input: { id: running.meetingId } },
    { name: 'meetings.reopen', input: { id: b.draft.meetingId } },
    { name: 'meetings.approve', input: { id: b.draft.meetingId, approvedBy: 'Tara Manager', approvedOn: '2026-12-10' } },
    { name: 'meetings.lock', input: { id: b.approved.meetingId } },
    { name: 'meetings.setCurrentItem', input: { meetingId: running.meetingId, itemId: smithItem } },
    { name: 'attendance.add', input: { meetingId: running.meetingId, personId: s.coordinator.id, name: null, role: 'permanence_coordinator', organisation: null } },
    { name: 'attendance.update', input: { id: attendeeId, personId: s.chair.id, name: null, role: 'chair', organisation: null, status: 'present' } },
    { name: 'attendance.remove', input: { id: attendeeId } },
    { name: 'attendance.setMinuteTaker', input: { meetingId: running.meetingId, attendeeId } },
    { name: 'lgp.preview', input: { itemId: smithItem } },
    { name: 'lgp.apply', input: { itemId: smithItem } },
    { name: 'cpm.planPreview', input: { itemId: b.draft.itemId } },
    { name: 'cpm.planApply', input: { itemId: b.draft.itemId, token: 'seen' } },
    { name: 'actions.create', input: { itemId: smithItem, text: 'Write to the carers', ownerId: s.tm.id, ownerName: null, dueOn: '2026-12-24' } },
    { name: 'actions.update', input: { id: running.actionId, text: 'Send the book', ownerId: s.tm.id, ownerName: null, dueOn: '2026-12-24', version: 1 } },
    { name: 'actions.remove', input: { id: running.actionId } },
    { name: 'actions.review', input: { actionId: b.approved.actionId, itemId: smithItem, outcome: 'done', note: 'Booked' } },
    { name: 'actions.progress', input: { id: b.approved.actionId, note: 'Assessor found', progressRag: 'amber' } },
    { name: 'actions.complete', input: { id: b.approved.actionId, completedOn: '2026-12-10', note: null } },
    { name: 'actions.reopen', input: { id: b.approved.actionId } },
    { name: 'actions.history', input: { id: b.approved.actionId } },
    { name: 'minutes.exportDocx', input: { id: b.approved.meetingId } },
    { name: 'minutes.exportExtract', input: { meetingId: b.approved.meetingId, childId: smith.id } },
    { name: 'filing.checklist', input: { id: b.approved.meetingId } },
    { name: 'filing.exportZip', input: { id: b.approved.meetingId } },
    { name: 'filing.mark', input: { meetingId: b.approved.meetingId, childId: smith.id, filed: true } },
    { name: 'filing.review', input: { meetingId: b.approved.meetingId, childId: smith.id } },
    { name: 'filing.decide', input: { meetingId: b.approved.meetingId, childId: smith.id, key: 'c1', choice: 'keep' } },
    { name: 'figures.get', input: { from: '2026-01-01', to: '2026-12-01', teamId: s.north.id } },
    { name: 'figures.exportCsv', input: { from: '2026-01-01', to: '2026-12-01', teamId: s.north.id, table: 'actionsByTeam' } },
    { name: 'figures.exportDocx', input: { from: '2026-01-01', to: '2026-12-01', teamId: s.north.id } },
  ];
  // Bring the tracker's cache up to date now: otherwise the first call that reads a child works its row
  // out again, and a count of the database's changes could not tell that from a refused call writing.
  await b.core.ok('tracker.query', {});
  return { ...b, calls };
}

/**
 * The fields of a call that name a stored thing, as paths into its input: `id` and
 * anything ending in `Id` holding a number, and each team of a rotation.
 */
export function referencePaths(input: Record<string, unknown>, prefix: (string | number)[] = []): (string | number)[][] {
  return Object.entries(input).flatMap(([key, value]) => {
    const here = [...prefix, key];
    if ((key === 'id' || key.endsWith('Id')) && typeof value === 'number') return [here];
    if (key === 'rotation' && Array.isArray(value)) return value.map((_v, i) => [...here, i]);
    if (value && typeof value === 'object' && !Array.isArray(value)) return referencePaths(value as Record<string, unknown>, here);
    return [];
  });
}

/** A copy of the input with the value at `path` replaced. */
export function withValueAt(input: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  let node: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** The fields a procedure's input schema has, at any depth, that name a stored thing (`id`, `…Id`), read from the schema itself. */
export function schemaReferences(name: ProcedureName): string[] {
  type Node = { properties?: Record<string, Node>; anyOf?: Node[]; oneOf?: Node[]; allOf?: Node[] };
  const keys = (node: Node): string[] => [
    ...Object.keys(node.properties ?? {}),
    ...[...Object.values(node.properties ?? {}), ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(keys),
  ];
  const schema = z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }) as Node;
  return [...new Set(keys(schema).filter((key) => key === 'id' || key.endsWith('Id')))];
}
