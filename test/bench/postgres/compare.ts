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

/**
 * The SQLite rows not run on the team store yet, by the start of their ids, and why: each is printed
 * so nobody mistakes silence for a pass, and the side-by-side table gives the reason in its cells.
 */
export const NOT_YET_ON_POSTGRES: readonly NotYet[] = [
  { id: 'open.migrateEmpty', group: 'Open and migrate', label: 'a new empty store: create and migrate', why: 'not measured: a team store is set up once, by IT (team-store init)' },
  { id: 'safety', group: 'Data safety', label: 'integrity check and backup of the file', why: 'no counterpart: the council’s PostgreSQL is checked and backed up by its own tools' },
  { id: 'memory.server', group: 'Peak memory', label: 'the browser-mode server', why: 'SQLite only: the bench starts the browser-mode server on a data folder; on a team store it would serve the same core as the row above' },
  { id: 'browser', group: 'Tracker first render in Chromium', label: 'navigation start → first tracker row painted', why: 'SQLite only: the page and its first render are the same on either engine; the tracker query behind it is measured above' },
];

/** SQLite rows about the file's encryption (its bare write on a plain twin, and their ratios): the team store has none to compare. */
const ENCRYPTION_ROW = /^autosave\.[A-Za-z]+\.(barePlain|ratioPlain|encryption)$/;
const NO_ENCRYPTION_COUNTERPART = 'no counterpart: about the SQLite file’s encryption';

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
  const why = (id: string): NotYet | undefined =>
    ENCRYPTION_ROW.test(id) ? { id, group: '', label: '', why: NO_ENCRYPTION_COUNTERPART } : notYet.find((n) => id === n.id || id.startsWith(`${n.id}.`));
  for (const r of sqliteRows) push(r, cell(r), cell(byId.get(r.id), why(r.id)));
  for (const r of postgres) if (!seen.has(r.id)) push(r, sqlite ? 'not measured on SQLite' : 'no SQLite run in the results folder', cell(r));
  return out.join('\n');
}
