/** A short name for a statement Kysely ran, so per-statement times can be grouped and read. */
export function stepOf(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  if (/^(begin|commit|rollback|savepoint|release)/i.test(s)) return 'transaction begin/commit';
  if (/"computed_for"/.test(s) && /left join/i.test(s)) return 'find stale cache rows (refreshStaleTracking)';
  if (/^select count\(\*\)/i.test(s) && /"child_tracking"/.test(s)) return 'count tracked children (total)';
  if (/"t"\."flags"/.test(s)) return 'tracker rows: join, filter, sort';
  const verb = /^(select|insert into|update|delete from)/i.exec(s)?.[1]?.toLowerCase() ?? s.slice(0, 20);
  // Kysely quotes names; hand-written SQL (sql`...`) does not.
  const table = (verb === 'select' ? /\bfrom "?(\w+)"?/i.exec(s) : /^(?:insert into|update|delete from) "?(\w+)"?/i.exec(s))?.[1] ?? '?';
  if (/\bmatch\b/i.test(s) && /snippet\(/i.test(s)) return `full-text: snippets (${table})`;
  if (/\bmatch\b/i.test(s)) return `full-text: matches (${table})`;
  const extra = /max\(/i.test(s) && /group by/i.test(s) ? ' (latest per child: max(id) group by)' : '';
  return `${verb} ${table}${extra}`;
}
