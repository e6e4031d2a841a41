import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from '../../shared/contract';
import { testCore } from './support/core';

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


describe('router', () => {
  it('rejects malformed input for every procedure with a typed error, and writes nothing', async () => {
    const core = await testCore();
    const changesBefore = core.store.sqlite.prepare('select total_changes()').pluck().get();
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
    expect(core.store.sqlite.prepare('select total_changes()').pluck().get()).toBe(changesBefore);
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(0);
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
