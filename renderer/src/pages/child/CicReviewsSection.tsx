import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ChildDetail } from '../../../../shared/schemas/child';
import { cicReviewInput, type CicReview } from '../../../../shared/schemas/child-events';
import type { Person } from '../../../../shared/schemas/person';
import { useMutation } from '../../api/use-mutation';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { NotAllowed, useMay } from '../../team-mode';

const IDS = { heldOn: 'cic-held-on', ordinal: 'cic-ordinal', iroId: 'cic-iro', notes: 'cic-notes' };
const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
export const reviewWords = (n: number) => `${ORDINAL_WORDS[n - 1] ?? `${n}th`} review`;

/**
 * The Child in Care reviews held, as the IRO chaired them. The next one is counted from
 * the last one held (first within 20 working days of entering care, the second 3 months
 * after the first, then every 6 months), so a review not recorded shows as overdue.
 */
export function CicReviewsSection({ detail, people, onChanged, onError }: { detail: ChildDetail; people: Person[]; onChanged(message: string): void; onError(message: string): void }) {
  const [adding, setAdding] = useState(false);
  const reviews = detail.cicReviews;
  const next = detail.review.due.find((d) => d.rule.startsWith('cic-'));
  const change = useMutation({ fallback: 'The review could not be removed.' });
  // With a team store the coordinator records reviews (the database grants it to them alone).
  const mayRecord = useMay('keepChildRecords');
  async function remove(r: CicReview) {
    if (!window.confirm(`Remove the review of ${formatUkDate(r.heldOn)}? The next review will be counted from the one before it.`)) return;
    const sent = await change.run('cicReviews.remove', { id: r.id });
    if (!sent.ok) return onError(sent.error.message);
    onChanged('Review removed.');
    requestAnimationFrame(() => document.getElementById('record-cic-review')?.focus());
  }
  return (
    <section aria-labelledby="cic-title" className="section">
      <h2 id="cic-title">Child in Care reviews</h2>
      {next ? (
        <p>
          Next: <strong>{formatUkDate(next.date)}</strong> {next.date < detail.review.today ? <span className="tag tag--red">Overdue</span> : null}
          <span className="tracker__sub">{next.reason}</span>
        </p>
      ) : null}
      {reviews.length === 0 ? (
        <p className="muted">No reviews recorded.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Child in Care reviews held, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Held on</th>
              <th scope="col">Review</th>
              <th scope="col">IRO</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => (
              <tr key={r.id}>
                <td>{formatUkDate(r.heldOn)}</td>
                <th scope="row">
                  {reviewWords(r.ordinal)}
                  {r.notes ? <span className="tracker__sub">{r.notes}</span> : null}
                </th>
                <td>{r.iroName ?? <span className="muted">Not recorded</span>}</td>
                <td className="table__actions">
                  {mayRecord.allowed ? (
                    <button type="button" className="button button--small button--secondary" onClick={() => void remove(r)}>
                      Remove<span className="visually-hidden"> the review of {formatUkDate(r.heldOn)}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <ReviewForm
          detail={detail}
          people={people}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            onChanged('Review recorded.');
          }}
        />
      ) : mayRecord.allowed ? (
        <button id="record-cic-review" type="button" className="button button--secondary" onClick={() => setAdding(true)}>
          Record a review held
        </button>
      ) : (
        <NotAllowed permission={mayRecord} />
      )}
    </section>
  );
}

function ReviewForm({ detail, people, onSaved, onCancel }: { detail: ChildDetail; people: Person[]; onSaved(): void; onCancel(): void }) {
  const today = detail.review.today;
  const [heldOn, setHeldOn] = useState<string | undefined>(today);
  const [ordinal, setOrdinal] = useState('');
  const [iroId, setIroId] = useState(detail.child.iroId ? String(detail.child.iroId) : '');
  const [notes, setNotes] = useState('');
  const formRef = useFormFocus<HTMLFormElement>('record-cic-review');
  const form = useSaveForm(
    cicReviewInput,
    () => ({ childId: detail.child.id, heldOn: heldOn || 'not a real date', ordinal: ordinal ? Number(ordinal) : null, iroId: iroId ? Number(iroId) : null, notes }),
    async (input, send) => {
      await send('cicReviews.record', input);
      onSaved();
    },
  );
  const iros = people.filter((p) => p.role === 'iro' || p.id === detail.child.iroId).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return (
    <form ref={formRef} className="panel" aria-labelledby="cic-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="cic-form-title">Record a Child in Care review held</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <DateField id={IDS.heldOn} label="Held on" hint="The day the review took place: today or earlier." value={today} onChange={setHeldOn} error={form.fieldErrors.heldOn} />
      <SelectField
        id={IDS.ordinal}
        label="Which review"
        hint="Left as it is, the one after those already recorded for this time in care."
        placeholder="The next one"
        options={ORDINAL_WORDS.map((w, i) => ({ value: String(i + 1), label: `${w} review` }))}
        value={ordinal}
        onChange={setOrdinal}
        error={form.fieldErrors.ordinal}
      />
      <SelectField id={IDS.iroId} label="IRO" optional placeholder="Not recorded" options={iros.map((p) => ({ value: String(p.id), label: p.name }))} value={iroId} onChange={setIroId} error={form.fieldErrors.iroId} />
      <TextField id={IDS.notes} label="Notes" optional value={notes} onChange={setNotes} error={form.fieldErrors.notes} />
      <FormFooter form={form} submitLabel="Save the review" onCancel={onCancel} />
    </form>
  );
}
