import { MAX_FILE_BYTES } from './decode-file';

/** Step 1: a real file input with a visible label, so it works from the keyboard and with a screen reader. */
interface Props {
  fileName: string | undefined;
  /** the input is locked while an import is being written */
  busy: boolean;
  reading: boolean;
  error: string | undefined;
  onFile(file: File): void;
}

export function FileStep({ fileName, busy, reading, error, onFile }: Props) {
  return (
    <section className="section" aria-labelledby="import-step-file">
      <h2 id="import-step-file">Choose the file</h2>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor="import-file" className="field__label">
          CSV file of children
        </label>
        <p id="import-file-hint" className="field__hint">
          Export the list of children from your case system (Mosaic, Liquidlogic or a spreadsheet) as CSV. Dates should be day first, for example 22/11/2026. Up to {MAX_FILE_BYTES / 1024 / 1024} MB.
        </p>
        {error ? (
          <p id="import-file-error" className="field__error" role="alert">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <input
          id="import-file"
          name="import-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby={error ? 'import-file-hint import-file-error' : 'import-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
          }}
        />
        {fileName || reading ? <p className="muted">{reading ? 'Reading and checking the file…' : `Chosen: ${fileName}`}</p> : null}
      </div>
    </section>
  );
}
