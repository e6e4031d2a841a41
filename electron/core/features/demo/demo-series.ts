import type { IsoDate } from '../../../../shared/domain/dates';
import type { Db } from '../../db/db-type';
import { addRotation, addSeries, meetingTypeIds } from './repository';

/**
 * The demo council's panels: a weekly Permanence Panel that the two Children in Care
 * teams and the Court team take in turn, and a weekly Legal Gateway open to every team.
 */
export async function addDemoSeries(db: Db, opts: { teamIds: number[]; chairId: number | null; today: IsoDate; now: string }): Promise<void> {
  const types = await meetingTypeIds(db);
  const series = [
    { code: 'pp', name: 'Permanence Panel (Thursday)', weekday: 3, start: '10:00', end: '12:30', venue: 'Civic Centre, Committee Room 2', rule: 'skip' as const, rotation: [opts.teamIds[2]!, opts.teamIds[0]!, opts.teamIds[1]!] },
    { code: 'lgp', name: 'Legal Gateway Panel (Monday)', weekday: 0, start: '13:30', end: '16:30', venue: 'Civic Centre, Room 4', rule: 'move' as const, rotation: [] },
  ];
  for (const s of series) {
    const seriesId = await addSeries(db, {
      type_id: types.get(s.code)!,
      name: s.name,
      weekday: s.weekday,
      interval: 'weekly',
      month_week: null,
      starts_on: opts.today,
      ends_on: null,
      start_time: s.start,
      end_time: s.end,
      venue: s.venue,
      chair_id: opts.chairId,
      holiday_rule: s.rule,
      created_at: opts.now,
      updated_at: opts.now,
    });
    if (s.rotation.length > 0) await addRotation(db, seriesId, s.rotation);
  }
}
