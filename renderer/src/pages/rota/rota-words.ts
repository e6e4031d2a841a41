import { formatWeekdayUkDate } from '../../../../shared/domain/long-date';
import { WEEKDAY, MONTH_WEEK } from '../../../../shared/domain/vocabulary';
import type { RotaOccurrence, Series } from '../../../../shared/schemas/series';

/** "Every Thursday, 10:00 to 12:00": how the series is described on screen. */
export function describeSeries(s: Series): string {
  const day = WEEKDAY.labels[String(s.weekday) as keyof typeof WEEKDAY.labels];
  const when =
    s.interval === 'weekly'
      ? `Every ${day}`
      : s.interval === 'fortnightly'
        ? `Every other ${day}`
        : `${MONTH_WEEK.labels[String(s.monthWeek ?? 1) as keyof typeof MONTH_WEEK.labels]} ${day} of the month`;
  return `${when}, ${s.startTime} to ${s.endTime}`;
}

/** What is unusual about a date, in words (never colour alone). */
export function occurrenceNote(o: RotaOccurrence): string {
  const parts: string[] = [];
  if (o.status === 'holiday') parts.push(`No meeting: ${o.holidayName ?? 'bank holiday'}`);
  if (o.status === 'cancelled') parts.push('Cancelled');
  if (o.change === 'holiday-moved' && o.patternDate) parts.push(`Moved from ${formatWeekdayUkDate(o.patternDate)} (${o.holidayName ?? 'bank holiday'})`);
  if (o.change === 'moved' && o.patternDate) parts.push(`Moved from ${formatWeekdayUkDate(o.patternDate)}`);
  if (o.change === 'extra') parts.push('Extra meeting');
  if (o.swapped && o.rotaTeamName) parts.push(`Swapped: the rota had ${o.rotaTeamName}`);
  if (o.note) parts.push(o.note);
  return parts.join('. ');
}
