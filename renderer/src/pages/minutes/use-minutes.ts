import { useCallback } from 'react';
import type { MeetingState, MinutesDetail } from '../../../../shared/schemas/minutes';
import { useServerLink } from '../../api/live';
import { useProcedure } from '../../api/use-procedure';

/** While the team store's change notices are not heard, a reader's minutes are read this often instead (as the chair's view). */
export const READ_ALONG_FALLBACK_MS = 10_000;

/**
 * The workspace's copy of minutes.get. It is fetched again only after structural changes
 * (lifecycle, attendance, actions, moving item): typed text never waits for it, and never
 * takes its values from it once typed (the fields keep their own). Started from the agenda
 * page, it begins with what meetings.start answered. While `following` (the pen is someone else's)
 * the items are drawn again when what they say changes.
 */
export function useMinutes(id: number, initial: MinutesDetail | undefined, following = false) {
  const link = useServerLink();
  // Someone else holds the pen: each save of theirs is announced by the team store, and the page's
  // change events read minutes.get again as it happens (api/live.ts). Only while those notices are
  // not heard (the link is down, or not yet known) is it read on a timer, and slowly.
  const hearingChanges = link?.listening === true;
  const minutes = useProcedure('minutes.get', { id }, { initial, poll: following && !hearingChanges ? READ_ALONG_FALLBACK_MS : undefined });
  const { data: detail, answeredAt, set: receive, reload: refetch } = minutes;
  // The core's clock minus this computer's when the answer came, so elapsed times agree with what the core stores.
  const offsetMs = detail && answeredAt !== undefined ? Date.parse(detail.now) - answeredAt : 0;

  /** The room moved on (setCurrentItem answers with the state only). */
  const setState = useCallback((state: MeetingState) => receive((shown) => shown && { ...shown, state }), [receive]);

  return { detail, offsetMs, loadError: minutes.error, receive: receive as (detail: MinutesDetail) => void, refetch, setState };
}
