import { formatUkDate, toIso } from '../../../../shared/domain/dates';
import { mentionWords } from '../../../../shared/filing/mention-words';
import type { FilingChecklist, FilingRow } from '../../../../shared/schemas/filing';
import { personName } from '../../../../shared/domain/words';

/** "1 extract", "3 extracts", with a capital: it starts sentences. */
export function extractWords(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'extract' : 'extracts'}`;
}

/** A stored timestamp in the computer's own time: 12/03/2026 at 14:05. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatUkDate(toIso(d))} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "12/03/2026 at 14:05 by Bea Support". */
export function stampBy(at: string, by: string | null): string {
  return by ? `${formatStamp(at)} by ${by}` : formatStamp(at);
}

export function filedCount(checklist: FilingChecklist, pending: ReadonlyMap<number, boolean>): number {
  return checklist.rows.filter((r) => pending.get(r.childId) ?? r.filedAt !== null).length;
}

/** "Amara Quill’s (2 possible mentions)", for saying whose extracts wait for review. */
export function waitingWords(rows: readonly FilingRow[]): string | undefined {
  const waiting = rows.filter((r) => r.review && r.review.unreviewed > 0);
  if (waiting.length === 0) return undefined;
  const names = waiting.map((r) => `${personName(r)}’s (${mentionWords(r.review!.unreviewed)})`);
  return `${waiting.length === 1 ? '1 extract waits' : `${waiting.length} extracts wait`} for a person to review possible mentions of other children, and ${waiting.length === 1 ? 'was' : 'were'} left out: ${names.join('; ')}. Choose “Review” on the checklist.`;
}
