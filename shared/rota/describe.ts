import { MONTH_WEEK, WEEKDAY } from '../domain/vocabulary';
import type { SeriesInterval } from './types';

/** "Every Thursday, 10:00 to 12:00": how a series is described on screen and in the Word rota. */
export function describeSeries(s: { weekday: number; interval: SeriesInterval; monthWeek: number | null; startTime: string; endTime: string }): string {
  const day = WEEKDAY.labels[String(s.weekday) as keyof typeof WEEKDAY.labels];
  const when =
    s.interval === 'weekly'
      ? `Every ${day}`
      : s.interval === 'fortnightly'
        ? `Every other ${day}`
        : `${MONTH_WEEK.labels[String(s.monthWeek ?? 1) as keyof typeof MONTH_WEEK.labels]} ${day} of the month`;
  return `${when}, ${s.startTime} to ${s.endTime}`;
}
