import { formatWeekdayUkDate } from '../../../../shared/domain/long-date';
import type { RotaOccurrence } from '../../../../shared/schemas/series';
export { describeSeries } from '../../../../shared/rota/describe';

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
