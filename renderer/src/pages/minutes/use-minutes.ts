import { useCallback } from 'react';
import type { MeetingState, MinutesDetail } from '../../../../shared/schemas/minutes';
import { useProcedure } from '../../api/use-procedure';

/**
 * The workspace's copy of minutes.get. It is fetched again only after structural changes
 * (lifecycle, attendance, actions, moving item): typed text never waits for it, and never
 * takes its values from it once typed (the fields keep their own). Started from the agenda
 * page, it begins with what meetings.start answered. While `following` (the pen is someone else's)
 * it is read again every 2 seconds, and the items are drawn again when what they say changes.
 */
export function useMinutes(id: number, initial: MinutesDetail | undefined, following = false) {
  // Someone else holds the pen: their typing is read every 2 seconds (change events will replace this).
  const minutes = useProcedure('minutes.get', { id }, { initial, poll: following ? 2_000 : undefined });
  const { data: detail, answeredAt, set: receive, reload: refetch } = minutes;
  // The core's clock minus this computer's when the answer came, so elapsed times agree with what the core stores.
  const offsetMs = detail && answeredAt !== undefined ? Date.parse(detail.now) - answeredAt : 0;

  /** The room moved on (setCurrentItem answers with the state only). */
  const setState = useCallback((state: MeetingState) => receive((shown) => shown && { ...shown, state }), [receive]);

  return { detail, offsetMs, loadError: minutes.error, receive: receive as (detail: MinutesDetail) => void, refetch, setState };
}
