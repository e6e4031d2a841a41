import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from '../../shared/contract';
import { testCore } from './support/core';
import { databaseDigest, expectRefused } from './support/refusal';
import { councilWithCalls, referencePaths, schemaReferences, withValueAt } from './support/well-formed-calls';

/** Values that are wrong for every procedure's input (or for some of them: each is checked against the schema first). */
const MALFORMED: unknown[] = [
  null,
  42,
  'teams',
  true,
  [],
  [1, 2, 3],
  { unexpected: 'field' },
  { id: -1 },
  { id: 'one' },
  { id: 1.5, archived: 'yes' },
  { name: '' },
  { name: '   ' },
  { name: 'x'.repeat(500), role: 'chair' },
  { name: 'Jo', role: 'wizard' },
  { name: 'Jo', role: 'chair', email: 'not-an-email' },
  { name: 'Jo\u0000', role: 'chair' },
  { includeArchived: 'sometimes' },
  { __proto__: { polluted: true } },
];


const UNKNOWN_ID = 987_654;

/** Where a reference to nothing is refused for another reason first, and what that reason says. */
const REFUSED_OTHERWISE: Record<string, RegExp> = {
  // a plan id that is not the child's current plan: the plan changed since it was read
  'plans.ratifyFinal planId': /plan has changed since you opened it/,
  // nothing is filed before its extract is exported, whatever child of the meeting is named
  'filing.mark childId': /Export this child’s extract before ticking it as filed/,
};

/** Procedures whose references only narrow what is listed or exported: naming nothing finds nothing. */
const FILTERS = new Set(['tracker.query', 'tracker.exportCsv', 'cpm.list', 'actions.list', 'actions.exportDocx', 'actions.exportCsv']);

describe('router', () => {
  it('refuses malformed input, and well-formed calls naming something that is not there, for every procedure, in words, and writes nothing', async () => {
    const { core, calls } = await councilWithCalls();
    const digest = databaseDigest(core);
    const changesBefore = core.store.sqlite.prepare('select total_changes()').pluck().get();
    const auditBefore = core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    let rejected = 0;
    for (const name of PROCEDURE_NAMES) {
      for (const input of MALFORMED) {
        if (contract[name].input.safeParse(input).success) continue;
        const result = await core.router.call(name, input);
        expect(result.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('INVALID_INPUT');
          expect(result.error.message.length).toBeGreaterThan(10);
          expect(result.error.message).not.toMatch(/zod|undefined|\[object/i);
        }
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(PROCEDURE_NAMES.length * 5);

    // the table has a call for every procedure that names something, with each reference it can take filled in
    const filled = new Set(calls.flatMap((c) => referencePaths(c.input).map((path) => `${c.name} ${path.findLast((step) => typeof step === 'string')}`)));
    const unfilled = PROCEDURE_NAMES.filter((name) => !FILTERS.has(name)).flatMap((name) => schemaReferences(name).map((r) => `${name} ${r}`).filter((r) => !filled.has(r)));
    expect(unfilled).toEqual([]);
    let refused = 0;
    for (const call of calls) {
      expect(contract[call.name].input.safeParse(call.input).success, `${call.name} ${JSON.stringify(call.input)} is not well formed`).toBe(true);
      for (const path of referencePaths(call.input)) {
        const where = `${call.name} ${path.join('.')}`;
        const error = await expectRefused(core, call.name, withValueAt(call.input, path, UNKNOWN_ID), ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT'], REFUSED_OTHERWISE[where] ?? /./);
        if (!REFUSED_OTHERWISE[where]) {
          // the refusal is about the reference: the thing is not found, or the field that names it is marked
          const field = path.findLast((step) => typeof step === 'string')!;
          expect(error.code === 'NOT_FOUND' || error.fieldErrors?.[field] !== undefined, `${where}: ${JSON.stringify(error)}`).toBe(true);
        }
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(120);
    expect(core.store.sqlite.prepare('select total_changes()').pluck().get()).toBe(changesBefore);
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(auditBefore);
    expect(databaseDigest(core)).toBe(digest);
  });

  it('finds nothing, writing nothing, when a filter names something that is not there', async () => {
    const { core } = await councilWithCalls();
    const digest = databaseDigest(core);
    expect((await core.ok('tracker.query', { teamId: UNKNOWN_ID })).rows).toEqual([]);
    expect(await core.ok('cpm.list', { teamId: UNKNOWN_ID })).toEqual([]);
    for (const filter of ['ownerId', 'teamId', 'childId'] as const) expect((await core.ok('actions.list', { [filter]: UNKNOWN_ID, status: 'all' })).rows).toEqual([]);
    expect(databaseDigest(core)).toBe(digest);
  });

  it('refuses an unknown procedure without throwing', async () => {
    const core = await testCore();
    for (const name of ['teams.drop', '', 42, null, '__proto__', 'constructor', 'toString']) {
      const result = await core.router.call(name, {});
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_PROCEDURE' }) });
    }
  });

  it('gives a message for each wrong field, keyed by field', async () => {
    const core = await testCore();
    const result = await core.router.call('people.create', { name: '', role: 'wizard', email: 'nope' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors).toEqual({
      name: 'Enter the person’s name.',
      role: 'Choose a role from the list.',
      email: 'Enter an email address in the right format, like name@council.gov.uk.',
    });
  });

  it('passes parsed, normalised input to the service', async () => {
    const core = await testCore();
    const person = await core.ok('people.create', { name: '  Sam Smith  ', role: 'social_worker', email: 'Sam.Smith@Example.gov.uk' });
    expect(person.name).toBe('Sam Smith');
    expect(person.email).toBe('sam.smith@example.gov.uk');
    expect(person.teamId).toBeNull();
  });
});
