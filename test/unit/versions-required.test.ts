import { describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../shared/contract';
import { busyCouncil } from './support/council';
import { expectRefused } from './support/refusal';
import type { TestCore } from './support/core';

/** The sentence the contract gives a save that does not say which version it was based on. */
const MISSING = /^Reload the page: the version of what you are editing is missing\.$/;

async function refusedWithoutVersion(core: TestCore, name: ProcedureName, input: Record<string, unknown>) {
  const error = await expectRefused(core, name, input, 'INVALID_INPUT', /\S/);
  expect(error.fieldErrors?.version, `${name}: ${JSON.stringify(error)}`).toMatch(MISSING);
}

describe('every save of a row two people can edit names the version it was based on', () => {
  it('a save without it is refused with a sentence, and nothing is written: minutes, agenda item, meeting details, every setting', async () => {
    const b = await busyCouncil();
    const { core, s } = b;
    const itemId = b.running.itemOf(b.smith.id);
    const planned = (await core.ok('meetings.get', { id: b.planned.meetingId })).meeting;
    const item = (await core.ok('meetings.get', { id: b.planned.meetingId })).items[0]!;
    const rules = await core.ok('settings.getReview');

    await refusedWithoutVersion(core, 'minutes.save', { itemId, field: 'discussion', value: 'Typed with no version' });
    await refusedWithoutVersion(core, 'minutes.save', { itemId, field: 'nextReview', value: null });
    await refusedWithoutVersion(core, 'agenda.update', { id: item.id, presenterId: s.tm.id, slotMinutes: item.slotMinutes + 5, reason: null });
    await refusedWithoutVersion(core, 'meetings.update', { id: planned.id, startTime: '09:00', endTime: '10:00', venue: 'Room 9', chairId: null });
    await refusedWithoutVersion(core, 'settings.setReview', { ...rules.settings, cpmIntervalWeeks: 9 });
  });

  it('a save without it is refused with a sentence, and nothing is written: a team, a person, a meeting type, and archiving each', async () => {
    const { core, s } = await busyCouncil();
    const pp = s.types.find((t) => t.code === 'pp')!;
    const custom = await core.ok('meetingTypes.create', { name: 'Fostering Panel', form: 'pp', defaultInterval: 'monthly', slotMinutes: 30, coreRoles: ['chair'] });

    await refusedWithoutVersion(core, 'teams.update', { id: s.north.id, name: 'North Locality', teamManagerId: s.tm.id, groupManagerId: null });
    await refusedWithoutVersion(core, 'teams.setArchived', { id: s.south.id, archived: true });
    await refusedWithoutVersion(core, 'people.update', { id: s.coordinator.id, name: 'Pat Coordinator', role: 'chair', teamId: null, email: null });
    await refusedWithoutVersion(core, 'people.setArchived', { id: s.coordinator.id, archived: true });
    await refusedWithoutVersion(core, 'meetingTypes.update', { id: pp.id, name: 'Permanence and Matching Panel', slotMinutes: 25, papersDueWorkingDays: null, coreRoles: pp.coreRoles, defaultInterval: pp.defaultInterval });
    await refusedWithoutVersion(core, 'meetingTypes.setArchived', { id: custom.id, archived: true });
  });
});
