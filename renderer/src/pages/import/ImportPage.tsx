import { useState } from 'react';
import type { ImportFieldKey, ImportMapping, ImportPersonMap, ImportPreview, ImportResult as Result, ImportTeamChoice, ImportTeamMap, ImportValueField, ImportValueMap } from '../../../../shared/schemas/import';
import { plural } from '../../../../shared/domain/words';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { decodeCsvBytes, MAX_FILE_BYTES } from './decode-file';
import { FileStep } from './FileStep';
import { ImportResult } from './ImportResult';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { TeamsStep } from './TeamsStep';
import { ValuesStep } from './ValuesStep';
import { NotAllowed, useMay } from '../../team-mode';

interface ChosenFile {
  name: string;
  csv: string;
}

/** What the person decided about the file besides its columns: kept with the preview, sent with the import. */
interface Choices {
  values: ImportValueMap;
  teams: ImportTeamMap;
  people: ImportPersonMap;
}
const NO_CHOICES: Choices = { values: {}, teams: {}, people: {} };

/** The choices a preview was made with (a saved profile's, or the person's), read back from its answer. */
function choicesOf(preview: ImportPreview): Choices {
  const values: ImportValueMap = {};
  for (const column of preview.values) {
    const chosen = column.entries.filter((e) => e.source === 'chosen' && e.value !== null);
    if (chosen.length > 0) (values as Record<string, Record<string, string>>)[column.field] = Object.fromEntries(chosen.map((e) => [e.text, e.value!]));
  }
  const teams: ImportTeamMap = Object.fromEntries(preview.teams.filter((t) => t.source === 'chosen' && t.choice !== null).map((t) => [t.text, t.choice!]));
  const people: ImportPersonMap = Object.fromEntries(Object.entries(preview.people).filter(([, c]) => typeof c === 'number'));
  return { values, teams, people };
}

const NO_FIELD_ERRORS: Record<string, string> = {};
const NO_FIELD_IDS: Record<string, string> = {};

/**
 * Importing children from a case system's CSV export, on one page: choose the file,
 * match its columns, check the preview (nothing is written), then import. The core
 * checks everything again on import and writes all of it or none of it.
 */
/** Importing adds and changes children's records: the permanence coordinator's, with a team store. */
export function ImportPage() {
  const editChildren = useMay('editChildren');
  if (!editChildren.allowed) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Import children</h1>
        <NotAllowed permission={editChildren} />
      </section>
    );
  }
  return <ImportChildren />;
}

function ImportChildren() {
  const [file, setFile] = useState<ChosenFile>();
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const teamList = useProcedure('teams.list', {});
  const peopleList = useProcedure('people.list', {});
  const [preview, setPreview] = useState<ImportPreview>();
  const previewing = useMutation({ fallback: 'The file could not be checked. Try again.' });
  const checking = previewing.pending;
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const importing = useMutation({ fallback: 'The import did not finish. Nothing has been imported; try again.' });
  const [importError, setImportError] = useState<string>();
  const [result, setResult] = useState<Result>();
  const [announcement, setAnnouncement] = useState<string>();

  /** Without `requested`, the core starts from the profile saved for these headings, or from its suggestions. */
  async function runPreview(csv: string, requested: (Choices & { mapping: ImportMapping }) | undefined, name: string, options: { keepError?: boolean; fromSuggestions?: boolean } = {}) {
    if (!options.keepError) setImportError(undefined);
    const sent = await previewing.run('import.preview', requested ? { csv, ...requested } : { csv, fromSuggestions: options.fromSuggestions });
    // A slower answer to an earlier mapping must not overwrite the latest one.
    if (sent.superseded) return;
    if (!sent.ok) {
      setPreview(undefined);
      setFileError(sent.error.message);
      return;
    }
    const answer = sent.value;
    setPreview(answer);
    setMapping(answer.mapping);
    setChoices(choicesOf(answer));
    setAnnouncement(describe(answer, name));
  }

  async function chooseFile(chosen: File) {
    setFileError(undefined);
    setResult(undefined);
    setPreview(undefined);
    setExcluded(new Set());
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(undefined);
      setFileError('The file is larger than 20 MB. Export fewer columns or fewer children and try again.');
      return;
    }
    setReading(true);
    try {
      const csv = decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer()));
      if (!csv.trim()) {
        setFile(undefined);
        setFileError('The file is empty. Check it is the CSV file exported from your case system.');
        return;
      }
      setFile({ name: chosen.name, csv });
      await runPreview(csv, undefined, chosen.name);
    } catch {
      setFileError('The file could not be read. Check it is not open in another program, then choose it again.');
    } finally {
      setReading(false);
    }
  }

  function changeMapping(field: ImportFieldKey, header: string | null) {
    if (!file) return;
    const next = { ...mapping, [field]: header };
    setMapping(next);
    void runPreview(file.csv, { mapping: next, ...choices }, file.name);
  }

  function changeChoices(next: Choices) {
    if (!file) return;
    setChoices(next);
    void runPreview(file.csv, { mapping, ...next }, file.name);
  }

  const chooseValue = (field: ImportValueField, text: string, value: string) =>
    changeChoices({ ...choices, values: { ...choices.values, [field]: { ...(choices.values[field] ?? {}), [text]: value } } });
  const chooseTeam = (text: string, choice: ImportTeamChoice) => changeChoices({ ...choices, teams: { ...choices.teams, [text]: choice } });
  const choosePerson = (name: string, choice: number | 'new') => changeChoices({ ...choices, people: { ...choices.people, [name]: choice } });

  const invalidLines = new Set(preview?.rows.filter((r) => r.action === 'invalid').map((r) => r.line) ?? []);
  // Only rows with problems can be left out; one that a new mapping has made good comes back in.
  const activeExcluded = new Set([...excluded].filter((line) => invalidLines.has(line)));
  const stillInvalid = [...invalidLines].filter((line) => !activeExcluded.has(line)).length;
  const toImport = preview ? preview.rows.length - invalidLines.size : 0;

  function exclude(line: number, yes: boolean) {
    setExcluded((prev) => {
      const next = new Set(prev);
      if (yes) next.add(line);
      else next.delete(line);
      return next;
    });
  }

  function excludeAll(yes: boolean) {
    setExcluded(yes ? new Set(invalidLines) : new Set());
    setAnnouncement(yes ? `${plural(invalidLines.size, 'row', 'rows')} with problems excluded. ${plural(toImport, 'child', 'children')} ready to import.` : 'The rows with problems are included again.');
  }

  async function commit() {
    if (!file || !preview) return;
    setImportError(undefined);
    const sent = await importing.run('import.commit', { csv: file.csv, mapping, ...choices, exclude: [...activeExcluded], fileName: file.name });
    if (sent.ok) {
      setResult(sent.value);
      setPreview(undefined);
      setExcluded(new Set());
    } else {
      setImportError(sent.error.message);
      // The data may have changed since the preview (another window, another import): show the file as it now stands.
      void runPreview(file.csv, { mapping, ...choices }, file.name, { keepError: true });
    }
  }

  function startAgain() {
    previewing.reset();
    setFile(undefined);
    setPreview(undefined);
    setResult(undefined);
    setMapping({});
    setChoices(NO_CHOICES);
    setAnnouncement(undefined);
    setFileError(undefined);
  }

  const blocked = checking
    ? 'Checking the file…'
    : preview && preview.fileProblems.length > 0
      ? 'Fix the problems with the file first.'
      : stillInvalid > 0
        ? `${plural(stillInvalid, 'row still has', 'rows still have')} problems: exclude them, or fix the file and choose it again.`
        : toImport === 0
          ? 'There are no rows to import.'
          : preview && preview.counts.create + preview.counts.update === 0 && Object.values(preview.people).every((c) => c !== 'new') && preview.teams.every((t) => t.choice !== 'new')
            ? 'No changes: every child in this file is already up to date in Panelroom.'
            : undefined;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Import children</h1>
      <p className="lead">
        Bring in the children you track from a CSV export of your case system. Children already in Panelroom are matched by case reference and updated, never added twice. Add the teams in Settings
        first; social workers, team managers and IROs who are not there yet are added for you.
      </p>
      <Notice text={announcement} />
      {importError ? <ErrorSummary message={importError} fieldErrors={NO_FIELD_ERRORS} fieldIds={NO_FIELD_IDS} /> : null}
      {result ? (
        <ImportResult result={result} fileName={file?.name} onAgain={startAgain} />
      ) : (
        <>
          <FileStep fileName={file?.name} busy={importing.pending} reading={reading || checking} error={fileError} onFile={(f) => void chooseFile(f)} />
          {file && preview && preview.headers.length > 0 ? (
            <MappingStep
              headers={preview.headers}
              examples={preview.examples}
              mapping={mapping}
              profile={preview.profile}
              onChange={changeMapping}
              onSuggestions={() => void runPreview(file.csv, undefined, file.name, { fromSuggestions: true })}
            />
          ) : null}
          {file && preview ? <ValuesStep columns={preview.values} onChoose={chooseValue} /> : null}
          {file && preview ? <TeamsStep entries={preview.teams} teams={teamList.data ?? []} onChoose={chooseTeam} /> : null}
          {file && preview ? (
            <PreviewStep preview={preview} people={peopleList.data ?? []} onPerson={choosePerson} excluded={activeExcluded} onExclude={exclude} onExcludeAll={excludeAll} />
          ) : null}
          {file && preview ? (
            <section className="section" aria-labelledby="import-step-import">
              <h2 id="import-step-import">Import</h2>
              <p id="import-blocked" className={blocked ? 'field__hint' : 'visually-hidden'} aria-live="polite">
                {blocked ?? 'Ready to import.'}
              </p>
              <button type="button" className="button" disabled={blocked !== undefined || importing.pending} aria-describedby="import-blocked" onClick={() => void commit()}>
                {importing.pending ? 'Importing…' : `Import ${plural(toImport, 'child', 'children')}`}
              </button>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}

function describe(preview: ImportPreview, name: string): string {
  if (preview.fileProblems.length > 0) return `${name} cannot be imported yet: ${preview.fileProblems[0]}`;
  const { counts } = preview;
  if (counts.create + counts.update === 0 && counts.invalid === 0) return `Preview of ${name}: no changes. All ${plural(preview.rows.length, 'child is', 'children are')} already up to date.`;
  const problems = counts.invalid > 0 ? ` ${plural(counts.invalid, 'row has', 'rows have')} problems.` : ' No problems found.';
  return `Preview of ${name}: ${plural(preview.rows.length, 'row', 'rows')}, ${counts.create.toLocaleString('en-GB')} to add, ${counts.update.toLocaleString('en-GB')} to update, ${counts.unchanged.toLocaleString('en-GB')} unchanged.${problems}`;
}
