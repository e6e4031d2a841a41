import { useState } from 'react';
import type { Rag } from '../../../../shared/domain/vocabulary';
import { actionProgressInput, type ActionRow } from '../../../../shared/schemas/actions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { shortText } from './action-words';
import { rowButtonId } from './ActionRowView';
import { RagRadios } from './RagRadios';

const IDS = { note: 'progress-note', progressRag: 'progress-rag-red' };

/** A progress note (required) and, if the coordinator wants, the Shropshire action plan's "Progress RAG" and "Impact RAG". */
export function ProgressForm({ row, onSaved, onCancel }: { row: ActionRow; onSaved(updated: ActionRow): void; onCancel(): void }) {
  const [note, setNote] = useState('');
  const [rag, setRag] = useState<Rag | null>(row.progressRag);
  const [impact, setImpact] = useState<Rag | null>(row.impactRag);
  const formRef = useFormFocus<HTMLFormElement>(rowButtonId('update', row.id));
  const form = useSaveForm(
    actionProgressInput,
    () => ({ id: row.id, note, progressRag: rag, impactRag: impact }),
    async (input, send) => onSaved(await send('actions.progress', input)),
  );
  const noteError = form.fieldErrors.note;
  return (
    <form
      ref={formRef}
      className="panel panel--wide actions__panel"
      aria-labelledby="progress-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="progress-title" className="actions__panel-title">
        Update progress: {shortText(row.text, 90)}
      </h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <div className={`field${noteError ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={IDS.note}>
          Progress note
        </label>
        <p className="field__hint" id="progress-note-hint">
          What has happened since, and what is still to do.
        </p>
        {noteError ? (
          <p className="field__error" id="progress-note-error">
            <span className="visually-hidden">Error: </span>
            {noteError}
          </p>
        ) : null}
        <textarea
          id={IDS.note}
          className="textarea"
          rows={3}
          value={note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={`progress-note-hint${noteError ? ' progress-note-error' : ''}`}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <RagRadios name="progress-rag" legend="Progress RAG" hint="Is it being done as planned and on time?" value={rag} onChange={setRag} error={form.fieldErrors.progressRag} />
      <RagRadios name="impact-rag" legend="Impact RAG" hint="Is it making the difference for the child it was meant to?" value={impact} onChange={setImpact} error={form.fieldErrors.impactRag} />
      <FormFooter form={form} submitLabel="Save progress" onCancel={onCancel} />
    </form>
  );
}
