import fs from 'node:fs';
import path from 'node:path';
import type { BenchReport } from '../report/json';
import { fmt } from '../report/format';
import type { ResultRow } from '../report/rows';

/** SQLite rows the PostgreSQL run does not have yet, by the start of their ids, and why. */
export interface NotYet {
  id: string;
  group: string;
  label: string;
  why: string;
}

const RESULT: Record<ResultRow['status'], string> = { pass: 'PASS', miss: 'MISS', fail: 'FAIL', info: '', skipped: '' };

/** The figure a row is judged on (p95 for timings, else the value), with its result; a row that did not run says so. */
function cell(row: ResultRow | undefined, notYet?: NotYet): string {
  if (!row) return notYet?.why ?? 'to be measured';
  if (row.status === 'skipped') return row.note ?? 'not run';
  const figure = row.stats ? fmt(row.target?.on === 'median' ? row.stats.median : row.stats.p95, row.unit) : fmt(row.value, row.unit);
  return [figure, RESULT[row.status]].filter(Boolean).join(' ');
}

/** The newest SQLite report in the results folder (latest.json), if a SQLite run left one. */
export function readSqliteReport(resultsDir: string): BenchReport | null {
  const file = path.join(resultsDir, 'latest.json');
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
  return report.engine === undefined || report.engine === 'sqlite' ? report : null;
}

/**
 * Both engines' rows side by side, as a Markdown table for the README: every row of the SQLite
 * run, in its order, with the PostgreSQL row of the same id beside it (where the PostgreSQL run has
 * none, why not, or "to be measured"), then the rows only PostgreSQL has. Timings show their p95.
 */
export function sideBySide(sqlite: BenchReport | null, postgres: readonly ResultRow[], notYet: readonly NotYet[] = []): string {
  const byId = new Map(postgres.map((r) => [r.id, r]));
  const sqliteRows = sqlite?.measurements ?? [];
  const seen = new Set(sqliteRows.map((r) => r.id));
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const out = [
    line(['Measurement', 'Target', `SQLite${sqlite ? ` (${sqlite.startedAt.slice(0, 10)})` : ''}`, 'PostgreSQL']),
    line(['---', '---', '---', '---']),
  ];
  let group = '';
  const push = (row: ResultRow, sqliteCell: string, pgCell: string) => {
    if (row.group !== group) {
      group = row.group;
      out.push(line([`**${group}**`, '', '', '']));
    }
    out.push(line([row.label.trim(), row.target?.text ?? '', sqliteCell, pgCell]));
  };
  const why = (id: string) => notYet.find((n) => id === n.id || id.startsWith(`${n.id}.`));
  for (const r of sqliteRows) push(r, cell(r), cell(byId.get(r.id), why(r.id)));
  for (const r of postgres) if (!seen.has(r.id)) push(r, sqlite ? 'not measured on SQLite' : 'no SQLite run in the results folder', cell(r));
  return out.join('\n');
}
