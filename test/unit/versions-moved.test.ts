import { describe, expect, it } from 'vitest';
import { busyCouncil } from './support/council';

/** The version a row of the store holds now (what a page reading it would show). */
async function versionOf(core: Awaited<ReturnType<typeof busyCouncil>>['core'], table: 'children' | 'actions' | 'meetings', id: number): Promise<number> {
  return (await core.store.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
}

describe('a change to a row that is not an edit of it still moves its version: an edit based on what it said before is a conflict', () => {
  it('closing a child: an edit of the child opened before is CONFLICT, and writes nothing', async () => {
    const { core, brown } = await busyCouncil();
    const opened = (await core.ok('children.get', { id: brown.id })).child;
    await core.ok('children.close', { id: brown.id, closedOn: '2026-12-10', closedReason: 'Returned home' });
    expect(await versionOf(core, 'children', brown.id)).toBe(opened.version + 1);
    const { id, version, ...fields } = opened;
    const edited = await core.router.call('children.update', { ...editable(fields), id, version, firstName: 'Renamed' } as never);
    expect(edited.ok ? 'saved' : edited.error.code).toBe('CONFLICT');
    expect((await core.ok('children.get', { id: brown.id })).child.firstName).toBe(opened.firstName);
  });

  it('an action’s progress, completion and reopening: a correction of the action opened before is CONFLICT', async () => {
    const b = await busyCouncil();
    const { core, running } = b;
    const before = await versionOf(core, 'actions', running.actionId);
    await core.ok('actions.progress', { id: running.actionId, note: 'Book sent to the printer', progressRag: 'amber', impactRag: null });
    expect(await versionOf(core, 'actions', running.actionId)).toBe(before + 1);
    const corrected = await core.router.call('actions.update', { id: running.actionId, text: 'Send the book today', ownerId: b.s.tm.id, ownerName: null, dueOn: '2026-12-24', version: before });
    expect(corrected.ok ? 'saved' : corrected.error.code).toBe('CONFLICT');
    await core.ok('actions.complete', { id: running.actionId, completedOn: '2026-12-10', note: null });
    expect(await versionOf(core, 'actions', running.actionId)).toBe(before + 2);
    await core.ok('actions.reopen', { id: running.actionId });
    expect(await versionOf(core, 'actions', running.actionId)).toBe(before + 3);
  });

  it('archiving and restoring a team, a person or a meeting type: an edit of it opened before is CONFLICT, and writes nothing', async () => {
    const { core, s } = await busyCouncil();
    const type = await core.ok('meetingTypes.create', { name: 'Fostering Panel', form: 'pp', defaultInterval: 'monthly', slotMinutes: 30, coreRoles: ['chair'] });

    const archivedTeam = await core.ok('teams.setArchived', { id: s.south.id, archived: true, version: s.south.version });
    expect(archivedTeam.version).toBe(s.south.version + 1);
    const teamEdit = await core.router.call('teams.update', { id: s.south.id, name: 'South Locality', teamManagerId: null, groupManagerId: null, version: s.south.version });
    expect(teamEdit.ok ? 'saved' : teamEdit.error.code).toBe('CONFLICT');
    expect((await core.ok('teams.list', { includeArchived: true })).find((t) => t.id === s.south.id)).toEqual(archivedTeam);
    const restoredTeam = await core.ok('teams.setArchived', { id: s.south.id, archived: false, version: archivedTeam.version });
    expect(restoredTeam.version).toBe(archivedTeam.version + 1);

    const archivedPerson = await core.ok('people.setArchived', { id: s.coordinator.id, archived: true, version: s.coordinator.version });
    expect(archivedPerson.version).toBe(s.coordinator.version + 1);
    const personEdit = await core.router.call('people.update', { id: s.coordinator.id, name: 'Pat Coordinator', role: 'chair', teamId: null, email: null, version: s.coordinator.version });
    expect(personEdit.ok ? 'saved' : personEdit.error.code).toBe('CONFLICT');
    expect((await core.ok('people.list', { includeArchived: true })).find((p) => p.id === s.coordinator.id)).toEqual(archivedPerson);

    const archivedType = await core.ok('meetingTypes.setArchived', { id: type.id, archived: true, version: type.version });
    expect(archivedType.version).toBe(type.version + 1);
    const typeEdit = await core.router.call('meetingTypes.update', { id: type.id, name: 'Fostering Panel', slotMinutes: 45, papersDueWorkingDays: null, coreRoles: ['chair'], defaultInterval: 'monthly', version: type.version });
    expect(typeEdit.ok ? 'saved' : typeEdit.error.code).toBe('CONFLICT');
    expect((await core.ok('meetingTypes.list', { includeArchived: true })).find((t) => t.id === type.id)).toEqual(archivedType);
  });

  it('a meeting closed: its details version moves with its state', async () => {
    const { core, running } = await busyCouncil();
    const before = await versionOf(core, 'meetings', running.meetingId);
    await core.ok('meetings.close', { id: running.meetingId });
    expect(await versionOf(core, 'meetings', running.meetingId)).toBe(before + 1);
  });
});

/** A child's fields as the edit form sends them (what `children.get` shows, less what the form does not send). */
function editable(child: Record<string, unknown>) {
  const { caseRef, firstName, lastName, dateOfBirth, isUnborn, gender, ethnicity, teamId, socialWorkerId, teamManagerId, iroId, legalStatus, dateEnteredCare, placementType } = child;
  return { caseRef, firstName, lastName, dateOfBirth, isUnborn, gender, ethnicity, teamId, socialWorkerId, teamManagerId, iroId, legalStatus, dateEnteredCare, placementType };
}
