import { useMemo, useRef, useState } from 'react';
import { ACTION_REVIEW, type ActionReview as Outcome } from '../../../../shared/domain/minutes-vocabulary';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { EarlierAction } from '../../../../shared/schemas/actions';
import { DateField } from '../../components/DateField';
import { saveBy, useAutosave, useAutosaveStore } from '../../components/use-autosave';
import { useMinutesContext } from './minutes-context';
import { RadioGroup } from './RadioGroup';

interface Review {
  outcome: Outcome | null;
  note: string;
  newDueOn: string | null;
}

const OPTIONS = ACTION_REVIEW.values.map((v) => ({ value: v, label: ACTION_REVIEW.labels[v] }));

/**
 * This meeting's review of an earlier action: the outcome, a note (needed when it is carried
 * forward) and, carried forward, a new due date, saved as chosen and typed. A note typed before an outcome is chosen waits for it:
 * a review without an outcome is no review, and saving one would take the review back.
 */
export function ActionReview({ action, itemId }: { action: EarlierAction; itemId: number }) {
  const { readOnly } = useMinutesContext();
  const store = useAutosaveStore();
  const key = `review:${itemId}:${action.id}`;
  const [review, setReview] = useState<Review>(() => store.latest<Review>(key) ?? action.review ?? { outcome: null, note: '', newDueOn: null });
  const save = useMemo(
    () => saveBy('actions.review', (v: Review) => ({ actionId: action.id, itemId, outcome: v.outcome, note: v.note, newDueOn: v.outcome === 'carried' ? v.newDueOn : null })),
    [action.id, itemId],
  );
  const { change, flush, error } = useAutosave<Review>(key, save);
  const base = `review-${itemId}-${action.id}`;

  // "Carried forward" needs its reason: until the person has had the chance to type it (while
  // the keyboard is still in this review) the choice waits here, said in words, not as an error.
  const waiting = useRef<Review | null>(null);
  const [waitingForNote, setWaitingForNote] = useState(false);
  const update = (next: Review, immediate: boolean) => {
    setReview(next);
    if (next.outcome === null) return;
    const needsNote = next.outcome === 'carried' && !next.note.trim() && !readOnly;
    waiting.current = needsNote ? next : null;
    setWaitingForNote(needsNote);
    if (!needsNote) change(next, immediate);
  };

  return (
    <div
      className="review"
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        // Leaving the review: what waits is sent now, and the core says what is missing.
        if (waiting.current) {
          change(waiting.current, true);
          waiting.current = null;
          setWaitingForNote(false);
        } else void flush();
      }}
    >
      <RadioGroup
        name={base}
        legend={
          <>
            Outcome at this meeting<span className="visually-hidden"> for “{action.text}”</span>
          </>
        }
        inline
        options={OPTIONS}
        value={review.outcome}
        disabled={readOnly}
        error={review.outcome === 'carried' ? undefined : error}
        onChange={(outcome) => update({ ...review, outcome }, outcome !== 'carried')}
      />
      {review.outcome !== null && !readOnly ? (
        <button
          type="button"
          className="button button--small button--secondary review__clear"
          onClick={() => {
            const cleared = { ...review, outcome: null };
            setReview(cleared);
            change(cleared, true);
            document.getElementById(`${base}-done`)?.focus();
          }}
        >
          Clear the outcome
        </button>
      ) : null}
      <div className={`field${review.outcome === 'carried' && error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={`${base}-note`}>
          Note {review.outcome === 'carried' ? <span className="field__optional">(why it is carried forward)</span> : <span className="field__optional">(optional)</span>}
        </label>
        {waitingForNote ? (
          <p id={`${base}-note-hint`} className="field__hint">
            Say why it is carried forward: the outcome is saved with the reason.
          </p>
        ) : null}
        {review.outcome === 'carried' && error && !waitingForNote ? (
          <p id={`${base}-note-error`} className="field__error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={`${base}-note`}
          className="textarea minutes-text"
          rows={1}
          maxLength={2000}
          value={review.note}
          readOnly={readOnly}
          aria-invalid={review.outcome === 'carried' && error && !waitingForNote ? true : undefined}
          aria-describedby={waitingForNote ? `${base}-note-hint` : review.outcome === 'carried' && error ? `${base}-note-error` : undefined}
          onChange={(e) => update({ ...review, note: e.target.value }, false)}
        />
      </div>
      {review.outcome === 'carried' ? (
        readOnly ? (
          <p>New due date: {review.newDueOn ? formatUkDate(review.newDueOn) : 'none'}</p>
        ) : (
          <DateField
            id={`${base}-due`}
            label="New due date"
            optional
            value={review.newDueOn ?? ''}
            onChange={(iso) => {
              if (iso !== undefined) update({ ...review, newDueOn: iso || null }, false);
            }}
          />
        )
      ) : null}
    </div>
  );
}
