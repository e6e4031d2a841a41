import { useRef, useState } from 'react';
import type { ExtractChoice, ExtractReview } from '../../../../shared/schemas/extract-review';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';

export interface ExtractReviewState {
  review: ExtractReview | undefined;
  loadError: string | undefined;
  error: string | undefined;
  /** A mention's choice as shown: the one just made (on its way to the core), else the stored one. */
  choiceOf(key: string): ExtractChoice | null;
  decide(key: string, choice: ExtractChoice): void;
}

/**
 * One child's extract under review. A choice shows at once and the keyboard moves on; the
 * choices go to the core one after another, in the order they were made, and each answer
 * (the review as stored) replaces what is shown. A choice the core refuses is taken back
 * and the list read again, with the reason.
 */
export function useExtractReview(meetingId: number, childId: number): ExtractReviewState {
  const review = useProcedure('filing.review', { meetingId, childId }, { fallback: 'The possible mentions could not be shown. Please try again.' });
  const deciding = useMutation({ fallback: 'That choice could not be saved. Please try again.' });
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<ReadonlyMap<string, ExtractChoice>>(new Map());
  const queue = useRef<Promise<void>>(Promise.resolve());

  function decide(key: string, choice: ExtractChoice) {
    setError(undefined);
    setPending((p) => new Map(p).set(key, choice));
    queue.current = queue.current.then(async () => {
      const sent = await deciding.run('filing.decide', { meetingId, childId, key, choice });
      if (sent.ok) review.set(sent.value);
      else {
        setError(sent.error.message);
        await review.reload();
      }
      setPending((p) => {
        const next = new Map(p);
        if (next.get(key) === choice) next.delete(key);
        return next;
      });
    });
  }

  const choiceOf = (key: string) => pending.get(key) ?? review.data?.mentions.find((m) => m.key === key)?.choice ?? null;
  return { review: review.data, loadError: review.error?.message, error, choiceOf, decide };
}
