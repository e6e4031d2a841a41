import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { movableClock, runningPanel } from './support/council';
import { testCore, TEST_ENGINE } from './support/core';

type Core = Awaited<ReturnType<typeof testCore>>;

/**
 * The person using the app from now on, as they would add themselves. On a team store the sign-in says
 * who is using it (one login here), so there each field's editor is told apart by the time alone.
 */
async function usedBy(core: Core, name: string): Promise<void> {
  if (TEST_ENGINE === 'sqlite') await core.ok('people.setCurrentUser', { add: { name, role: 'business_support' } });
}

/** "Ann Able changed this at 10:05: ‘…’", the clock as this computer shows it. */
function namedAt(who: string, iso: string, shown: string): RegExp {
  return new RegExp(`^${whoAt(who, iso)}: ‘${escaped(shown)}’$`);
}

/** "Ann Able changed this at 10:05", as a pattern (on a team store, anyone at that time). */
function whoAt(who: string, iso: string): string {
  const d = new Date(iso);
  const clock = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${TEST_ENGINE === 'sqlite' ? escaped(who) : '.+'} changed this at ${clock}`;
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('a lost race names, at each field, who changed that field and when', () => {
  it('the minutes: the person who typed in this field, not the one who typed in another field of the item since', async () => {
    const { core, clock, m, kids: [a] } = await runningPanel(['Smith']);
    const itemId = m.itemOf(a.id);

    clock.set('2026-11-26T10:05:00Z');
    await usedBy(core, 'Ann Able');
    await core.ok('minutes.save', { itemId, field: 'discussion', value: 'Mother attended.', version: 0 });
    clock.set('2026-11-26T10:20:00Z');
    await usedBy(core, 'Ben Bright');
    await core.ok('minutes.save', { itemId, field: 'decisions', value: 'Plan endorsed.', version: 0 });

    clock.set('2026-11-26T10:30:00Z');
    await usedBy(core, 'Cat Cole');
    const lost = await core.router.call('minutes.save', { itemId, field: 'discussion', value: 'Father attended.', version: 0 });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.fieldErrors?.value).toMatch(namedAt('Ann Able', '2026-11-26T10:05:00Z', 'Mother attended.'));
    expect(lost.error.conflict?.theirs).toEqual({ value: 'Mother attended.' });
  });

  it('a child’s record: each field names its own last editor; a field nobody else changed names the newest', async () => {
    const clock = movableClock('2026-11-26T09:00:00Z');
    const core = await testCore({ now: clock.now });
    const base: ProcedureInput<'children.create'> = { caseRef: 'W100', firstName: 'Amy', lastName: 'Who', legalStatus: 'interim_care_order', dateOfBirth: '2020-05-01', dateEnteredCare: '2026-06-01' };
    const created = await core.ok('children.create', base);

    clock.set('2026-11-26T10:05:00Z');
    await usedBy(core, 'Ann Able');
    const first = await core.ok('children.update', { ...base, id: created.id, version: created.version, firstName: 'Amelia' });
    clock.set('2026-11-26T10:20:00Z');
    await usedBy(core, 'Ben Bright');
    await core.ok('children.update', { ...base, id: created.id, version: first.version, firstName: 'Amelia', lastName: 'Whitley' });

    clock.set('2026-11-26T10:30:00Z');
    await usedBy(core, 'Cat Cole');
    const lost = await core.router.call('children.update', { ...base, id: created.id, version: created.version, firstName: 'Aimee', caseRef: 'W101' });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    if (TEST_ENGINE === 'sqlite') expect(lost.error.conflict?.by).toBe('Ben Bright');
    expect(lost.error.fieldErrors?.firstName).toMatch(namedAt('Ann Able', '2026-11-26T10:05:00Z', 'Amelia'));
    expect(lost.error.fieldErrors?.lastName).toMatch(namedAt('Ben Bright', '2026-11-26T10:20:00Z', 'Whitley'));
    // Cat's own change to the case reference: nobody else touched it, so the record's newest change is named.
    expect(lost.error.fieldErrors?.caseRef).toMatch(namedAt('Ben Bright', '2026-11-26T10:20:00Z', 'W100'));
  });

  it('a child’s record: the IRO recorded from a review names whoever recorded the review, not an older edit of the field', async () => {
    const clock = movableClock('2026-11-26T09:00:00Z');
    const core = await testCore({ now: clock.now });
    const iro = await core.ok('people.create', { name: 'Ira Reviewing', role: 'iro' });
    const base: ProcedureInput<'children.create'> = { caseRef: 'W200', firstName: 'Ivy', lastName: 'Iro', legalStatus: 'care_order', dateOfBirth: '2019-05-01', dateEnteredCare: '2026-06-01' };
    const created = await core.ok('children.create', { ...base, iroId: iro.id });

    clock.set('2026-11-26T09:10:00Z');
    await usedBy(core, 'Ann Able');
    const cleared = await core.ok('children.update', { ...base, id: created.id, version: created.version, iroId: null });
    clock.set('2026-11-26T11:00:00Z');
    await usedBy(core, 'Cat Cole');
    await core.ok('cicReviews.record', { childId: created.id, heldOn: '2026-11-26', iroId: iro.id });

    clock.set('2026-11-26T11:30:00Z');
    await usedBy(core, 'Ben Bright');
    const lost = await core.router.call('children.update', { ...base, id: created.id, version: cleared.version, iroId: null, lastName: 'Ironside' });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.fieldErrors?.iroId).toMatch(namedAt('Cat Cole', '2026-11-26T11:00:00Z', 'Ira Reviewing'));
  });

  it('an action: who changed its due date, not who changed its wording since', async () => {
    const { core, clock, m, kids: [a] } = await runningPanel(['Jones']);
    const itemId = m.itemOf(a.id);
    const action = await core.ok('actions.create', { itemId, text: 'Send the plan', ownerName: 'Social worker', dueOn: '2027-01-07' });

    clock.set('2026-11-26T10:05:00Z');
    await usedBy(core, 'Ann Able');
    const dated = await core.ok('actions.update', { id: action.id, text: 'Send the plan', ownerId: null, ownerName: 'Social worker', dueOn: '2027-01-14', version: action.version });
    clock.set('2026-11-26T10:20:00Z');
    await usedBy(core, 'Ben Bright');
    await core.ok('actions.update', { id: action.id, text: 'Send the care plan', ownerId: null, ownerName: 'Social worker', dueOn: '2027-01-14', version: dated.version });

    clock.set('2026-11-26T10:30:00Z');
    await usedBy(core, 'Cat Cole');
    const lost = await core.router.call('actions.update', { id: action.id, text: 'Send the plan', ownerId: null, ownerName: 'Social worker', dueOn: '2027-01-21', version: action.version });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.fieldErrors?.dueOn).toMatch(namedAt('Ann Able', '2026-11-26T10:05:00Z', '14/01/2027'));
    expect(lost.error.fieldErrors?.text).toMatch(namedAt('Ben Bright', '2026-11-26T10:20:00Z', 'Send the care plan'));
  });

  it('a team: who renamed it, not who changed its team manager since', async () => {
    const clock = movableClock('2026-11-26T09:00:00Z');
    const core = await testCore({ now: clock.now });
    const tm = await core.ok('people.create', { name: 'Tara Manager', role: 'team_manager' });
    const opened = await core.ok('teams.create', { name: 'North' });

    clock.set('2026-11-26T10:05:00Z');
    await usedBy(core, 'Ann Able');
    const renamed = await core.ok('teams.update', { id: opened.id, name: 'North Locality', teamManagerId: null, groupManagerId: null, version: opened.version });
    clock.set('2026-11-26T10:20:00Z');
    await usedBy(core, 'Ben Bright');
    await core.ok('teams.update', { id: opened.id, name: 'North Locality', teamManagerId: tm.id, groupManagerId: null, version: renamed.version });

    clock.set('2026-11-26T10:30:00Z');
    await usedBy(core, 'Cat Cole');
    const lost = await core.router.call('teams.update', { id: opened.id, name: 'North East', teamManagerId: null, groupManagerId: null, version: opened.version });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.fieldErrors?.name).toMatch(namedAt('Ann Able', '2026-11-26T10:05:00Z', 'North Locality'));
    expect(lost.error.fieldErrors?.teamManagerId).toMatch(namedAt('Ben Bright', '2026-11-26T10:20:00Z', 'Tara Manager'));
  });
});
