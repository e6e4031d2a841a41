import { useState } from 'react';
import { actionCompleteInput, type ActionRow } from '../../../../shared/schemas/actions';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { shortText } from './action-words';
import { rowButtonId } from './ActionRowView';
import { RagRadios } from './RagRadios';
import type { Rag } from '../../../../shared/domain/vocabulary';

const IDS = { completedOn: 'complete-date', note: 'complete-note' };

/** Marks an action done on a date (today unless the coordinator says otherwise), with an optional note and its impact. */
export function CompleteForm({ row, today, onSaved, onCancel }: { row: ActionRow; today: string; onSaved(updated: ActionRow): void; onCancel(): void }) {
  const [completedOn, setCompletedOn] = useState<string | undefined>(today);
  const [note, setNote] = useState('');
  const [impact, setImpact] = useState<Rag | null>(row.impactRag);
  const formRef = useFormFocus<HTMLFormElement>(rowButtonId('complete', row.id));
  const form = useSaveForm(
    actionCompleteInput,
    // An unreadable date is sent to the check as text that fails it, so the person is told why.
    () => ({ id: row.id, completedOn: completedOn === undefined || completedOn === '' ? 'not a real date' : completedOn, note, impactRag: impact }),
    async (input, send) => onSaved(await send('actions.complete', input)),
  );
  const dateError = form.fieldErrors.completedOn;
  return (
    <form
      ref={formRef}
      className="panel panel--wide actions__panel"
      aria-labelledby="complete-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="complete-title" className="actions__panel-title">
        Complete: {shortText(row.text, 90)}
      </h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <DateField id={IDS.completedOn} label="Date completed" value={today} onChange={setCompletedOn} error={dateError} />
      <div className={`field${form.fieldErrors.note ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={IDS.note}>
          Note <span className="field__optional">(optional)</span>
        </label>
        {form.fieldErrors.note ? (
          <p className="field__error" id="complete-note-error">
            <span className="visually-hidden">Error: </span>
            {form.fieldErrors.note}
          </p>
        ) : null}
        <textarea
          id={IDS.note}
          className="textarea"
          rows={2}
          value={note}
          aria-invalid={form.fieldErrors.note ? true : undefined}
          aria-describedby={form.fieldErrors.note ? 'complete-note-error' : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <RagRadios name="complete-impact-rag" legend="Impact RAG" hint="Did it make the difference for the child it was meant to?" value={impact} onChange={setImpact} error={form.fieldErrors.impactRag} />
      <FormFooter form={form} submitLabel="Mark as done" onCancel={onCancel} />
    </form>
  );
}
