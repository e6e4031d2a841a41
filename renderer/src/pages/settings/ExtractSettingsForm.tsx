import { useRef, useState } from 'react';
import type { ExtractSettings } from '../../../../shared/schemas/extract-review';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { EditConflict } from '../../components/EditConflict';
import { RadioGroup, type RadioOption } from '../minutes/RadioGroup';

const SIBLING_OPTIONS: readonly RadioOption<ExtractSettings['siblingNames']>[] = [
  { value: 'keep', label: 'They stay', hint: 'A sibling is part of the child’s own story: the genogram, contact, placing together or apart. Their case references are still taken out.' },
  { value: 'take_out', label: 'They are taken out, like any other child’s', hint: 'Each becomes “[another child]”, unless the siblings were discussed together in one item.' },
];

const SAVED = { keep: 'Saved: siblings’ names stay in a child’s extract.', take_out: 'Saved: siblings’ names are taken out of a child’s extract.' } as const;

/** Settings → Documents: whether siblings' names stay in the extracts filed to each child's case record. */
export function ExtractSettingsForm({ onSaved }: { onSaved(message: string): void }) {
  const loaded = useProcedure('settings.getExtracts', undefined);
  const [chosen, setChosen] = useState<ExtractSettings['siblingNames']>();
  // The version the next save is based on, once a save answered or a conflict named one (until then, the one read).
  const version = useRef<number | undefined>(undefined);
  const saving = useMutation({ fallback: 'The choice could not be saved. Please try again.' });
  if (!loaded.data) return loaded.error ? <p className="field__error">{loaded.error.message}</p> : null;
  const value = chosen ?? loaded.data.siblingNames;
  const opened = loaded.data.version;
  const lost = saving.error?.code === 'CONFLICT' && saving.error.conflict ? { sentence: saving.error.fieldErrors.siblingNames, detail: saving.error.conflict } : undefined;
  const submit = () =>
    void saving.run('settings.setExtracts', { siblingNames: value, version: version.current ?? opened }).then((sent) => {
      if (!sent.ok) return;
      version.current = sent.value.version;
      onSaved(SAVED[sent.value.siblingNames]);
    });
  return (
    <form
      className="panel"
      aria-labelledby="extract-settings-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="extract-settings-title">Extracts for case records</h2>
      <RadioGroup
        name="sibling-names"
        legend="Siblings’ names in a child’s extract"
        hint="Every other child’s name and case reference is taken out, or shown to a person to take out or keep, before an extract is filed."
        options={SIBLING_OPTIONS}
        value={value}
        onChange={(v) => setChosen(v)}
        error={saving.error?.message}
      />
      {lost?.sentence ? (
        <EditConflict
          id="sibling-names"
          sentence={lost.sentence}
          onKeepMine={() => {
            version.current = lost.detail.version;
            submit();
          }}
          onTakeTheirs={() => {
            version.current = lost.detail.version;
            const theirs = lost.detail.theirs.siblingNames;
            if (theirs === 'keep' || theirs === 'take_out') setChosen(theirs);
            saving.reset();
          }}
          onDismiss={() => saving.reset()}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={saving.pending}>
          Save<span className="visually-hidden"> the choice for extracts</span>
        </button>
      </div>
    </form>
  );
}
