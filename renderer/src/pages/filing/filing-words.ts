import { formatUkDate, toIso } from '../../../../shared/domain/dates';
import type { FilingChecklist, FilingRow } from '../../../../shared/schemas/filing';

export function childName(row: Pick<FilingRow, 'firstName' | 'lastName'>): string {
  return `${row.firstName} ${row.lastName}`;
}

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

/** "2 mentions of other children were removed". */
export function redactionWords(count: number): string {
  return count === 1 ? '1 mention of another child was removed' : `${count.toLocaleString('en-GB')} mentions of other children were removed`;
}
