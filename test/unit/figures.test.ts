import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FiguresResult } from '../../shared/schemas/figures';
import { figureTables } from '../../shared/figures/tables';
import { figureParams } from '../../electron/core/features/figures/figures';
import { countParts, countRag, type CountedFigure, unitsListedTwice } from '../../electron/core/features/figures/repository';
import { testCore, type TestCore } from './support/core';
import { council, PERIOD } from './support/figures-council';

type Council = Awaited<ReturnType<typeof council>>;

async function behind(c: Council, part: string, teamId: number | null = null): Promise<string[]> {
  const result = await c.core.ok('tracker.query', { figure: { part, ...PERIOD, teamId } });
  return result.rows.map((r) => r.firstName).sort();
}

const counts = (rows: { key: string; start: number; now: number }[]) => Object.fromEntries(rows.filter((r) => r.start + r.now > 0).map((r) => [r.key, [r.start, r.now]]));

describe('management figures on a council made by hand', () => {
  it('count every figure as worked out on paper, and list the children behind each number', async () => {
    const c = await council();
    const f: FiguresResult = await c.core.ok('figures.get', PERIOD);

    // In care at 01/04: Ava (adoption), Ben, Dan and Eve (no plan); Cara in pre-proceedings. Now Eve's plan is special guardianship.
    expect(counts(f.inCare.plans)).toEqual({ adoption: [1, 1], special_guardianship: [0, 1], none: [3, 3] });
    expect(counts(f.inCare.statuses)).toEqual({ care_order: [1, 3], s20: [1, 1], interim_care_order: [2, 1], pre_proceedings: [1, 0] });
    expect(await behind(c, 'inCare/now/plan/none')).toEqual(['Ben', 'Cara', 'Dan']);
    expect(await behind(c, 'inCare/start/status/interim_care_order')).toEqual(['Dan', 'Eve']);

    // Cara's proceedings are open at 23 weeks; Eve's concluded at 17 weeks, Dan's at 31: median 24.
    expect(f.proceedings.open).toEqual([
      { key: 'w0', n: 0 },
      { key: 'w1', n: 0 },
      { key: 'w2', n: 1 },
      { key: 'w3', n: 0 },
      { key: 'w4', n: 0 },
    ]);
    expect(f.proceedings.concluded).toEqual({ within: 1, over: 1, medianWeeks: 24 });
    expect(await behind(c, 'proceedings/concluded/over')).toEqual(['Dan']);

    expect(f.timeliness).toEqual([
      { measure: 'cpm', onTime: 6, late: 2, notHeld: 3 },
      { measure: 'pp4', onTime: 1, late: 0, notHeld: 0 },
      { measure: 'pp14', onTime: 0, late: 0, notHeld: 1 },
      { measure: 'cic', onTime: 3, late: 1, notHeld: 2 },
    ]);
    expect(await behind(c, 'timeliness/cpm/notHeld')).toEqual(['Ava', 'Cara', 'Eve']);
    expect(await behind(c, 'timeliness/cic/late')).toEqual(['Cara']);
    expect(await behind(c, 'timeliness/pp14')).toEqual(['Cara']);

    expect(f.rag.map((m) => [m.month, m.red, m.amber, m.green])).toEqual([
      ['2026-04', 2, 0, 1],
      ['2026-05', 1, 1, 2],
      ['2026-06', 2, 1, 1],
      ['2026-07', 2, 2, 0],
      ['2026-08', 3, 1, 0],
      ['2026-09', 3, 1, 0],
    ]);
    expect(await behind(c, 'rag/2026-05/green')).toEqual(['Ben', 'Dan']);

    expect(f.drift).toEqual([
      { key: 's20', n: 1 },
      { key: 'noPlan', n: 3 },
      { key: 'red', n: 2 },
    ]);
    expect(await behind(c, 'drift/noPlan')).toEqual(['Ben', 'Cara', 'Dan']);
    expect(await behind(c, 'drift/red')).toEqual(['Ava', 'Ben']);

    const group = (g: FiguresResult['actions']['teams'][number]) => [g.label, g.open, g.overdue, g.completed, g.impact.green, g.impact.none];
    expect(f.actions.teams.map(group)).toEqual([
      ['North', 1, 1, 0, 0, 0],
      ['South', 1, 0, 1, 1, 0],
    ]);
    expect(f.actions.owners.map(group)).toEqual([
      ['Sam Social', 1, 1, 1, 1, 0],
      ['Tara Manager', 1, 0, 0, 0, 0],
    ]);
    const samOverdue = figureTables(f).find((t) => t.id === 'actionsByOwner')!.rows[0]!.cells[1]!.part!;
    expect(await behind(c, samOverdue)).toEqual(['Ava']);
  });

  it('count one team alone, and every table beside its chart as CSV', async () => {
    const c = await council();
    const f = await c.core.ok('figures.get', { ...PERIOD, teamId: c.south.id });
    expect(f.period.teamName).toBe('South');
    expect(counts(f.inCare.statuses)).toEqual({ care_order: [0, 1], interim_care_order: [1, 1], pre_proceedings: [1, 0] });
    expect(f.timeliness.find((t) => t.measure === 'cpm')).toEqual({ measure: 'cpm', onTime: 1, late: 1, notHeld: 1 });
    expect(await behind(c, 'drift', c.south.id)).toEqual(['Cara', 'Dan']);

    const csv = await c.core.ok('figures.exportCsv', { ...PERIOD, teamId: c.south.id, table: 'timeliness' });
    expect(csv.fileName).toBe('Timeliness of reviews South 2026-04-01 to 2026-09-30.csv');
    expect(csv.csv.split('\r\n')[1]).toBe('Care Planning Meetings within 6 weeks,1,1,1,33% (1 of 3)');
  });

  it('go to Word with the period and team on the cover, each chart a described picture beside its table, and children named only in the appendix when asked for', { timeout: 30_000 }, async () => {
    const c = await council();
    const word = async (withNames: boolean) => {
      const file = await c.core.ok('figures.exportDocx', { ...PERIOD, teamId: c.north.id, withNames });
      const files = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
      return { fileName: file.fileName, xml: strFromU8(files['word/document.xml']!), header: strFromU8(files['word/header1.xml']!), pictures: Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')) };
    };
    const countsOnly = await word(false);
    expect(countsOnly.fileName).toBe('Permanence figures North 2026-04-01 to 2026-09-30.docx');
    const text = countsOnly.xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Period: 01/04/2026 to 30/09/2026');
    expect(text).toContain('Team: North');
    expect(countsOnly.header).toContain('OFFICIAL-SENSITIVE');
    // Eight tables, each a chart: North's actions have one owner, so every table has something to draw.
    expect(countsOnly.pictures).toHaveLength(8);
    expect(countsOnly.xml).toContain('descr="Bar chart: Timeliness of reviews.');
    for (const name of ['Ava', 'Ben', 'Eve', 'Hand', 'F1']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));

    const named = await word(true);
    const appendix = named.xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(appendix).toContain('Appendix: the children behind the drift and delay figures');
    expect(appendix).toMatch(/Accommodated under Section 20 for over 2 years \(1\) Child Case reference Team Ben Hand F2 North/);
    expect(appendix).not.toContain('Cara');
  });

  it('refuse a period that ends before it starts, or a team that does not exist, with a sentence', async () => {
    const c = await council();
    const audit = () => c.core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    const before = audit();
    const backwards = await c.core.router.call('figures.get', { from: '2026-09-30', to: '2026-04-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('The period ends (01/04/2026) before it starts (30/09/2026)') } });
    const noTeam = await c.core.router.call('figures.exportCsv', { ...PERIOD, teamId: 999, table: 'rag' });
    expect(noTeam).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That team is not in Panelroom: it may have been removed. Choose a team from the list, or all teams.' } });
    expect(audit()).toBe(before);
  });
});

describe('management figures on the demo', () => {
  it('agree with the tracker: every child in care now is counted once by plan and once by status', { timeout: 60_000 }, async () => {
    const core: TestCore = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    await core.ok('demo.load');
    const f = await core.ok('figures.get', { from: '2025-12-01', to: '2026-11-30' });
    const tracker = await core.ok('tracker.query', { limit: 1000 });
    const inCareNow = tracker.rows.filter((r) => ['care_order', 'interim_care_order', 's20', 'placement_order'].includes(r.legalStatus)).length;
    expect(f.inCare.plans.reduce((n, p) => n + p.now, 0)).toBeGreaterThan(0);
    expect(f.inCare.plans.reduce((n, p) => n + p.now, 0)).toBe(f.inCare.statuses.filter((s) => s.key !== 'pre_proceedings').reduce((n, s) => n + s.now, 0));
    expect(f.inCare.statuses.filter((s) => s.key !== 'pre_proceedings').reduce((n, s) => n + s.now, 0)).toBeLessThanOrEqual(inCareNow);
    expect(f.rag).toHaveLength(12);
    expect(f.rag.at(-1)!.red).toBe((await core.ok('tracker.query', { rag: 'red', limit: 1000 })).matched);
    // The first number of each table that counts any children: the tracker lists at most that many children behind it, and some.
    for (const table of figureTables(f)) {
      const cell = table.rows.flatMap((r) => r.cells).find((x) => x.part && /^[1-9]\d*$/.test(x.text));
      if (!cell?.part) continue;
      const rows = await core.ok('tracker.query', { figure: { part: cell.part, from: '2025-12-01', to: '2026-11-30', teamId: null }, limit: 1000 });
      expect(rows.matched, cell.part).toBeLessThanOrEqual(Number(cell.text));
      expect(rows.matched > 0, cell.part).toBe(Number(cell.text) > 0);
    }
  });
});

describe('management figures count each thing once', () => {
  const COUNTED: CountedFigure[] = ['inCare', 'proceedings', 'timeliness', 'rag', 'drift'];
  /** Every unit a counted figure lists twice in a part, over these periods for all teams and each team. */
  async function listedTwice(core: TestCore, now: Date, periods: { from: string; to: string }[]): Promise<string[]> {
    const ctx = { db: core.store.db, actor: 'test-user', now: () => now };
    const teams = await core.ok('teams.list', {});
    const twice: string[] = [];
    for (const period of periods)
      for (const teamId of [null, ...teams.map((t) => t.id)]) {
        const { params } = await figureParams(ctx, { ...period, teamId });
        for (const figure of COUNTED) for (const r of await unitsListedTwice(core.store.db, figure, params)) twice.push(`${period.from}–${period.to} team ${teamId}: ${r.part} ${r.unit}`);
      }
    return twice;
  }

  it('list each child, meeting due or month once in each part, so a part counts its rows: the council made by hand', async () => {
    const c = await council();
    // Something to count in every figure, or the check could not fail.
    const f = await c.core.ok('figures.get', PERIOD);
    expect(f.timeliness.some((t) => t.onTime + t.late + t.notHeld > 0) && f.rag.some((m) => m.red + m.amber + m.green > 0)).toBe(true);
    const periods = [PERIOD, { from: '2025-01-01', to: '2026-10-15' }, { from: '2026-09-01', to: '2026-12-31' }];
    expect(await listedTwice(c.core, new Date('2026-10-15T10:00:00Z'), periods)).toEqual([]);
  });

  it('and on the demo', { timeout: 60_000 }, async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const core = await testCore({ now: () => now });
    await core.ok('demo.load');
    expect(await listedTwice(core, now, [{ from: '2025-12-01', to: '2026-11-30' }, { from: '2024-01-01', to: '2026-06-30' }])).toEqual([]);
  });

  /** RAG over time counted from when each rating came in and went out, against its members counted, over these periods for all teams and each team. */
  async function ragTwoWays(core: TestCore, now: Date, periods: { from: string; to: string }[]): Promise<{ counted: number; differ: string[] }> {
    const ctx = { db: core.store.db, actor: 'test-user', now: () => now };
    const teams = await core.ok('teams.list', {});
    let counted = 0;
    const differ: string[] = [];
    for (const period of periods)
      for (const teamId of [null, ...teams.map((t) => t.id)]) {
        const { params } = await figureParams(ctx, { ...period, teamId });
        const fromMoves = Object.fromEntries([...(await countRag(core.store.db, params))].sort());
        const fromMembers = Object.fromEntries([...(await countParts(core.store.db, 'rag', params))].sort());
        counted += Object.values(fromMembers).reduce((a, b) => a + b, 0);
        if (JSON.stringify(fromMoves) !== JSON.stringify(fromMembers)) differ.push(`${period.from}–${period.to} team ${teamId}: ${JSON.stringify(fromMoves)} against ${JSON.stringify(fromMembers)}`);
      }
    return { counted, differ };
  }

  it('count RAG over time as many as its members list: the council made by hand, with a case closed and a period ending mid-month', async () => {
    const c = await council();
    c.clock.set('2026-10-15T10:00:00Z');
    await c.core.ok('ratings.create', { childId: c.children.eve.id, rating: 'amber', reason: 'As the panel found.', ratedOn: '2026-09-10' });
    await c.core.ok('ratings.create', { childId: c.children.eve.id, rating: 'green', reason: 'As the panel found.', ratedOn: '2026-09-10' });
    await c.core.ok('children.close', { id: c.children.ben.id, closedOn: '2026-07-15', closedReason: 'Adopted' });
    const periods = [PERIOD, { from: '2025-01-01', to: '2026-10-15' }, { from: '2026-06-16', to: '2026-09-09' }, { from: '2026-06-16', to: '2026-07-09' }, { from: '2026-09-10', to: '2026-09-10' }];
    const { counted, differ } = await ragTwoWays(c.core, new Date('2026-10-15T10:00:00Z'), periods);
    expect(differ).toEqual([]);
    expect(counted).toBeGreaterThan(20);
  });

  it('and on the demo', { timeout: 60_000 }, async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const core = await testCore({ now: () => now });
    await core.ok('demo.load');
    const { counted, differ } = await ragTwoWays(core, now, [{ from: '2025-12-01', to: '2026-11-30' }, { from: '2024-01-15', to: '2026-06-20' }]);
    expect(differ).toEqual([]);
    expect(counted).toBeGreaterThan(100);
  });
});
