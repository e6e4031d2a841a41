import { expectRefused } from './support/refusal';
import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { testCore, type TestCore } from './support/core';
import { TRACKER_SORTS } from '../../shared/schemas/tracker';

const NOW = () => new Date('2026-11-22T10:00:00Z');

async function setUp(core: TestCore) {
  const north = await core.ok('teams.create', { name: 'North' });
  const south = await core.ok('teams.create', { name: 'South' });
  const sw = await core.ok('people.create', { name: 'Sam Worker', role: 'social_worker', teamId: north.id });
  return { north, south, sw };
}

function childInput(overrides: Partial<ProcedureInput<'children.create'>> = {}): ProcedureInput<'children.create'> {
  return { caseRef: 'C1001', firstName: 'Amy', lastName: 'Testcase', legalStatus: 'interim_care_order', dateOfBirth: '2020-05-01', dateEnteredCare: '2026-06-01', ...overrides };
}

describe('children', () => {
  it('are created with their details and appear on the tracker at once', async () => {
    const core = await testCore({ now: NOW });
    const { north, sw } = await setUp(core);
    const child = await core.ok('children.create', childInput({ teamId: north.id, socialWorkerId: sw.id }));
    expect(child).toMatchObject({ caseRef: 'C1001', firstName: 'Amy', teamId: north.id, isUnborn: false, closedOn: null });
    const tracker = await core.ok('tracker.query', {});
    expect(tracker.rows).toEqual([expect.objectContaining({ childId: child.id, teamName: 'North', socialWorkerName: 'Sam Worker', legalStatus: 'interim_care_order' })]);
  });

  it('refuse a case reference already in use, in any letter case, saving nothing', async () => {
    const core = await testCore({ now: NOW });
    await core.ok('children.create', childInput());
    const again = await core.router.call('children.create', childInput({ caseRef: 'c1001', firstName: 'Other' }));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', fieldErrors: { caseRef: expect.stringContaining('already belongs to Amy Testcase') } } });
    expect((await core.ok('tracker.query', {})).total).toBe(1);
  });

  it('refuse impossible and contradictory dates with the field named', async () => {
    const core = await testCore({ now: NOW });
    const cases: [Partial<ProcedureInput<'children.create'>>, string][] = [
      [{ dateOfBirth: '2026-02-31' }, 'dateOfBirth'],
      [{ dateOfBirth: '2027-01-01' }, 'dateOfBirth'],
      [{ dateEnteredCare: '2019-01-01' }, 'dateEnteredCare'],
      [{ dateEnteredCare: '2026-12-25' }, 'dateEnteredCare'],
      [{ isUnborn: true, dateOfBirth: '2027-02-01', dateEnteredCare: '2026-06-01' }, 'dateEnteredCare'],
      [{ caseRef: 'has space' }, 'caseRef'],
    ];
    for (const [fields, field] of cases) {
      const result = await core.router.call('children.create', childInput(fields));
      expect(result.ok, JSON.stringify(fields)).toBe(false);
      if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {}), JSON.stringify(fields)).toContain(field);
    }
    expect((await core.ok('tracker.query', {})).total).toBe(0);
  });

  it('accept an unborn baby with an expected date of delivery in the future', async () => {
    const core = await testCore({ now: NOW });
    const baby = await core.ok('children.create', childInput({ caseRef: 'U1', firstName: 'Baby', isUnborn: true, dateOfBirth: '2027-02-10', dateEnteredCare: null, legalStatus: 'child_protection' }));
    expect(baby.isUnborn).toBe(true);
  });

  it('keep every version of the permanence plan', async () => {
    const core = await testCore({ now: NOW });
    const child = await core.ok('children.create', childInput());
    await core.ok('plans.set', { childId: child.id, primaryOption: 'reunification', parallelOptions: ['adoption', 'special_guardianship'] });
    await core.ok('plans.set', { childId: child.id, primaryOption: 'adoption', parallelOptions: [], legalOrderSought: 'placement_order', ratifiedOn: '2026-11-20', ratifiedAt: 'Second Child in Care review' });
    const detail = await core.ok('children.get', { id: child.id });
    expect(detail.plan).toMatchObject({ primaryOption: 'adoption', legalOrderSought: 'placement_order', ratifiedAt: 'Second Child in Care review', recordedBy: 'test-user' });
    expect(detail.planHistory.map((p) => p.primaryOption)).toEqual(['adoption', 'reunification']);
    const row = (await core.ok('tracker.query', {})).rows[0]!;
    expect(row.primaryPlan).toBe('adoption');
    expect(row.parallelPlans).toEqual([]);
  });

  it('refuse a plan whose parallel option repeats the primary', async () => {
    const core = await testCore({ now: NOW });
    const child = await core.ok('children.create', childInput());
    const result = await core.router.call('plans.set', { childId: child.id, primaryOption: 'adoption', parallelOptions: ['adoption'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { parallelOptions: 'A parallel option cannot be the same as the primary option.' } } });
  });

  it('work out week 26 and the weeks since issue from the key dates', async () => {
    const core = await testCore({ now: NOW });
    const child = await core.ok('children.create', childInput());
    await core.ok('keyDates.create', { childId: child.id, type: 'lgp', date: '2026-09-01', decision: 'issue_proceedings' });
    const issued = await core.ok('keyDates.create', { childId: child.id, type: 'proceedings_issued', date: '2026-09-07' });
    let row = (await core.ok('tracker.query', {})).rows[0]!;
    // 2026-09-07 + 26 weeks = 2027-03-08; 22/11/2026 is 10 whole weeks after 07/09/2026
    expect(row).toMatchObject({ proceedingsIssued: '2026-09-07', week26Date: '2027-03-08', weeksSinceIssue: 10 });
    await core.ok('keyDates.update', { id: issued.id, type: 'proceedings_issued', date: '2026-09-14' });
    row = (await core.ok('tracker.query', {})).rows[0]!;
    expect(row.week26Date).toBe('2027-03-15');
    await core.ok('keyDates.delete', { id: issued.id });
    row = (await core.ok('tracker.query', {})).rows[0]!;
    expect(row.week26Date).toBeNull();
    const audit = core.store.sqlite.prepare("select action from audit_log where entity = 'key_date' order by id").pluck().all();
    expect(audit).toEqual(['create', 'create', 'update', 'delete']);
  });

  it('record a RAG rating only with a reason, and show the last three as a trend', async () => {
    const core = await testCore({ now: NOW });
    const child = await core.ok('children.create', childInput());
    expect(await core.router.call('ratings.create', { childId: child.id, rating: 'red', reason: '  ', ratedOn: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { reason: 'Give the reason for the rating.' } },
    });
    expect(await core.router.call('ratings.create', { childId: child.id, rating: 'red', reason: 'Future', ratedOn: '2026-12-01' })).toMatchObject({ ok: false });
    for (const [rating, ratedOn] of [['green', '2026-08-01'], ['amber', '2026-09-01'], ['red', '2026-10-01'], ['red', '2026-11-01']] as const) {
      await core.ok('ratings.create', { childId: child.id, rating, reason: `Rated ${rating}`, ratedOn });
    }
    const row = (await core.ok('tracker.query', {})).rows[0]!;
    expect(row).toMatchObject({ rag: 'red', ragReason: 'Rated red', ragDate: '2026-11-01', trend: ['amber', 'red', 'red'] });
  });

  it('link siblings into one group, merging groups', async () => {
    const core = await testCore({ now: NOW });
    const [a, b, c, d] = await Promise.all(['A1', 'B1', 'C1', 'D1'].map((ref) => core.ok('children.create', childInput({ caseRef: ref, firstName: ref }))));
    await core.ok('siblings.link', { childId: a!.id, siblingId: b!.id });
    await core.ok('siblings.link', { childId: c!.id, siblingId: d!.id });
    await core.ok('siblings.link', { childId: b!.id, siblingId: c!.id });
    const detail = await core.ok('children.get', { id: a!.id });
    expect(detail.siblings.map((s) => s.caseRef).sort()).toEqual(['B1', 'C1', 'D1']);
    await core.ok('siblings.unlink', { childId: d!.id });
    expect((await core.ok('children.get', { id: a!.id })).siblings.map((s) => s.caseRef).sort()).toEqual(['B1', 'C1']);
    expect(await core.router.call('siblings.link', { childId: a!.id, siblingId: a!.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('Permanence Tracker', () => {
  async function seeded() {
    const core = await testCore({ now: NOW });
    const { north, south } = await setUp(core);
    const mk = async (caseRef: string, lastName: string, teamId: number, legalStatus: ProcedureInput<'children.create'>['legalStatus'], rag?: 'red' | 'amber' | 'green') => {
      const c = await core.ok('children.create', childInput({ caseRef, lastName, teamId, legalStatus }));
      if (rag) await core.ok('ratings.create', { childId: c.id, rating: rag, reason: `${rag} reason`, ratedOn: '2026-11-01' });
      return c;
    };
    await mk('N1', 'Alpha', north.id, 'care_order', 'green');
    await mk('N2', 'Bravo', north.id, 's20', 'red');
    await mk('S1', 'Charlie', south.id, 'placement_order', 'amber');
    await mk('S2', 'Delta', south.id, 'care_order');
    return { core, north, south };
  }

  it('filters by team, RAG, legal status and search, together', async () => {
    const { core, north, south } = await seeded();
    const names = async (q: ProcedureInput<'tracker.query'>) => (await core.ok('tracker.query', q)).rows.map((r) => r.lastName).sort();
    expect(await names({ teamId: north.id })).toEqual(['Alpha', 'Bravo']);
    expect(await names({ rag: 'red' })).toEqual(['Bravo']);
    expect(await names({ rag: 'none' })).toEqual(['Delta']);
    expect(await names({ legalStatus: 'care_order' })).toEqual(['Alpha', 'Delta']);
    expect(await names({ teamId: south.id, legalStatus: 'care_order' })).toEqual(['Delta']);
    expect(await names({ search: 'char' })).toEqual(['Charlie']);
    expect(await names({ search: 'n2' })).toEqual(['Bravo']);
    expect(await names({ search: 'amy delta' })).toEqual(['Delta']);
    expect(await names({ search: '%' })).toEqual([]);
    expect((await core.ok('tracker.query', { rag: 'red' })).total).toBe(4);
  });

  it('puts overdue and red first by default, and sorts by any column both ways', async () => {
    const { core } = await seeded();
    const rows = (await core.ok('tracker.query', {})).rows;
    const rank = { red: 0, amber: 1, green: 2 } as const;
    const keys = rows.map((r) => (r.overdue ? 0 : 10) + (r.rag ? rank[r.rag] : 3));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBeGreaterThan(1);
    const byName = (await core.ok('tracker.query', { sort: 'name' })).rows.map((r) => r.lastName);
    expect(byName).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect((await core.ok('tracker.query', { sort: 'name', descending: true })).rows.map((r) => r.lastName)).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
  });

  it('recomputes every child for a new day and when the rules change', async () => {
    let now = new Date('2026-11-22T10:00:00Z');
    const core = await testCore({ now: () => now });
    const child = await core.ok('children.create', childInput({ legalStatus: 'care_order', dateEnteredCare: '2026-10-01' }));
    const before = (await core.ok('tracker.query', {})).rows[0]!;
    expect(before.nextDue).toMatchObject({ kind: 'cpm', date: '2026-11-12' });
    expect(before.overdue).toBe(true);
    const shown = await core.ok('settings.getReview');
    await core.ok('settings.setReview', { ...shown.settings, version: shown.version, cpmIntervalWeeks: 8 });
    const after = (await core.ok('tracker.query', {})).rows[0]!;
    expect(after.nextDue).toMatchObject({ kind: 'cpm', date: '2026-11-26' });
    expect(after.overdue).toBe(false);
    now = new Date('2026-11-30T10:00:00Z');
    expect((await core.ok('tracker.query', {})).rows[0]!.overdue).toBe(true);
    expect(core.store.sqlite.prepare('select computed_for from child_tracking where child_id = ?').pluck().get(child.id)).toBe('2026-11-30');
  });

  it('pages through a long list without overlaps or gaps, with counts from the whole match', async () => {
    const core = await testCore({ now: NOW });
    const team = await core.ok('teams.create', { name: 'Big Team' });
    for (let i = 0; i < 230; i++) {
      const c = await core.ok('children.create', childInput({ caseRef: `P${i}`, lastName: `Surname${i % 7}`, firstName: `Child${i}`, teamId: team.id, legalStatus: i % 3 ? 'care_order' : 's20' }));
      if (i % 5 === 0) await core.ok('ratings.create', { childId: c.id, rating: 'red', reason: 'Drift', ratedOn: '2026-11-01' });
    }
    const seen: number[] = [];
    let first: Awaited<ReturnType<typeof core.ok<'tracker.query'>>> | undefined;
    for (let offset = 0; offset < 230; offset += 100) {
      const page = await core.ok('tracker.query', { offset, limit: 100 });
      first ??= page;
      expect(page.offset).toBe(offset);
      seen.push(...page.rows.map((r) => r.childId));
    }
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
    const all = await core.ok('tracker.query', { limit: 1000 });
    expect(all.rows.map((r) => r.childId)).toEqual(seen);
    expect(first).toMatchObject({ total: 230, matched: 230, red: 46, overdue: all.rows.filter((r) => r.overdue).length });
    const s20 = await core.ok('tracker.query', { legalStatus: 's20', limit: 10 });
    expect(s20).toMatchObject({ matched: 77, total: 230 });
    expect(s20.rows).toHaveLength(10);
  }, 60_000);

  it('reads a page past the middle of a long list from its end, the same children in the same order as from the top', async () => {
    const core = await testCore({ now: NOW });
    const teams = [await core.ok('teams.create', { name: 'Alpha' }), await core.ok('teams.create', { name: 'beta' })];
    // A thousand children (the most one page holds, so the whole list is read from the top), many alike in what they are sorted by.
    const n = 1000;
    for (let i = 0; i < n; i++) {
      const c = await core.ok('children.create', childInput({ caseRef: `R${i}`, lastName: `Surname${i % 9}`, firstName: `Child${i % 13}`, teamId: i % 4 ? teams[i % 2]!.id : undefined, legalStatus: i % 3 ? 'care_order' : 's20' }));
      if (i % 50 === 0) await core.ok('ratings.create', { childId: c.id, rating: i % 100 ? 'red' : 'amber', reason: 'Drift', ratedOn: '2026-11-01' });
    }
    for (const sort of TRACKER_SORTS) {
      for (const descending of [false, true]) {
        const whole = (await core.ok('tracker.query', { sort, descending, limit: n })).rows.map((r) => r.childId);
        expect(new Set(whole).size).toBe(n);
        // Below 500 down, or not past the middle: read from the top. Past both: from the end.
        for (const [offset, limit] of [[499, 7], [500, 10], [501, 7], [505, 60], [990, 30], [995, 10], [1000, 10], [1200, 5]] as const) {
          const page = await core.ok('tracker.query', { sort, descending, offset, limit });
          expect(page.rows.map((r) => r.childId), `${sort} ${descending ? 'descending' : 'ascending'} at ${offset}`).toEqual(whole.slice(offset, offset + limit));
          expect(page).toMatchObject({ offset, matched: n, total: n });
        }
      }
    }
  }, 240_000);

  it('leaves closed children out unless asked', async () => {
    const { core } = await seeded();
    const first = (await core.ok('tracker.query', {})).rows[0]!;
    await core.ok('children.close', { id: first.childId, closedOn: '2026-11-22', closedReason: 'Special guardianship order made' });
    expect((await core.ok('tracker.query', {})).total).toBe(3);
    expect((await core.ok('tracker.query', { includeClosed: true })).total).toBe(4);
  });

  it('refuses to stop tracking on a day still to come, or before the child entered care, changing nothing', async () => {
    const { core } = await seeded();
    const first = (await core.ok('tracker.query', {})).rows[0]!;
    const { child } = await core.ok('children.get', { id: first.childId });
    await expectRefused(core, 'children.close', { id: first.childId, closedOn: '2026-11-23', closedReason: 'Adopted' }, 'INVALID_INPUT', /date still to come/);
    expect(child.dateEnteredCare).not.toBeNull();
    const before = new Date(Date.parse(`${child.dateEnteredCare!}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await expectRefused(core, 'children.close', { id: first.childId, closedOn: before, closedReason: 'Adopted' }, 'INVALID_INPUT', /entered care on/);
    expect((await core.ok('tracker.query', {})).total).toBe(4);
  });

  it('exports what is shown to CSV for Excel, with formulas neutralised', async () => {
    const { core } = await seeded();
    const child = (await core.ok('tracker.query', { search: 'Alpha' })).rows[0]!;
    await core.ok('ratings.create', { childId: child.childId, rating: 'amber', reason: '=HYPERLINK("http://example.com")', ratedOn: '2026-11-20' });
    const file = await core.ok('tracker.exportCsv', { teamId: child.teamId });
    expect(file.fileName).toBe('Permanence Tracker 2026-11-22.csv');
    expect(file.csv.startsWith('\ufeffCase reference,First name,Last name,Team')).toBe(true);
    const lines = file.csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(file.csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(file.csv).not.toContain('Charlie');
  });
});

describe('demo data', () => {
  it('loads a fictional council of 60 children into an empty store, once', async () => {
    const core = await testCore({ now: NOW });
    expect(await core.ok('demo.load')).toEqual({ teams: 4, people: 25, children: 60 });
    const tracker = await core.ok('tracker.query', {});
    expect(tracker.total).toBe(60);
    expect(tracker.rows.some((r) => r.overdue)).toBe(true);
    expect(tracker.rows.some((r) => r.rag === 'red')).toBe(true);
    expect(tracker.rows.some((r) => r.week26Date !== null)).toBe(true);
    expect(tracker.rows.some((r) => r.flags.length > 0)).toBe(true);
    expect(await core.router.call('demo.load', undefined)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
