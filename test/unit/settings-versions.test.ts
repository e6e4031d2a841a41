import { describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../shared/contract';
import { testCore, type TestCore } from './support/core';
import { clock, lostRace } from './support/lost-race';
import { databaseDigest, expectRefused } from './support/refusal';

/** The sentence the contract gives a save that does not say which version it was based on. */
const MISSING = /^Reload the page: the version of what you are editing is missing\.$/;

async function refusedWithoutVersion(core: TestCore, name: ProcedureName, input: Record<string, unknown>) {
  const error = await expectRefused(core, name, input, 'INVALID_INPUT', /\S/);
  expect(error.fieldErrors?.version, `${name}: ${JSON.stringify(error)}`).toMatch(MISSING);
}

describe('the council’s name on documents, saved from two places', () => {
  it('starts at version 0; the second save from it is CONFLICT naming who and their name, writes nothing, and wins when sent over the version it names', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getDocuments');
    expect(opened).toEqual({ authorityName: null, version: 0 });
    const first = await core.ok('settings.setDocuments', { authorityName: 'Exampleshire Council', version: opened.version });
    expect(first).toEqual({ authorityName: 'Exampleshire Council', version: 1 });

    const error = await lostRace(core, 'settings.setDocuments', { authorityName: 'Borsetshire Council', version: opened.version });
    expect(error.conflict).toMatchObject({ version: 1, theirs: { authorityName: 'Exampleshire Council' } });
    expect(error.fieldErrors!.authorityName).toBe(`${error.conflict!.by} changed this at ${clock(error.conflict!.at!)}: ‘Exampleshire Council’`);
    expect(await core.ok('settings.getDocuments')).toEqual(first);

    const kept = await core.ok('settings.setDocuments', { authorityName: 'Borsetshire Council', version: error.conflict!.version });
    expect(kept).toEqual({ authorityName: 'Borsetshire Council', version: 2 });
    // A save that changes nothing moves nothing on.
    expect(await core.ok('settings.setDocuments', { authorityName: 'Borsetshire Council', version: 2 })).toEqual(kept);
  });

  it('says when the name itself was changed, not when another setting was changed since', async () => {
    let now = new Date('2026-11-22T10:42:00Z');
    const core = await testCore({ now: () => now });
    const opened = await core.ok('settings.getDocuments');
    await core.ok('settings.setDocuments', { authorityName: 'Exampleshire Council', version: opened.version });
    now = new Date('2026-11-22T10:50:00Z');
    const extracts = await core.ok('settings.getExtracts');
    await core.ok('settings.setExtracts', { siblingNames: 'take_out', version: extracts.version });
    const error = await lostRace(core, 'settings.setDocuments', { authorityName: 'Borsetshire Council', version: opened.version });
    expect(error.fieldErrors!.authorityName).toBe(`${error.conflict!.by} changed this at ${clock('2026-11-22T10:42:00Z')}: ‘Exampleshire Council’`);
    // The first sentence and the conflict's time speak of the name too, not of the extracts' later change.
    expect(error.conflict!.at).toBe('2026-11-22T10:42:00.000Z');
    expect(error.message).toBe(`${error.conflict!.by} saved a change to this at ${clock('2026-11-22T10:42:00Z')}, after you opened it, so yours was not saved. For each field shown, keep yours or take theirs.`);
  });

  it('a save without a version is refused with a sentence, and nothing is written', async () => {
    const core = await testCore();
    await refusedWithoutVersion(core, 'settings.setDocuments', { authorityName: 'Exampleshire Council' });
    expect(await core.ok('settings.getDocuments')).toEqual({ authorityName: null, version: 0 });
  });
});

describe('the review rules, saved from two places', () => {
  it('a lost race names when the rules themselves were changed, not when another setting was changed since', async () => {
    let now = new Date('2026-11-22T09:15:00Z');
    const core = await testCore({ now: () => now });
    const opened = await core.ok('settings.getReview');
    await core.ok('settings.setReview', { ...opened.settings, cpmIntervalWeeks: opened.settings.cpmIntervalWeeks + 2, version: opened.version });
    now = new Date('2026-11-22T11:30:00Z');
    const documents = await core.ok('settings.getDocuments');
    await core.ok('settings.setDocuments', { authorityName: 'Exampleshire Council', version: documents.version });

    const error = await lostRace(core, 'settings.setReview', { ...opened.settings, cpmIntervalWeeks: opened.settings.cpmIntervalWeeks + 4, version: opened.version });
    expect(error.conflict!.at).toBe('2026-11-22T09:15:00.000Z');
    expect(error.message).toMatch(new RegExp(`^.+ saved a change to this at ${clock('2026-11-22T09:15:00Z')}, after you opened it`));
    expect(error.fieldErrors!.cpmIntervalWeeks).toBe(`${error.conflict!.by} changed this at ${clock('2026-11-22T09:15:00Z')}: ‘${opened.settings.cpmIntervalWeeks + 2}’`);
  });
});

describe('the review rules, saved unchanged', () => {
  it('a save that changes no rule writes nothing and moves no version, so a page still at the defaults is not put in conflict', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getReview');
    const before = databaseDigest(core);
    expect(await core.ok('settings.setReview', { ...opened.settings, version: opened.version })).toEqual(opened);
    expect(databaseDigest(core)).toBe(before);
    const changed = await core.ok('settings.setReview', { ...opened.settings, cpmIntervalWeeks: opened.settings.cpmIntervalWeeks + 1, version: opened.version });
    expect(changed.version).toBe(1);
  });
});

describe('the choice for extracts, saved from two places', () => {
  it('the second save from the same version is CONFLICT in words, writes nothing, and wins when sent over the version it names', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getExtracts');
    expect(opened).toEqual({ siblingNames: 'keep', version: 0 });
    const first = await core.ok('settings.setExtracts', { siblingNames: 'take_out', version: opened.version });
    expect(first).toEqual({ siblingNames: 'take_out', version: 1 });
    const back = await core.ok('settings.setExtracts', { siblingNames: 'keep', version: first.version });
    expect(back.version).toBe(2);

    const error = await lostRace(core, 'settings.setExtracts', { siblingNames: 'take_out', version: first.version });
    expect(error.conflict).toMatchObject({ version: 2, theirs: { siblingNames: 'keep' } });
    expect(error.fieldErrors!.siblingNames).toBe(`${error.conflict!.by} changed this at ${clock(error.conflict!.at!)}: ‘siblings’ names stay in a child’s extract’`);
    expect(await core.ok('settings.getExtracts')).toEqual(back);

    expect(await core.ok('settings.setExtracts', { siblingNames: 'take_out', version: error.conflict!.version })).toEqual({ siblingNames: 'take_out', version: 3 });
  });

  it('a save without a version is refused with a sentence, and nothing is written', async () => {
    const core = await testCore();
    await refusedWithoutVersion(core, 'settings.setExtracts', { siblingNames: 'take_out' });
    expect(await core.ok('settings.getExtracts')).toEqual({ siblingNames: 'keep', version: 0 });
  });
});

describe('the bank holidays, changed from two places', () => {
  const closure = { date: '2026-12-10', name: 'Council closure day' };
  const training = { date: '2026-12-11', name: 'Training day' };

  it('the second change from the same version is CONFLICT naming what differs, writes nothing, and wins when sent over the version it names', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getBankHolidays');
    expect(opened.version).toBe(0);
    const first = await core.ok('settings.setBankHolidays', { holidays: [...opened.holidays, closure], version: opened.version });
    expect(first.version).toBe(1);

    const error = await lostRace(core, 'settings.setBankHolidays', { holidays: [...opened.holidays, training], version: opened.version });
    expect(error.conflict?.version).toBe(1);
    expect(error.fieldErrors!.holidays).toBe(`${error.conflict!.by} changed this at ${clock(error.conflict!.at!)}: ‘the list as saved, with Council closure day on 10/12/2026, without Training day on 11/12/2026’`);
    expect(await core.ok('settings.getBankHolidays')).toEqual(first);

    const kept = await core.ok('settings.setBankHolidays', { holidays: [...first.holidays, training], version: error.conflict!.version });
    expect(kept.version).toBe(2);
    expect(kept.holidays).toEqual(expect.arrayContaining([closure, training]));
  });

  it('a reset from an old version is a conflict too; a reset moves the version on, so a change based on the list before it is one', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getBankHolidays');
    const first = await core.ok('settings.setBankHolidays', { holidays: [...opened.holidays, closure], version: opened.version });
    const second = await core.ok('settings.setBankHolidays', { holidays: [...first.holidays, training], version: first.version });

    await lostRace(core, 'settings.setBankHolidays', { holidays: [], reset: true, version: first.version });
    const reset = await core.ok('settings.setBankHolidays', { holidays: [], reset: true, version: second.version });
    expect(reset).toEqual({ ...opened, version: second.version + 1 });

    const error = await lostRace(core, 'settings.setBankHolidays', { holidays: second.holidays.filter((h) => h.date !== closure.date), version: second.version });
    const by = error.conflict!.by!;
    expect(error.message).toMatch(new RegExp(`^${by} saved a change to this at ${clock(error.conflict!.at!)}, after you opened it, so yours was not saved\\.`));
    expect(error.fieldErrors!.holidays).toBe(`${by} changed this at ${clock(error.conflict!.at!)}: ‘the list as saved, without Training day on 11/12/2026’`);
    expect(error.conflict).toMatchObject({ version: reset.version, theirs: { holidays: opened.holidays } });
    expect(await core.ok('settings.getBankHolidays')).toEqual(reset);
    expect((await core.ok('settings.setBankHolidays', { holidays: [...reset.holidays, training], version: error.conflict!.version })).version).toBe(reset.version + 1);
    // Putting back a list nobody has edited since changes nothing.
    const again = await core.ok('settings.getBankHolidays');
    const backToDefault = await core.ok('settings.setBankHolidays', { holidays: [], reset: true, version: again.version });
    expect(await core.ok('settings.setBankHolidays', { holidays: [], reset: true, version: backToDefault.version })).toEqual(backToDefault);
  });

  it('a save based on the edited list is a conflict after someone reset it and edited it again: no version is used twice', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getBankHolidays');
    const annSees = await core.ok('settings.setBankHolidays', { holidays: [...opened.holidays, closure], version: opened.version });
    const reset = await core.ok('settings.setBankHolidays', { holidays: [], reset: true, version: annSees.version });
    const benAdds = await core.ok('settings.setBankHolidays', { holidays: [...reset.holidays, training], version: reset.version });
    expect(benAdds.version).toBeGreaterThan(annSees.version + 1);

    const error = await lostRace(core, 'settings.setBankHolidays', { holidays: [...annSees.holidays, { date: '2026-12-14', name: 'Staff day' }], version: annSees.version });
    expect(error.conflict?.version).toBe(benAdds.version);
    expect(await core.ok('settings.getBankHolidays')).toEqual(benAdds);
  });

  it('a change without a version is refused with a sentence, and nothing is written', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getBankHolidays');
    await refusedWithoutVersion(core, 'settings.setBankHolidays', { holidays: [...opened.holidays, closure] });
    await refusedWithoutVersion(core, 'settings.setBankHolidays', { holidays: [], reset: true });
    expect(await core.ok('settings.getBankHolidays')).toEqual(opened);
  });
});
