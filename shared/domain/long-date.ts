import { format } from 'date-fns';
import { toDate, type IsoDate } from './dates';

/** Sunday 22 November 2026: for documents and headings, where a date must not be misread. (Apart from dates.ts, which screens load at start.) */
export function formatLongDate(iso: IsoDate): string {
  return format(toDate(iso), 'EEEE d MMMM yyyy');
}

/** 'Thu 03/12/2026': the weekday guards against a misread date in a list of dates. */
export function formatWeekdayUkDate(iso: IsoDate): string {
  return format(toDate(iso), 'EEE dd/MM/yyyy');
}
