import { daysBetween, formatUkDate } from '../../../../shared/domain/dates';
import { ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import type { ActionRow } from '../../../../shared/schemas/actions';
import { plural } from '../../../../shared/domain/words';

/** An action's text cut short for a button's hidden name or a message: long enough to tell actions apart. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Whether an open action is late, in words, so the table never relies on colour alone. Undefined when there is nothing to say. */
export function dueWords(dueOn: string, today: string, status: ActionRow['status']): { text: string; overdue: boolean } | undefined {
  if (status !== 'open') return undefined;
  const late = daysBetween(dueOn, today);
  if (late > 0) return { text: `Overdue by ${plural(late, 'day', 'days')}`, overdue: true };
  if (late === 0) return { text: 'Due today', overdue: false };
  if (late >= -7) return { text: `Due in ${plural(-late, 'day', 'days')}`, overdue: false };
  return undefined;
}

export function statusWords(row: Pick<ActionRow, 'status' | 'completedOn'>): string {
  if (row.status === 'done' && row.completedOn) return `Done on ${formatUkDate(row.completedOn)}`;
  return ACTION_STATUS.labels[row.status];
}

/** A stored timestamp in the computer's own time: 12/03/2026 at 14:05. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 14:05:09, for "last updated" lines. */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
