import { useMemo, useState } from 'react';
import { RAG, RAG_MEANING, type Rag } from '../../../../shared/domain/vocabulary';
import { saveBy, useAutosave, useAutosaveStore } from '../../components/use-autosave';
import { useMinutesContext } from './minutes-context';
import { RadioGroup } from './RadioGroup';

interface Rating {
  rating: Rag | null;
  reason: string;
}

const OPTIONS = RAG.values.map((v) => ({ value: v, label: RAG.labels[v], hint: RAG_MEANING[v] }));
const NEEDS_REASON = 'Give the reason for the rating.';

export const ratingKey = (itemId: number, childId: number) => `rate:${itemId}:${childId}`;

/**
 * A child's RAG rating at this meeting with its reason, saved together as they are chosen and
 * typed. The meeting cannot close while a rating has no reason, so that is said when the
 * reason is left empty, not only at the end.
 */
export function RatingField({ itemId, childId, childName, fromCore }: { itemId: number; childId: number; childName: string; fromCore: Rating | undefined }) {
  const { readOnly } = useMinutesContext();
  const store = useAutosaveStore();
  const key = ratingKey(itemId, childId);
  const [value, setValue] = useState<Rating>(() => store.latest<Rating>(key) ?? fromCore ?? { rating: null, reason: '' });
  const [missingReason, setMissingReason] = useState(false);
  const save = useMemo(() => saveBy('minutes.rate', (v: Rating) => ({ itemId, childId, rating: v.rating, reason: v.reason })), [itemId, childId]);
  const { change, flush, error } = useAutosave<Rating>(key, save);
  const base = `rating-${itemId}-${childId}`;
  const reasonId = `${base}-reason`;

  const update = (next: Rating, immediate: boolean) => {
    setValue(next);
    change(next, immediate);
    if (next.reason.trim()) setMissingReason(false);
  };
  const reasonError = error ?? (missingReason ? NEEDS_REASON : undefined);
  const described = [`${reasonId}-hint`, reasonError ? `${reasonId}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className="rating">
      <RadioGroup
        name={base}
        legend={`RAG rating for ${childName}`}
        options={OPTIONS}
        value={value.rating}
        disabled={readOnly}
        onChange={(rating) => update({ ...value, rating }, true)}
      />
      <div className={`field${reasonError ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={reasonId}>
          Reason for {childName}’s rating
        </label>
        <p id={`${reasonId}-hint`} className="field__hint">
          What is on track, what is delayed, what needs attention.
        </p>
        {reasonError ? (
          <p id={`${reasonId}-error`} className="field__error">
            <span className="visually-hidden">Error: </span>
            {reasonError}
          </p>
        ) : null}
        <textarea
          id={reasonId}
          className="textarea minutes-text"
          rows={2}
          maxLength={2000}
          value={value.reason}
          readOnly={readOnly}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={described}
          onChange={(e) => update({ ...value, reason: e.target.value }, false)}
          onBlur={() => {
            void flush();
            if (!readOnly) setMissingReason(value.rating !== null && !value.reason.trim());
          }}
        />
      </div>
    </div>
  );
}
