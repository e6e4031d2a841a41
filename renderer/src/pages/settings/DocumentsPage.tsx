import { useRef, useState } from 'react';
import { documentSettingsFields } from '../../../../shared/schemas/filing';
import { useProcedure } from '../../api/use-procedure';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { useSaveForm } from '../../components/use-save-form';
import { ExtractSettingsForm } from './ExtractSettingsForm';

const FIELD_ID = 'authority-name';

/** Settings → Documents: the council's name at the head of every Word document, and whether siblings' names stay in a child's extract. */
export function DocumentsPage() {
  const loaded = useProcedure('settings.getDocuments', undefined);
  const [notice, setNotice] = useState<string>();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Documents</h1>
      <p className="lead">How the Word documents Panelroom makes are headed. Every document is also marked OFFICIAL-SENSITIVE in its header and footer.</p>
      <Notice text={notice} />
      {loaded.data ? (
        <DocumentsForm
          current={loaded.data.authorityName}
          version={loaded.data.version}
          onSaving={() => setNotice(undefined)}
          onSaved={(name) => setNotice(name ? `Saved: “${name}” will head every Word document.` : 'Saved: Word documents will start with their title, with no council name.')}
        />
      ) : loaded.error ? (
        <p className="field__error" role="alert">
          {loaded.error.message}
        </p>
      ) : (
        <p aria-live="polite">Loading…</p>
      )}
      <ExtractSettingsForm onSaved={setNotice} />
    </section>
  );
}

function DocumentsForm({ current, version: opened, onSaving, onSaved }: { current: string | null; version: number; onSaving(): void; onSaved(name: string | null): void }) {
  const [name, setName] = useState(current ?? '');
  // The version the next save is based on: the name's as opened, then the one each save answers (or a conflict names, once the person chose).
  const version = useRef<number>(opened);
  const form = useSaveForm(
    documentSettingsFields,
    () => ({ authorityName: name }),
    async (input, send) => {
      const saved = await send('settings.setDocuments', { ...input, version: version.current });
      version.current = saved.version;
      // What the core kept (trimmed), so the field shows what will be printed.
      setName(saved.authorityName ?? '');
      onSaved(saved.authorityName);
    },
  );
  const conflictAt = useConflictChoices(form, version, {
    mine: () => name,
    take: (_key, theirs) => setName(typeof theirs === 'string' ? theirs : ''),
  });
  return (
    <form
      className="panel"
      aria-label="Documents"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSaving();
        void form.submit();
      }}
    >
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={{ authorityName: FIELD_ID }} /> : null}
      <TextField
        id={FIELD_ID}
        label="Council name"
        hint="Printed at the head of every Word document: agendas, minutes, extracts for case records, the rota and the action log. Leave it empty to print none."
        value={name}
        onChange={setName}
        error={form.fieldErrors.authorityName}
        autoComplete="organization"
      />
      {conflictAt('authorityName', FIELD_ID)}
      <div className="button-row">
        <button type="submit" className="button" disabled={form.saving}>
          Save
        </button>
      </div>
    </form>
  );
}
