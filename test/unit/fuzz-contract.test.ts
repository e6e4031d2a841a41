import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/errors';
import { testCore } from './support/core';

/** Field names the contract uses, so generated objects look like real calls gone wrong rather than pure noise. */
const KEYS = ['id', 'name', 'role', 'teamId', 'email', 'archived', 'includeArchived', 'childId', 'caseRef', 'firstName', 'lastName', 'dateOfBirth', 'legalStatus', 'dateEnteredCare', 'type', 'date', 'decision', 'rating', 'reason', 'ratedOn', 'primaryOption', 'parallelOptions', 'csv', 'mapping', 'exclude', 'query', 'limit', 'sort', 'search', 'confirmDuplicate', 'siblingId', 'closedOn', '__proto__', 'constructor'];

const nasty = fc.oneof(
  fc.anything({ withBigInt: false, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.constantFrom('', ' ', '\u0000', '31/02/2026', '2026-02-31', '9999-99-99', 'NaN', '-1', '1e309', '<script>alert(1)</script>', "'; drop table children; --", 'x'.repeat(10_000)),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53, -1, 0.5),
);

const malformedCall = fc.oneof(
  nasty,
  fc.dictionary(fc.constantFrom(...KEYS), nasty, { maxKeys: 8 }),
  fc.array(nasty, { maxLength: 5 }),
);

describe('every procedure of the contract, fuzzed with malformed input', () => {
  it('answers with a typed error in words, never crashes and never writes', async () => {
    const core = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    await core.ok('demo.load');
    const changes = () => core.store.sqlite.prepare('select total_changes()').pluck().get() as number;
    const before = changes();
    const auditBefore = core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROCEDURE_NAMES), malformedCall, async (name, input) => {
        fc.pre(!contract[name].input.safeParse(input).success);
        const result = await core.router.call(name, input);
        checked++;
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(5);
        expect(result.error.message).not.toMatch(/\bat \w+ \(|TypeError|undefined is not|\[object Object\]/);
      }),
      { numRuns: 1500, seed: 20261122 },
    );
    expect(checked).toBeGreaterThan(1000);
    expect(changes()).toBe(before);
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(auditBefore);
    expect(core.store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('survives names that are not procedures, including prototype keys', async () => {
    const core = await testCore();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf')), fc.anything(), async (name, input) => {
        fc.pre(!(PROCEDURE_NAMES as string[]).includes(name));
        const result = await core.router.call(name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
      }),
      { numRuns: 300 },
    );
  });
});
