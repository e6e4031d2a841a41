import { createContext, useContext } from 'react';
import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import type { Person } from '../../../../shared/schemas/person';

/** What every part of the workspace needs to know about the meeting it is in. */
export interface MinutesContextValue {
  meetingId: number;
  /** ISO: the day the meeting is held (ages, what a timescale means). */
  meetingDate: string;
  form: MeetingForm;
  status: MeetingStatus;
  /** Approved or locked: the minutes change only by amendment. */
  readOnly: boolean;
  /** Why the minutes are read-only while they are still being written (someone else holds the pen, or the role only reads); null otherwise. */
  readOnlyWhy: string | null;
  people: Person[];
  /** Fetch minutes.get again after a structural change (an action added, a review of the child's record applied). */
  refetch(): Promise<void>;
  /** Says what just happened in the page's polite live region. */
  announce(message: string): void;
}

export const MinutesContext = createContext<MinutesContextValue | null>(null);

export function useMinutesContext(): MinutesContextValue {
  const value = useContext(MinutesContext);
  if (!value) throw new Error('Minutes components need a MinutesContext above them.');
  return value;
}
