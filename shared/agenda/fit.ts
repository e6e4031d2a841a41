import { daysFromTo } from '../domain/day-numbers';
import type { IsoDate } from '../domain/dates';
import type { Rag } from '../domain/vocabulary';

/** What makes a child due at a panel more or less urgent. */
export interface Urgency {
  dueDate: IsoDate;
  rag: Rag | null;
  week26Date: IsoDate | null;
}

/**
 * "An agenda fits its session: proposals are capped by the session's length, most urgent
 * first (overdue longest, red, week 26 nearest)". Overdue is counted at the meeting's
 * date: a child due before it is late by the time the panel sits.
 */
export function compareUrgency(on: IsoDate): (a: Urgency, b: Urgency) => number {
  const overdue = (u: Urgency) => Math.max(0, daysFromTo(u.dueDate, on));
  return (a, b) =>
    overdue(b) - overdue(a) ||
    Number(b.rag === 'red') - Number(a.rag === 'red') ||
    (a.week26Date ?? '9999').localeCompare(b.week26Date ?? '9999') ||
    a.dueDate.localeCompare(b.dueDate);
}

/** The most urgent of a group (siblings discussed together go as urgently as the most urgent of them). */
export function mostUrgent<T extends Urgency>(group: readonly T[], on: IsoDate): T {
  return [...group].sort(compareUrgency(on))[0]!;
}

/**
 * The groups that fit the session, most urgent first, and the rest. Every proposed item
 * takes the meeting type's slot; a group is proposed only if its slot still fits whole.
 */
export function fitToSession<G>(groups: readonly G[], slotMinutes: number, sessionMinutes: number): { fitted: G[]; notFitted: G[] } {
  const fitted: G[] = [];
  const notFitted: G[] = [];
  let used = 0;
  for (const g of groups) {
    if (used + slotMinutes <= sessionMinutes) {
      fitted.push(g);
      used += slotMinutes;
    } else notFitted.push(g);
  }
  return { fitted, notFitted };
}
