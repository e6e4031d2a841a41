import { isIsoDate } from '../domain/dates';
import { plusDays, plusMonths, plusWeeks } from '../domain/day-numbers';

export interface PlanRowCells {
  outcome: string;
  actions: string;
  byWhom: string;
  timescale: string;
}

export interface ActionDraft {
  text: string;
  /** Someone from the people list named in "By whom", or null. */
  ownerId: number | null;
  /** Otherwise "By whom" as typed, for the owner's name. */
  ownerName: string | null;
  /** The soonest date the timescale gives on or after the meeting, or null when it gives none. */
  dueOn: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];

/** "18/12/2026", "14th February", "1 March 2027", "within 6 weeks", "within 10 days": every date a timescale gives. */
export function datesInTimescale(timescale: string, meetingDate: string): string[] {
  const text = timescale.toLowerCase();
  const out: string[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)) {
    const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    if (isIsoDate(iso)) out.push(iso);
  }
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)(?:\s+(\d{4}))?/g)) {
    const month = MONTHS.findIndex((name) => name === m[2] || (m[2]!.length >= 3 && name.startsWith(m[2]!)));
    if (month < 0) continue;
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : Number(meetingDate.slice(0, 4));
    let iso = `${year}-${pad(month + 1)}-${pad(day)}`;
    // A day and month with no year is the next one to come: "by 14th February" said in November means next year.
    if (!m[3] && iso < meetingDate) iso = `${year + 1}-${pad(month + 1)}-${pad(day)}`;
    if (isIsoDate(iso)) out.push(iso);
  }
  for (const m of text.matchAll(/\bwithin\s+(\d{1,3})\s+(day|week|month)s?\b/g)) {
    const n = Number(m[1]);
    out.push(m[2] === 'day' ? plusDays(meetingDate, n) : m[2] === 'week' ? plusWeeks(meetingDate, n) : plusMonths(meetingDate, n));
  }
  return out;
}

/**
 * A tracked action drafted from a row of the SMART plan, so nothing is typed twice: the
 * row's actions as the text, its "By whom" as the owner (a person on the list when it names
 * exactly one, "social worker" meaning the child's own), and the soonest date its timescale
 * gives. The person checks it before it is added.
 */
export function actionFromPlanRow(row: PlanRowCells, context: { meetingDate: string; people: readonly { id: number; name: string }[]; socialWorkerName?: string | null }): ActionDraft {
  const text = (row.actions.trim() || row.outcome.trim()).slice(0, 2000);
  const byWhom = row.byWhom.trim();
  const said = ` ${wordsOf(byWhom).join(' ')} `;
  const named = context.people.filter((p) => said.includes(` ${wordsOf(p.name).join(' ')} `));
  let ownerId = named.length === 1 ? named[0]!.id : null;
  if (ownerId === null && named.length === 0 && /\b(social worker|sw)\b/.test(said) && context.socialWorkerName) {
    ownerId = context.people.find((p) => p.name === context.socialWorkerName)?.id ?? null;
  }
  const due = datesInTimescale(row.timescale, context.meetingDate)
    .filter((d) => d >= context.meetingDate)
    .sort()[0];
  return { text, ownerId, ownerName: ownerId === null && byWhom ? byWhom.split(/\r?\n/).join(', ').slice(0, 120) : null, dueOn: due ?? null };
}
