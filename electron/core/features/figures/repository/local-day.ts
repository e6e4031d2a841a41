import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../../../shared/domain/dates';

/*
 * SQLite's date(…, 'localtime') asks the C library for the offset on every row, and where TZ is
 * not set the C library reads the zone file again each time: about 7 µs a row, most of the
 * figures' "in care at the start" when ten years of plans are dated by when they were recorded.
 * Between two changes of the clocks the offset is one number, so a timestamp's local day is
 * date(ts, '+N minutes') with N from a CASE over the zone's changes in the span asked for
 * (about two a year). Anything the CASE is not sure of (outside the span, or not written as
 * toISOString writes it, which compares as text with the changes) is still asked of SQLite.
 */

const DAY_MS = 86_400_000;
const ISO_Z_LENGTH = 24; // 2026-11-22T10:42:17.000Z

interface Offsets {
  from: string;
  to: string;
  /** Minutes ahead of UTC at `from`. */
  first: number;
  /** Each change of the clocks: from this instant (ISO text), this many minutes ahead. */
  changes: { at: string; minutes: number }[];
}

const minutesAhead = (ms: number) => -new Date(ms).getTimezoneOffset();

/** The zone's offsets from the start of `from` to the start of the day after `to`; each change found to the millisecond. */
function offsetsBetween(from: IsoDate, to: IsoDate): Offsets {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`) + DAY_MS;
  const first = minutesAhead(start);
  const changes: Offsets['changes'] = [];
  let current = first;
  for (let day = start; day < end; day += DAY_MS) {
    const next = minutesAhead(Math.min(day + DAY_MS, end) - 1);
    if (next === current) continue;
    let lo = day;
    let hi = Math.min(day + DAY_MS, end) - 1;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (minutesAhead(mid) === current) lo = mid;
      else hi = mid;
    }
    changes.push({ at: new Date(hi).toISOString(), minutes: next });
    current = next;
  }
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString(), first, changes };
}

let cached: { key: string; offsets: Offsets } | null = null;

function offsetsFor(from: IsoDate, to: IsoDate): Offsets {
  // The zone is part of the key: the computer's zone can change while the app runs.
  const key = `${from}|${to}|${Intl.DateTimeFormat().resolvedOptions().timeZone}|${minutesAhead(Date.now())}`;
  if (cached?.key !== key) cached = { key, offsets: offsetsBetween(from, to) };
  return cached.offsets;
}

const shift = (minutes: number) => `${minutes < 0 ? '' : '+'}${minutes} minutes`;

/** The day of an ISO timestamp in this computer's time zone, exactly as SQLite's date(ts, 'localtime'), quick for timestamps from `from` to `to`. */
export function sqliteLocalDay(ts: RawBuilder<unknown>, span: { from: IsoDate; to: IsoDate }): RawBuilder<string> {
  const o = offsetsFor(span.from, span.to);
  const branches: RawBuilder<unknown>[] = [];
  let minutes = o.first;
  for (const change of o.changes) {
    branches.push(sql`when ${ts} < ${change.at} then date(${ts}, ${shift(minutes)})`);
    minutes = change.minutes;
  }
  return sql<string>`case when length(${ts}) <> ${ISO_Z_LENGTH} or substr(${ts}, ${ISO_Z_LENGTH}) <> 'Z' or ${ts} < ${o.from} or ${ts} >= ${o.to} then date(${ts}, 'localtime')
    ${branches.length > 0 ? sql.join(branches, sql` `) : sql``} else date(${ts}, ${shift(minutes)}) end`;
}
