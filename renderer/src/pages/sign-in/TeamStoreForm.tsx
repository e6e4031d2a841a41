import { useState, type FormEvent } from 'react';
import type { ProcedureOutput } from '../../../../shared/contract';
import { chooseTeamStoreInput } from '../../../../shared/procedures/sign-in';
import { capabilities, chooseCertificateFile } from '../../api/client';
import { toApiError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/fields';
import { useSaveForm } from '../../components/use-save-form';

type Status = ProcedureOutput<'signIn.status'>;

/**
 * Where the council's team store is: its address (postgres://server:port/database, no password)
 * and the CA certificate file IT gives, so Panelroom can tell the server is the council's.
 */
export function TeamStoreForm({ idBase, initialUrl, submitLabel, onSaved }: { idBase: string; initialUrl: string; submitLabel: string; onSaved(status: Status): void }) {
  const [url, setUrl] = useState(initialUrl);
  const [caFile, setCaFile] = useState('');
  const ids = { url: `${idBase}-url`, caFile: `${idBase}-ca-file` };
  const form = useSaveForm(
    chooseTeamStoreInput,
    () => ({ url, caFile: caFile.trim() || null }),
    async (input, send) => onSaved(await send('signIn.chooseStore', input)),
  );

  const [chooseProblem, setChooseProblem] = useState<string>();
  async function choose() {
    setChooseProblem(undefined);
    try {
      const chosen = await chooseCertificateFile();
      if (chosen !== null) setCaFile(chosen);
    } catch (err) {
      setChooseProblem(toApiError(err, 'The file dialog could not be shown: type the certificate file’s full name instead.').message);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit();
  }

  return (
    <form noValidate onSubmit={submit} aria-label="The team store’s address">
      <ErrorMessage text={form.message} />
      <TextField
        id={ids.url}
        label="Team store address"
        hint="As IT gave it, such as postgres://panelroom.council.gov.uk:5432/panelroom. Never put a password in it."
        value={url}
        onChange={setUrl}
        error={form.fieldErrors.url}
      />
      <TextField
        id={ids.caFile}
        label="The council’s CA certificate file"
        optional
        hint="The full name of the certificate file (.pem or .crt) IT gave you, such as C:\Panelroom\council-ca.pem."
        value={caFile}
        onChange={setCaFile}
        error={form.fieldErrors.caFile}
      />
      {capabilities.nativeDialogs ? (
        <p>
          <button type="button" className="button button--secondary button--small" aria-describedby={ids.caFile} onClick={() => void choose()}>
            Choose the certificate file…
          </button>
        </p>
      ) : null}
      <ErrorMessage text={chooseProblem} />
      <button type="submit" className="button button--secondary" aria-disabled={form.saving || undefined}>
        {form.saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
