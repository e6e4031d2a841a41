import type { AutosaveProfile } from '../measure/autosave';
import type { CallProfile } from '../measure/call-profile';
import type { SearchWhatIf } from '../measure/search-what-if';
import type { TrackerProfile } from '../measure/tracker-profile';
import { count, ms } from './format';

/** Where the time of one tracker.query goes, step by step (medians). */
export function renderTrackerProfile(p: TrackerProfile): string {
  const sqlTotal = p.sql.reduce((sum, s) => sum + s.ms, 0);
  const w = p.whatIf;
  const lines = [
    `Where the time goes: tracker.query ${p.label} (${count(p.rows)} rows; medians of separate runs, so parts need not add up exactly)`,
    line('router, end to end (from the table)', p.routerMs),
    line('service alone (queryTracker on the same connection)', p.serviceMs),
    ...p.sql.map((s) => line(`  SQLite: ${s.step}`, s.ms)),
    line('  JS in the service (Kysely, JSON.parse of cached columns, mapping)', p.serviceMs - sqlTotal),
    line('zod input check', p.zodInputMs),
    line('zod output check', p.zodOutputMs),
    line(`  of which isIsoDate on ${count(p.isoDateChecks.dates)} dates (builds a Date each)`, p.isoDateChecks.ms),
    line('transport: JSON.stringify of the answer', p.json.stringifyMs),
    `  answer size ${(p.json.bytes / 1e6).toFixed(2)} MB; JSON.parse of it in Node ${ms(p.json.parseMs)} (the page pays about this again)`,
    'What the cheaper ways would cost (same data, same connection):',
  ];
  if (w.rowsAsArraysMs !== undefined) lines.push(line('  tracker rows SQL, rows as arrays instead of objects (.raw())', w.rowsAsArraysMs));
  if (w.idsOnlySortedMs !== undefined) lines.push(line('  tracker rows SQL selecting only the ids, same filter and order', w.idsOnlySortedMs));
  lines.push(line('  zod output check with dates checked by pattern only', w.zodPatternDatesMs));
  lines.push('Query plans (EXPLAIN QUERY PLAN):');
  for (const s of p.sql) {
    if (s.plan.length === 0) continue;
    lines.push(`  ${s.step}:`, ...s.plan.map((l) => `    ${l}`));
  }
  return lines.join('\n');
}

export function renderAutosaveProfile(p: AutosaveProfile): string {
  const lines = [
    `Where the time goes: ${p.procedure} (medians of separate runs)`,
    line('router, end to end (from the table)', p.routerMs),
    line(`service alone, committed (${p.statements} statements incl. begin/commit)`, p.serviceMs),
    line('  SQLite time for those statements', p.sqlMs),
    ...p.steps.slice(0, 6).map((s) => line(`    ${s.step}`, s.ms)),
    ...(p.refreshOneChildMs === null ? [] : [line('  refreshTracking for the one child alone (rolled back)', p.refreshOneChildMs)]),
    line('zod input check', p.zodInputMs),
    line('zod output check', p.zodOutputMs),
    line('bare write + audit row, one transaction', p.bareMs),
    line('  of which the fsync at commit (synchronous FULL minus NORMAL)', p.commitSyncMs),
    `  pragmas on both connections: ${Object.entries(p.pragmas).map(([k, v]) => `${k}=${String(v)}`).join(', ')}`,
  ];
  const slowest = p.steps[0];
  if (slowest && slowest.plan.length > 0) lines.push(`  plan of the slowest statement (${slowest.step}):`, ...slowest.plan.map((l) => `    ${l}`));
  return lines.join('\n');
}

/** Where the time of one call goes (medians), with the plan of the slowest reads. */
export function renderCallProfile(p: CallProfile): string {
  const lines = [
    `Where the time goes: ${p.procedure} ${p.label} (medians of separate runs, so parts need not add up exactly)`,
    ...(p.failed.runs > 0 ? [`  ${p.failed.runs} of ${p.failed.of} runs of the service threw (${p.failed.error ?? 'error'}); each is timed to the throw`] : []),
    line(p.procedure === 'meetings.prepare' ? 'router, end to end (median of the timed dates like these)' : 'router, end to end (from the table)', p.routerMs),
    line(`service alone (${p.statements} statements incl. begin/commit)`, p.serviceMs),
    line('  SQLite time for those statements', p.sqlMs),
    ...p.steps.slice(0, 8).map((s) => line(`    ${s.step}${s.calls > 1 ? ` ×${s.calls}` : ''}`, s.ms)),
    line('  JS in the service (Kysely, JSON.parse, mapping, the engine or rota generator)', p.serviceMs - p.sqlMs),
    ...(Number.isNaN(p.zodOutputMs) ? ['  zod checks: no run answered, so there was no output to check'] : [line('zod input check', p.zodInputMs), line('zod output check', p.zodOutputMs)]),
    'Query plans of the slowest reads (EXPLAIN QUERY PLAN):',
  ];
  for (const s of p.steps.filter((x) => x.plan.length > 0).slice(0, 4)) lines.push(`  ${s.step} (${ms(s.ms)}):`, ...s.plan.map((l) => `    ${l}`));
  return lines.join('\n');
}

function line(label: string, value: number): string {
  return `  ${label.padEnd(70)} ${ms(value).padStart(10)}`;
}

/** A missed search taken apart: the service's statement and the cheaper forms of it, each alone. */
export function renderSearchWhatIf(w: SearchWhatIf): string {
  return [
    `Search “${w.query}” (FTS query ${w.fts ?? 'none'}, ${count(w.matches)} fields match): each statement alone on the core's connection (medians)`,
    ...w.ways.map((x) => `  ${`${x.way} [${count(x.rows)} rows]`.padEnd(100)} ${ms(x.ms).padStart(10)}`),
  ].join('\n');
}
