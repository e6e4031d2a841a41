import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES, type ProcedureName } from '../../shared/contract';
import { addDaysIso } from '../../shared/domain/dates';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { testCore } from './support/core';
import { databaseDigest, expectSentence } from './support/refusal';
import { councilWithCalls, referencePaths, withValueAt } from './support/well-formed-calls';

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

/** A day between `min` and `max`, as an ISO date; the schema calls any day from the year 100 to 9999 a real date. */
const isoDay = (min: string, max: string) => fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const EARLIEST = '0100-01-01';
const LATEST = '9999-12-31';
/** Words a person might type, always well formed for a text field. */
const words = fc.stringMatching(/^[A-Z][a-z’' ,.-]{2,120}[a-z.]$/);

interface MustRefuse {
  name: ProcedureName;
  input: unknown;
  codes: ErrorCode[];
  says: RegExp;
}

/**
 * Calls the schema accepts but the core must refuse, over the busy council of 10/12/2026:
 * a reference to nothing, a date that has not happened yet, a date before what it follows,
 * and a change to a meeting in the wrong state for it.
 */
function callsToRefuse(c: Awaited<ReturnType<typeof councilWithCalls>>): fc.Arbitrary<MustRefuse> {
  const call = (name: ProcedureName) => c.calls.find((x) => x.name === name)!.input;
  const refs = c.calls.flatMap((x) => referencePaths(x.input).map((path) => ({ ...x, path })));
  const unknownReference = fc
    .tuple(fc.constantFrom(...refs), fc.integer({ min: 100_000, max: 2 ** 31 - 1 }))
    .map(([x, id]): MustRefuse => ({ name: x.name, input: withValueAt(x.input, x.path, id), codes: ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT'], says: /./ }));

  const stillToCome: [ProcedureName, string, RegExp][] = [
    ['cicReviews.record', 'heldOn', /still to come/],
    ['ratings.create', 'ratedOn', /in the future/],
    ['escalations.create', 'raisedOn', /still to come/],
    ['escalations.close', 'closedOn', /still to come/],
    ['actions.complete', 'completedOn', /still to come/],
    ['plans.set', 'ratifiedOn', /still to come/],
    ['plans.ratifyFinal', 'ratifiedOn', /still to come/],
    ['meetings.approve', 'approvedOn', /still to come/],
    ['children.create', 'dateOfBirth', /in the future/],
    ['children.create', 'dateEnteredCare', /in the future/],
  ];
  const future = fc
    .tuple(fc.constantFrom(...stillToCome), isoDay('2026-12-11', LATEST))
    .map(([[name, field, says], date]): MustRefuse => ({ name, input: { ...call(name), [field]: date }, codes: ['INVALID_INPUT'], says }));

  const running = c.running.itemOf(c.smith.id);
  const tooEarly = fc.oneof(
    isoDay(EARLIEST, '2026-12-09').map((dueOn): MustRefuse => ({ name: 'actions.create', input: { ...call('actions.create'), dueOn }, codes: ['INVALID_INPUT'], says: /cannot be due before the meeting that agreed it \(10\/12\/2026\)/ })),
    isoDay(EARLIEST, '2026-12-07').map((approvedOn): MustRefuse => ({ name: 'meetings.approve', input: { ...call('meetings.approve'), approvedOn }, codes: ['INVALID_INPUT'], says: /before the meeting was held/ })),
    isoDay(EARLIEST, '2026-11-25').map((completedOn): MustRefuse => ({ name: 'actions.complete', input: { ...call('actions.complete'), completedOn }, codes: ['INVALID_INPUT'], says: /agreed on 26\/11\/2026, so it cannot have been completed before then/ })),
    isoDay(EARLIEST, '2026-12-08').map((value): MustRefuse => ({ name: 'minutes.save', input: { itemId: c.draft.itemId, field: 'nextMeetingDate', value, version: 1 }, codes: ['INVALID_INPUT'], says: /must be after this one \(08\/12\/2026\)/ })),
    isoDay(EARLIEST, '2026-12-09').map((newDueOn): MustRefuse => ({ name: 'actions.review', input: { ...call('actions.review'), outcome: 'carried', newDueOn }, codes: ['INVALID_INPUT'], says: /due date after this meeting/ })),
    isoDay(EARLIEST, '2018-12-31').map((dateEnteredCare): MustRefuse => ({ name: 'children.create', input: { ...call('children.create'), dateOfBirth: '2019-01-01', dateEnteredCare }, codes: ['INVALID_INPUT'], says: /before the date of birth/ })),
  );

  const { planned, approved, draft } = c;
  const plannedItem = planned.itemOf(c.brown.id);
  const approvedItem = approved.itemOf(c.smith.id);
  const notStarted = { codes: ['CONFLICT'] as ErrorCode[], says: /has not started/ };
  const approvedOnes = { codes: ['READ_ONLY'] as ErrorCode[], says: /approved by Hana Head on 26\/11\/2026/ };
  const wrongMoment = fc.oneof(
    fc.tuple(fc.constantFrom([plannedItem, notStarted], [approvedItem, approvedOnes]), words).map(([[itemId, why], value]): MustRefuse => ({ name: 'minutes.save', input: { itemId, field: 'discussion', value, version: 0 }, ...why })),
    fc.tuple(fc.constantFrom([plannedItem, c.brown.id, notStarted] as const, [approvedItem, c.smith.id, approvedOnes] as const), fc.constantFrom('red', 'amber', 'green'), words).map(([[itemId, childId, why], rating, reason]): MustRefuse => ({ name: 'minutes.rate', input: { itemId, childId, rating, reason }, ...why })),
    fc.tuple(fc.constantFrom([plannedItem, notStarted], [approvedItem, approvedOnes]), words, isoDay('2026-12-17', LATEST)).map(([[itemId, why], text, dueOn]): MustRefuse => ({ name: 'actions.create', input: { itemId, text, ownerId: null, ownerName: 'Fostering SSW', dueOn }, ...why })),
    fc.tuple(fc.constantFrom([planned.meetingId, notStarted], [approved.meetingId, approvedOnes]), words).map(([[meetingId, why], name]): MustRefuse => ({ name: 'attendance.add', input: { meetingId, personId: null, name, role: 'other', organisation: null }, ...why })),
    fc.constantFrom(planned.meetingId, approved.meetingId, draft.meetingId).map((id): MustRefuse => ({ name: 'meetings.close', input: { id }, codes: ['CONFLICT'], says: /cannot become draft minutes/ })),
    fc.constantFrom(c.running.meetingId, planned.meetingId, approved.meetingId).map((id): MustRefuse => ({ name: 'meetings.approve', input: { id, approvedBy: 'Hana Head', approvedOn: '2026-12-10' }, codes: ['CONFLICT'], says: /cannot become approved/ })),
    fc.constantFrom(c.running.meetingId, planned.meetingId, draft.meetingId).map((id): MustRefuse => ({ name: 'meetings.lock', input: { id }, codes: ['CONFLICT'], says: /cannot become locked/ })),
    fc.constantFrom(approved.meetingId, c.running.meetingId).map((id): MustRefuse => ({ name: 'meetings.reopen', input: { id }, codes: ['CONFLICT'], says: /cannot become in progress/ })),
    fc.constant<MustRefuse>({ name: 'meetings.reopen', input: { id: planned.meetingId }, codes: ['CONFLICT'], says: /has not been held yet/ }),
    fc.constantFrom(approved.meetingId, draft.meetingId).map((id): MustRefuse => ({ name: 'meetings.start', input: { id }, codes: ['CONFLICT'], says: /already been held/ })),
    fc.tuple(fc.constantFrom(c.running.meetingId, planned.meetingId), words).map(([meetingId, text]): MustRefuse => ({ name: 'minutes.amend', input: { meetingId, itemId: null, text }, codes: ['CONFLICT'], says: /not approved yet/ })),
    fc.constantFrom(c.running.meetingId, approved.meetingId).map((id): MustRefuse => ({ name: 'meetings.update', input: { id, startTime: '10:00', endTime: '11:00', venue: null, chairId: null, version: 1 }, codes: ['CONFLICT'], says: /has started/ })),
    fc.constant<MustRefuse>({ name: 'agenda.add', input: { meetingId: approved.meetingId, childId: c.jones.id, reason: null }, codes: ['CONFLICT'], says: /agenda can no longer change/ }),
    fc.constant<MustRefuse>({ name: 'filing.review', input: { meetingId: c.running.meetingId, childId: c.smith.id }, codes: ['CONFLICT'], says: /must approve the minutes/ }),
    fc.constant<MustRefuse>({ name: 'minutes.rate', input: { itemId: running, childId: c.brown.id, rating: 'red', reason: 'Not on this item' }, codes: ['INVALID_INPUT'], says: /not part of this item/ }),
  );
  return fc.oneof(unknownReference, future, tooEarly, wrongMoment);
}

describe('every procedure of the contract, fuzzed', () => {
  it('answers malformed calls, and well-formed calls it must refuse, with a typed error in words, never crashes and never writes', async () => {
    const council = await councilWithCalls();
    const { core } = council;
    const changes = () => core.store.sqlite.prepare('select total_changes()').pluck().get() as number;
    const before = changes();
    const digest = databaseDigest(core);
    const auditBefore = core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    const malformed = fc.tuple(fc.constantFrom(...PROCEDURE_NAMES), malformedCall).map(([name, input]) => ({ name, input, codes: ['INVALID_INPUT'] as ErrorCode[], says: /./, wellFormed: false }));
    const refusable = callsToRefuse(council).map((call) => ({ ...call, wellFormed: true }));
    let checked = 0;
    let wellFormed = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(malformed, refusable), async (call) => {
        const parses = contract[call.name].input.safeParse(call.input).success;
        if (call.wellFormed) expect(parses, `${call.name} ${JSON.stringify(call.input)} should be well formed`).toBe(true);
        else fc.pre(!parses);
        const digestBefore = call.wellFormed ? databaseDigest(core) : null;
        const result = await core.router.call(call.name, call.input);
        checked++;
        if (call.wellFormed) wellFormed++;
        expect(result.ok, `${call.name} accepted ${JSON.stringify(call.input)}`).toBe(false);
        if (result.ok) return;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(call.codes, `${call.name} ${JSON.stringify(call.input)}: ${JSON.stringify(result.error)}`).toContain(result.error.code);
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(5);
        expect(result.error.message).not.toMatch(/\bat \w+ \(|TypeError|undefined is not|\[object Object\]/);
        expect(result.error.message).toMatch(call.says);
        if (digestBefore) {
          expectSentence(result.error.message);
          expect(databaseDigest(core), `${call.name} ${JSON.stringify(call.input)} was refused but changed the data`).toBe(digestBefore);
        }
      }),
      { numRuns: 1500, seed: 20261122 },
    );
    expect(checked).toBeGreaterThan(1000);
    expect(wellFormed).toBeGreaterThan(400);
    expect(changes()).toBe(before);
    expect(databaseDigest(core)).toBe(digest);
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(auditBefore);
    expect(core.store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('accepts a value on the edge a rule allows, and refuses one just past it in words, changing nothing', async () => {
    const c = await councilWithCalls();
    const { core } = c;
    const itemId = c.running.itemOf(c.smith.id);
    let made = 0;
    /** Each edge: the call for a step `offset` from it, and whether the rule allows that step. */
    const edges = {
      // an action is due on or after the meeting that agreed it (10/12/2026)
      dueOn: (offset: number) => ({ name: 'actions.create' as const, input: { itemId, text: 'Write to the carers', ownerId: null, ownerName: 'Fostering SSW', dueOn: addDaysIso('2026-12-10', offset) }, allowed: offset >= 0, says: /cannot be due before the meeting/ }),
      // a rating is dated today or earlier
      ratedOn: (offset: number) => ({ name: 'ratings.create' as const, input: { childId: c.jones.id, rating: 'amber', reason: 'Assessment late', ratedOn: addDaysIso('2026-12-10', offset) }, allowed: offset <= 0, says: /in the future/ }),
      // an action is at most 2,000 characters, counted after trimming
      text: (offset: number) => ({ name: 'actions.create' as const, input: { itemId, text: ` ${'Book the assessment '.padEnd(2000 + offset, 'x')} `, ownerId: null, ownerName: 'Fostering SSW', dueOn: '2026-12-24' }, allowed: offset <= 0, says: /2,000 characters or fewer/ }),
      // a team's name is at most 120 characters
      teamName: (offset: number) => ({ name: 'teams.create' as const, input: { name: `Team ${made++} `.padEnd(120 + offset, 'x'), teamManagerId: null, groupManagerId: null }, allowed: offset <= 0, says: /120 characters or fewer/ }),
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(edges) as (keyof typeof edges)[])), fc.integer({ min: -3, max: 3 }), async (edge, offset) => {
        const call = edges[edge](offset);
        const before = databaseDigest(core);
        const result = await core.router.call(call.name, call.input);
        expect(result.ok, `${edge} ${offset}: ${JSON.stringify(result)}`).toBe(call.allowed);
        if (result.ok) return;
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(call.says);
        expectSentence(result.error.message);
        expect(databaseDigest(core)).toBe(before);
      }),
      { numRuns: 60, seed: 20261210, examples: [['dueOn', 0], ['dueOn', -1], ['ratedOn', 0], ['ratedOn', 1], ['text', 0], ['text', 1], ['teamName', 0], ['teamName', 1]] },
    );
    // what was accepted was kept as given
    const actions = (await core.ok('actions.list', { childId: c.smith.id, status: 'all' })).rows.filter((a) => a.itemId === itemId);
    expect(actions.some((a) => a.dueOn === '2026-12-10')).toBe(true);
    expect(actions.some((a) => a.text.length === 2000)).toBe(true);
    expect((await core.ok('children.get', { id: c.jones.id })).ratings.some((r) => r.ratedOn === '2026-12-10' && r.reason === 'Assessment late')).toBe(true);
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
