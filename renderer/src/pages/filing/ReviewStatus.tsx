import { mentionWords } from '../../../../shared/filing/mention-words';
import type { FilingRow } from '../../../../shared/schemas/filing';
import { personName } from '../../../../shared/domain/words';
import { stampBy } from './filing-words';

/**
 * Other children in one child's extract, on the filing checklist: what the redaction took out,
 * whether a person has reviewed the possible mentions (who, when, what they chose), and the way
 * to the review. Everything a colour says is also in words.
 */
export function ReviewStatus({ row, meetingId }: { row: FilingRow; meetingId: number }) {
  const review = row.review;
  if (!review) return null;
  const name = personName(row);
  const href = `#/meetings/${meetingId}/review/${row.childId}`;
  const automatic =
    review.automatic > 0 ? `${review.automatic} ${review.automatic === 1 ? 'mention' : 'mentions'} of other children taken out without asking.` : null;
  if (review.unreviewed > 0) {
    return (
      <span className="flag flag--alert filing__review">
        <span className="visually-hidden">Waiting: </span>
        Waits for review: {mentionWords(review.unreviewed)} of other children to check before it can be filed.{automatic ? ` ${automatic}` : ''}
        <a className="button button--small button-link filing__review-link" href={href}>
          Review<span className="visually-hidden"> {name}’s extract</span>
        </a>
      </span>
    );
  }
  if (review.found === 0) {
    return automatic ? (
      <span className="flag flag--warning">
        <span className="visually-hidden">Warning: </span>
        {automatic} Check the extract reads well.
      </span>
    ) : null;
  }
  return (
    <span className="flag flag--warning filing__review">
      <span className="visually-hidden">Reviewed: </span>
      Reviewed{review.lastAt ? ` ${stampBy(review.lastAt, review.lastBy)}` : ''}: {review.takenOut} taken out, {review.kept} kept.{automatic ? ` ${automatic}` : ''}
      <a className="button button--secondary button--small button-link filing__review-link" href={href}>
        Change<span className="visually-hidden"> the review of {name}’s extract</span>
      </a>
    </span>
  );
}
