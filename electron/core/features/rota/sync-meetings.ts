import type { SeriesRow } from '../../db/schema';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { meetingsWithItems, plannedMeetingsOfSeries, seriesRow, updateMeetingRow } from './repository';
import { findOccurrence, loadRotaSource } from './rota-source';

/**
 * Keeps prepared (not yet held) meetings of a series in step with the rota: a moved
 * date moves the meeting, and a swapped team changes it while its agenda is still empty. Only planned meetings follow; a meeting
 * that has started keeps its own record. Times, venue and chair follow a series edit
 * only where the meeting still had the series' old values, so a one-off change to a
 * meeting is never overwritten.
 */
export async function syncSeriesMeetings(db: Db, ctx: ServiceContext, seriesId: number, opts: { before?: SeriesRow } = {}): Promise<void> {
  const meetings = await plannedMeetingsOfSeries(db, seriesId);
  if (meetings.length === 0) return;
  const row = await seriesRow(db, seriesId);
  const source = await loadRotaSource(db, row);
  const before = opts.before;
  const withItems = await meetingsWithItems(
    db,
    meetings.map((m) => m.id),
  );
  for (const m of meetings) {
    const occ = m.occurrence_key ? findOccurrence(source, m.occurrence_key) : undefined;
    const held = occ !== undefined && occ.status === 'scheduled';
    const followed = {
      date: held ? occ.date : m.date,
      // An agenda is that team's children: once it has any, the meeting keeps its team.
      team_id: held && !withItems.has(m.id) ? occ.teamId : m.team_id,
      start_time: before && m.start_time === before.start_time ? row.start_time : m.start_time,
      end_time: before && m.end_time === before.end_time ? row.end_time : m.end_time,
      venue: before && m.venue === before.venue ? row.venue : m.venue,
      chair_id: before && m.chair_id === before.chair_id ? row.chair_id : m.chair_id,
    };
    const changed = (Object.keys(followed) as (keyof typeof followed)[]).some((k) => followed[k] !== m[k]);
    if (changed) await updateMeetingRow(db, m.id, { ...followed, updated_at: isoNow(ctx) });
  }
}
