import { useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { RAG, RAG_MEANING, type Rag } from '../../../../shared/domain/vocabulary';
import { ragCreateInput, type ChildDetail } from '../../../../shared/schemas/child';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { RagTag } from '../../components/RagTag';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { NotAllowed, useMay } from '../../team-mode';

const IDS = { rating: 'rag-red', reason: 'rag-reason', ratedOn: 'rag-date' };

export function RatingsSection({ detail, onChanged }: { detail: ChildDetail; onChanged(message: string): void }) {
  const [adding, setAdding] = useState(false);
  const mayRate = useMay('rateChildren');
  const latest = detail.ratings[0];
  return (
    <section aria-labelledby="rag-title" className="section">
      <h2 id="rag-title">RAG rating of the plan</h2>
      {latest ? (
        <p>
          <RagTag rating={latest.rating} /> on {formatUkDate(latest.ratedOn)}: {latest.reason}
        </p>
      ) : (
        <p className="muted">Not rated yet.</p>
      )}
      {adding ? (
        <RatingForm
          childId={detail.child.id}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            onChanged('Rating recorded.');
          }}
        />
      ) : mayRate.allowed ? (
        <button id="record-rating" type="button" className="button button--secondary" onClick={() => setAdding(true)}>
          Record a rating
        </button>
      ) : (
        <NotAllowed permission={mayRate} />
      )}
    </section>
  );
}

function RatingForm({ childId, onSaved, onCancel }: { childId: number; onSaved(): void; onCancel(): void }) {
  const [rating, setRating] = useState<Rag | ''>('');
  const [reason, setReason] = useState('');
  const [ratedOn, setRatedOn] = useState<string | undefined>(todayIso());
  const formRef = useFormFocus<HTMLFormElement>('record-rating');
  const form = useSaveForm(
    ragCreateInput,
    () => ({ childId, rating: rating as Rag, reason, ratedOn: ratedOn === undefined ? 'not a real date' : ratedOn }),
    async (input, send) => {
      await send('ratings.create', input);
      onSaved();
    },
  );
  return (
    <form ref={formRef} className="panel" aria-labelledby="rag-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="rag-form-title">Record a rating</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <fieldset className={`fieldset${form.fieldErrors.rating ? ' field--error' : ''}`}>
        <legend className="field__label">Rating</legend>
        {form.fieldErrors.rating ? <p className="field__error">{form.fieldErrors.rating}</p> : null}
        {RAG.values.map((r) => (
          <div className="radio" key={r}>
            <input id={`rag-${r}`} type="radio" name="rag" value={r} checked={rating === r} onChange={() => setRating(r)} />
            <label htmlFor={`rag-${r}`}>
              <strong>{RAG.labels[r]}</strong>: {RAG_MEANING[r]}
            </label>
          </div>
        ))}
      </fieldset>
      <div className={`field${form.fieldErrors.reason ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={IDS.reason}>
          Reason
        </label>
        <p className="field__hint" id="rag-reason-hint">
          Why this rating: what is on track, what is delayed, what needs attention.
        </p>
        {form.fieldErrors.reason ? (
          <p className="field__error" id="rag-reason-error">
            {form.fieldErrors.reason}
          </p>
        ) : null}
        <textarea
          id={IDS.reason}
          className="textarea"
          rows={3}
          value={reason}
          aria-invalid={form.fieldErrors.reason ? true : undefined}
          aria-describedby={`rag-reason-hint${form.fieldErrors.reason ? ' rag-reason-error' : ''}`}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <DateField id={IDS.ratedOn} label="Date of the rating" value={todayIso()} onChange={setRatedOn} error={form.fieldErrors.ratedOn} />
      <FormFooter form={form} submitLabel={'Save rating'} onCancel={onCancel} />
    </form>
  );
}
