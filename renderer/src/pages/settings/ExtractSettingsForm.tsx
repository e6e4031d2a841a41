import { useState } from 'react';
import type { ExtractSettings } from '../../../../shared/schemas/extract-review';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
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
  const saving = useMutation({ fallback: 'The choice could not be saved. Please try again.' });
  if (!loaded.data) return loaded.error ? <p className="field__error">{loaded.error.message}</p> : null;
  const value = chosen ?? loaded.data.siblingNames;
  return (
    <form
      className="panel"
      aria-labelledby="extract-settings-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void saving.run('settings.setExtracts', { siblingNames: value }).then((sent) => sent.ok && onSaved(SAVED[sent.value.siblingNames]));
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
      <div className="button-row">
        <button type="submit" className="button" disabled={saving.pending}>
          Save<span className="visually-hidden"> the choice for extracts</span>
        </button>
      </div>
    </form>
  );
}
