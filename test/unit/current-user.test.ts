import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader';
import { testCore } from './support/core';

describe('the person using this computer', () => {
  it('is asked for once per login, then names every change, document and audit row; the login stays in the details', async () => {
    const core = await testCore();
    expect(await core.ok('people.currentUser')).toEqual({ login: 'test-user', person: null });
    // Until someone says who they are, the login is all there is.
    await core.ok('teams.create', { name: 'North' });
    const bea = await core.ok('people.create', { name: 'Bea Minuteman', role: 'business_support' });

    const me = await core.ok('people.setCurrentUser', { personId: bea.id });
    expect(me).toMatchObject({ login: 'test-user', person: { id: bea.id, name: 'Bea Minuteman' } });
    await core.ok('teams.create', { name: 'South' });

    const audit = await core.ok('audit.list', {});
    const south = audit.rows.find((r) => r.summary.includes('South'))!;
    expect(south.actor).toBe('Bea Minuteman');
    expect(south.details).toContainEqual({ label: 'Computer login', value: 'test-user' });
    const north = audit.rows.find((r) => r.summary.includes('North'))!;
    expect(north.actor).toBe('test-user');
    expect(north.details.find((d) => d.label === 'Computer login')).toBeUndefined();
    expect(audit.rows[1]!.summary).toBe('Bea Minuteman is using Panelroom on this computer');
    const csv = await core.ok('audit.exportCsv', {});
    expect(csv.csv).toContain('Bea Minuteman,test-user');

    const doc = readDocx(Buffer.from((await core.ok('actions.exportDocx', {})).base64, 'base64'));
    expect(doc.core.creator).toBe('Bea Minuteman');

    // Renamed in People: "who" follows at once.
    await core.ok('people.update', { id: bea.id, name: 'Bea Minute-Taker', role: 'business_support', teamId: null, email: null, version: bea.version });
    await core.ok('teams.create', { name: 'East' });
    expect((await core.ok('audit.list', { search: 'East' })).rows[0]!.actor).toBe('Bea Minute-Taker');
  });

  it('can be someone not yet in People, added there as they say who they are; the choice outlives a restart', async () => {
    const core = await testCore();
    const me = await core.ok('people.setCurrentUser', { add: { name: 'Sam Newstarter', role: 'business_support' } });
    expect(me.person).toMatchObject({ name: 'Sam Newstarter', role: 'business_support' });
    expect((await core.ok('people.list', {})).map((p) => p.name)).toEqual(['Sam Newstarter']);
    const added = (await core.ok('audit.list', { search: 'Added Sam' })).rows[0]!;
    expect(added.actor).toBe('Sam Newstarter');

    await core.close();
    const again = await testCore({ dataDir: core.dataDir });
    expect((await again.ok('people.currentUser')).person?.name).toBe('Sam Newstarter');
    const refused = await again.router.call('people.setCurrentUser', { personId: 999 });
    expect(refused.ok).toBe(false);
  });
});
