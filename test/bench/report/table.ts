import type { ResultRow } from './rows';
import { NOT_MEASURED_YET } from './rows';
import { fmt } from './format';

const RESULT: Record<ResultRow['status'], string> = { pass: 'PASS', miss: 'MISS', fail: 'FAIL', info: '', skipped: 'SKIPPED' };

/** The results as a fixed-width table, grouped, with notes under their rows. */
export function renderTable(rows: readonly ResultRow[]): string {
  const labelWidth = Math.max(50, ...rows.map((r) => r.label.length + 2));
  const head = `${'Measurement'.padEnd(labelWidth)} ${'runs'.padStart(4)} ${'median'.padStart(10)} ${'p95'.padStart(10)} ${'min'.padStart(10)} ${'max'.padStart(10)}   ${'target'.padEnd(16)} result`;
  const out = [head, '─'.repeat(head.length)];
  let group = '';
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      out.push(`${group}`);
    }
    const s = r.stats;
    const median = s ? fmt(s.median, r.unit) : fmt(r.value, r.unit);
    const cells = [
      `  ${r.label}`.padEnd(labelWidth),
      (s ? String(s.n) : '').padStart(4),
      median.padStart(10),
      fmt(s?.p95, r.unit).padStart(10),
      fmt(s?.min, r.unit).padStart(10),
      fmt(s?.max, r.unit).padStart(10),
      '  ',
      (r.target?.text ?? '').padEnd(16),
      r.status === 'skipped' && r.note?.startsWith('not run') ? 'NOT RUN' : RESULT[r.status],
    ];
    out.push(cells.join(' ').trimEnd());
    if (r.note) out.push(`${' '.repeat(6)}↳ ${r.note}`);
  }
  out.push('Not measured yet');
  for (const n of NOT_MEASURED_YET) out.push(`  ${n.label} (${n.target}): not measured yet, needs ${n.needs}`);
  return out.join('\n');
}
