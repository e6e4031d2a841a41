import type { MeetingStatus } from '../domain/minutes-vocabulary';

/** The only moves a meeting can make. Approval is one-way: after it, the record changes by amendment alone. */
const MOVES: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['in_progress'],
  in_progress: ['draft'],
  draft: ['in_progress', 'approved'],
  approved: ['locked'],
  locked: [],
};

export function canMove(from: MeetingStatus, to: MeetingStatus): boolean {
  return MOVES[from].includes(to);
}

/** Minutes, ratings, actions and attendance can be written while the meeting runs and while its minutes are a draft. */
export function minutesEditable(status: MeetingStatus): boolean {
  return status === 'in_progress' || status === 'draft';
}

/** Amendments are how approved minutes are corrected; locked minutes take none. */
export function amendable(status: MeetingStatus): boolean {
  return status === 'approved';
}

/** Why the minutes cannot be exported yet, or null: there is nothing to print before the meeting starts. */
export function minutesExportBlocked(status: MeetingStatus): string | null {
  return status === 'planned' ? 'This meeting has not started, so it has no minutes yet. Export the agenda instead.' : null;
}

/**
 * Why the children's extracts cannot be filed yet, or null. A case record keeps only
 * what the chair has approved: a draft filed today would be contradicted by the approved minutes.
 */
export function filingBlocked(status: MeetingStatus): string | null {
  if (status === 'approved' || status === 'locked') return null;
  return 'The chair must approve the minutes before the extracts are filed to the children’s case records.';
}

export const NOTHING_TO_FILE = 'This meeting had no children on its agenda, so there is nothing to file.';

export interface RatingForClose {
  childName: string;
  rating: string | null;
  reason: string;
}

export interface ItemForClose {
  ratings: readonly RatingForClose[];
  /** Care Planning Meetings only: the next meeting is booked before this one closes, or the reason it is not is recorded. */
  nextMeeting?: { date: string | null; reason: string };
}

/** The minimum a reason must say: the same as a rating made anywhere else. */
export const RAG_REASON_MIN = 3;

/** What stops the minutes becoming a draft, in sentences a minute-taker can act on. */
export function closeProblems(items: readonly ItemForClose[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    for (const r of item.ratings) {
      if (r.rating !== null && r.reason.trim().length < RAG_REASON_MIN) problems.push(`Give the reason for ${r.childName}’s ${r.rating} rating.`);
    }
    if (item.nextMeeting && item.nextMeeting.date === null && item.nextMeeting.reason.trim() === '') {
      problems.push('Book the next Care Planning Meeting (a date), or record why it is not booked yet.');
    }
  }
  return problems;
}
