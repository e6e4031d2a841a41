import { ageWords } from '../../../../shared/domain/age';
import { formatUkDate } from '../../../../shared/domain/dates';
import { plusMonths } from '../../../../shared/domain/day-numbers';
import { IN_CARE_STATUSES, KEY_DATE_TYPE, LEGAL_STATUS, PLACEMENT_TYPE } from '../../../../shared/domain/vocabulary';
import { keyDateWords } from '../../../../shared/minutes/key-date-words';
import type { RecordDetails } from '../../../../shared/schemas/record-details';
import type { DetailLine } from '../docx/text';

function dateOfBirth(d: RecordDetails, on: string): string {
  if (!d.dateOfBirth) return 'Not recorded';
  if (d.isUnborn) return `Unborn: expected ${formatUkDate(d.dateOfBirth)}`;
  const age = ageWords(d.dateOfBirth, on);
  return age ? `${formatUkDate(d.dateOfBirth)} (${age} at the meeting)` : formatUkDate(d.dateOfBirth);
}

/** Proceedings and orders the record holds dates for, newest of each kind: what a court reads first. */
function ordersWords(d: RecordDetails): string {
  const latest = (type: RecordDetails['keyDates'][number]['type']) => d.keyDates.filter((k) => k.type === type).at(-1)?.date ?? null;
  const parts: string[] = [];
  if (d.proceedingsIssued) parts.push(`care proceedings issued ${formatUkDate(d.proceedingsIssued)}`);
  if (d.week26Date) parts.push(`week 26 ${formatUkDate(d.week26Date)}`);
  const placementOrder = latest('placement_order');
  if (placementOrder) parts.push(`placement order made ${formatUkDate(placementOrder)}`);
  if (parts.length === 0) return 'None recorded';
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const inCare = (d: RecordDetails) => IN_CARE_STATUSES.includes(d.legalStatus) || d.dateEnteredCare !== null;

/**
 * The child's core details at the head of their record (Dorset's summary of core details):
 * who they are, their legal position, where they live and who is responsible for them.
 * `legalStatus` replaces the single legal status line where a record needs more (a Legal
 * Gateway decision: the status at the panel and from the decision).
 */
export function childDetailLines(d: RecordDetails, meetingDate: string, legalStatus?: DetailLine[]): DetailLine[] {
  return [
    { label: 'Name', value: `${d.firstName} ${d.lastName}` },
    { label: 'Case reference', value: d.caseRef },
    { label: 'Date of birth', value: dateOfBirth(d, meetingDate) },
    ...(legalStatus ?? [{ label: 'Legal status', value: LEGAL_STATUS.labels[d.legalStatus] }]),
    { label: 'Proceedings and orders', value: ordersWords(d) },
    { label: 'Placement', value: d.placementType ? PLACEMENT_TYPE.labels[d.placementType] : 'Not recorded' },
    { label: 'Date entered care', value: d.dateEnteredCare ? formatUkDate(d.dateEnteredCare) : inCare(d) ? 'Not recorded' : 'Not in care' },
    { label: 'Team', value: d.teamName ?? 'Not recorded' },
    { label: 'Social worker', value: d.socialWorker ?? 'Not allocated' },
    { label: 'IRO', value: d.iro ?? (inCare(d) ? 'Not yet appointed' : 'None (not in care)') },
  ];
}

export interface RecordKeyDate {
  what: string;
  date: string;
}

/** How far back a date on the record is still worth showing beside what is to come: a hearing last month matters, one from three years ago does not. */
const RECENT_MONTHS = 3;

/**
 * The key dates already on the child's record (hearings, assessments, the court timescale),
 * recent and to come, for the record's key-dates table beside those typed at the meeting.
 * The week-26 date the tracker works out from issue is one of them unless the court's is recorded.
 */
export function recordKeyDates(d: RecordDetails, meetingDate: string): RecordKeyDate[] {
  const from = plusMonths(meetingDate, -RECENT_MONTHS);
  const rows = d.keyDates.filter((k) => k.date >= from).map((k) => ({ what: keyDateWords(k), date: k.date }));
  if (d.week26Date && d.week26Date >= from && !d.keyDates.some((k) => k.type === 'week_26' && k.date === d.week26Date)) {
    rows.push({ what: KEY_DATE_TYPE.labels.week_26, date: d.week26Date });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const GENERIC = new Set(['date', 'dates', 'with', 'from', 'court', 'made', 'due', 'the', 'and', 'for', 'order', 'report', 'meeting']);
const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && !GENERIC.has(w)));

/** Whether a date typed at the meeting is one already on the record: the same day and a word in common ("Issues resolution hearing" and "Court hearing"). */
export function sameEvent(a: RecordKeyDate, b: { what: string; date: string | null }): boolean {
  if (a.date !== b.date) return false;
  const typed = words(b.what);
  for (const w of words(a.what)) if (typed.has(w)) return true;
  return false;
}
