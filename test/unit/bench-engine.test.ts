import { describe, expect, it } from 'vitest';
import { readConfig } from '../bench/config';
import { sideBySide } from '../bench/postgres/compare';
import type { BenchReport } from '../bench/report/json';
import { skippedRow, TARGETS, timingRow, valueRow } from '../bench/report/rows';

const SCRIPT = '/x/dist/bench/run.cjs';
const stats = (p95: number) => ({ n: 30, median: p95 / 2, p95, min: 1, max: p95, mean: p95 / 2 });

describe('the bench’s engine option', () => {
  it('runs on SQLite unless told otherwise, takes --engine postgres beside the other options, and refuses an engine it does not know', () => {
    expect(readConfig([], SCRIPT).engine).toBe('sqlite');
    const config = readConfig(['--quick', '--engine', 'postgres', '--only', 'figures'], SCRIPT);
    expect(config).toMatchObject({ engine: 'postgres', quick: true, only: 'figures' });
    expect(() => readConfig(['--engine', 'mysql'], SCRIPT)).toThrow(/^--engine takes one of: sqlite, postgres\./);
    expect(() => readConfig(['--engine'], SCRIPT)).toThrow(/^--engine takes one of/);
    expect(() => readConfig(['--engine', 'postgres', 'postgres'], SCRIPT)).toThrow(/^Unknown option postgres\./);
    expect(readConfig(['--engine', 'postgres', '--only', 'minutes'], SCRIPT)).toMatchObject({ engine: 'postgres', only: 'minutes' });
    expect(() => readConfig(['--only', 'minutes'], SCRIPT)).toThrow(/^--only minutes is a row of the team store: add --engine postgres\./);
  });

  it('puts both engines’ rows side by side by id: p95 and result, not run with its reason, why not or to be measured where PostgreSQL has no row, then the rows only PostgreSQL has', () => {
    const group = 'Tracker query';
    const sqlite = {
      startedAt: '2026-12-06T02:46:54.493Z',
      measurements: [timingRow('tracker.unfiltered', group, 'unfiltered', stats(24.6), TARGETS.trackerQuery), timingRow('search.common', group, 'a common word', stats(11.4), TARGETS.fullTextSearch), valueRow('memory.core', 'Peak memory', 'core', 'MB', 600, TARGETS.peakMemory)],
    } as unknown as BenchReport;
    const postgres = [
      timingRow('tracker.unfiltered', group, 'unfiltered', stats(70), TARGETS.trackerQuery),
      skippedRow('search.common', group, 'a common word', 'not run: the team store core is not built yet', TARGETS.fullTextSearch),
      valueRow('teamStore.copyFrom', 'The team store', 'copy-from', 's', 183),
    ];
    const notYet = [{ id: 'memory', group: 'Peak memory', label: 'core', why: 'to be measured with the team store core' }];
    expect(sideBySide(sqlite, postgres, notYet).split('\n')).toEqual([
      '| Measurement | Target | SQLite (2026-12-06) | PostgreSQL |',
      '| --- | --- | --- | --- |',
      '| **Tracker query** |  |  |  |',
      '| unfiltered | p95 ≤ 50 ms | 24.6 ms PASS | 70.0 ms MISS |',
      '| a common word | p95 ≤ 50 ms | 11.4 ms PASS | not run: the team store core is not built yet |',
      '| **Peak memory** |  |  |  |',
      '| core | ≤ 300 MB | 600 MB MISS | to be measured with the team store core |',
      '| **The team store** |  |  |  |',
      '| copy-from |  | not measured on SQLite | 183.0 s |',
    ]);
    expect(sideBySide(null, postgres.slice(0, 1))).toContain('| unfiltered | p95 ≤ 50 ms | no SQLite run in the results folder | 70.0 ms MISS |');
    expect(sideBySide(sqlite, [])).toContain('| unfiltered | p95 ≤ 50 ms | 24.6 ms PASS | to be measured |');
    const encrypted = { ...sqlite, measurements: [valueRow('autosave.minutesSave.encryption', 'Autosave', 'the encryption’s cost', '×', 1.32)] } as BenchReport;
    expect(sideBySide(encrypted, [])).toContain('| the encryption’s cost |  | 1.32× | no counterpart: about the SQLite file’s encryption |');
  });
});
