import { useCallback } from 'react';
import type { MeetingState, MinutesDetail } from '../../../../shared/schemas/minutes';
import { useProcedure } from '../../api/use-procedure';

/**
 * The workspace's copy of minutes.get. It is fetched again only after structural changes
 * (lifecycle, attendance, actions, moving item): typed text never waits for it, and never
 * takes its values from it once typed (the fields keep their own). Started from the agenda
 * page, it begins with what meetings.start answered.
 */
export function useMinutes(id: number, initial: MinutesDetail | undefined) {
  const minutes = useProcedure('minutes.get', { id }, { initial });
  const { data: detail, answeredAt, set: receive, reload: refetch } = minutes;
  // The core's clock minus this computer's when the answer came, so elapsed times agree with what the core stores.
  const offsetMs = detail && answeredAt !== undefined ? Date.parse(detail.now) - answeredAt : 0;

  /** The room moved on (setCurrentItem answers with the state only). */
  const setState = useCallback((state: MeetingState) => receive((shown) => shown && { ...shown, state }), [receive]);

  return { detail, offsetMs, loadError: minutes.error, receive: receive as (detail: MinutesDetail) => void, refetch, setState };
}
