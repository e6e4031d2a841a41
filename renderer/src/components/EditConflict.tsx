import { useId, useState, useSyncExternalStore, type MutableRefObject, type ReactNode } from 'react';
import { useAutosaveStore } from './use-autosave';
import type { SaveFormState } from './use-save-form';

/**
 * Shown at a field whose save lost the race: someone else saved it since this page read it.
 * The sentence ("Alex Smith changed this at 10:42: ‘their text’") comes from the core; the person
 * chooses. "Keep mine" sends what they typed again, over the version the conflict named; "Take theirs"
 * puts the other person's value in the field and keeps what they had typed here, copyable, until
 * they move on. Announced politely, so it never interrupts typing elsewhere.
 */
export function EditConflict({ id, sentence, taken, onKeepMine, onTakeTheirs, onDismiss }: {
  /** The field's id: the box is `${id}-conflict`, so the field can point to it. */
  id: string;
  sentence: string;
  /** After "Take theirs": what the person had typed, still there to copy. */
  taken?: string;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onDismiss(): void;
}) {
  const copyId = useId();
  if (taken !== undefined) {
    return (
      <div id={`${id}-conflict`} className="conflict-box">
        <p role="status">You took their version. What you had typed is below, to copy if you need it.</p>
        <label className="field__label" htmlFor={copyId}>
          What you had typed
        </label>
        <textarea id={copyId} className="input conflict-box__mine" readOnly value={taken} rows={Math.min(6, Math.max(1, taken.split('\n').length))} />
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onDismiss}>
            Done
          </button>
        </div>
      </div>
    );
  }
  return (
    <div id={`${id}-conflict`} className="conflict-box">
      <p role="status">{sentence}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </div>
  );
}

/**
 * The choices a form offers after its save lost the race: `at(key, fieldId)` is the box under a field.
 * "Keep mine" sends the form again over the version the conflict named; "Take theirs" puts the other
 * person's value in the field (the form's `take`) and keeps what was typed, copyable, until the person
 * moves on (the form closes) or says they are done with it.
 */
export function useConflictChoices(
  form: SaveFormState,
  version: MutableRefObject<number | undefined>,
  field: { mine(key: string): string; take(key: string, theirs: unknown): void },
): (key: string, fieldId: string) => ReactNode {
  const [taken, setTaken] = useState<Record<string, string>>({});
  return (key, fieldId) => {
    const sentence = form.conflict?.messages[key];
    if (sentence === undefined && taken[key] === undefined) return null;
    return (
      <EditConflict
        id={fieldId}
        sentence={sentence ?? ''}
        taken={sentence === undefined ? taken[key] : undefined}
        onKeepMine={() => {
          version.current = form.conflict?.detail.version ?? version.current;
          setTaken(({ [key]: _done, ...rest }) => rest);
          void form.submit();
        }}
        onTakeTheirs={() => {
          const detail = form.conflict?.detail;
          if (!detail) return;
          const mine = field.mine(key);
          version.current = detail.version;
          field.take(key, detail.theirs[key]);
          setTaken((t) => ({ ...t, [key]: mine }));
          form.settle(key);
        }}
        onDismiss={() => setTaken(({ [key]: _gone, ...rest }) => rest)}
      />
    );
  };
}

/**
 * The choice at an autosaved field whose save lost the race (`key`: the field's autosave key).
 * "Keep mine" sends what is typed over the newer version; "Take theirs" puts the other person's value
 * in the field and keeps what was typed to copy (`describe` says it in words; '' for a choice, not text).
 */
export function AutosaveConflict({ storeKey, id, describe }: { storeKey: string; id: string; describe(mine: unknown): string }) {
  const store = useAutosaveStore();
  const conflict = useSyncExternalStore(store.subscribe, () => store.conflictOf(storeKey));
  const [taken, setTaken] = useState<string>();
  if (!conflict && taken === undefined) return null;
  return (
    <EditConflict
      id={id}
      sentence={conflict?.sentence ?? ''}
      taken={conflict ? undefined : taken}
      onKeepMine={() => {
        // What was typed is what goes: an earlier copy kept after "Take theirs" is done with.
        setTaken(undefined);
        void store.keepMine(storeKey);
      }}
      onTakeTheirs={() => {
        const choice = store.takeTheirs(storeKey);
        const words = choice ? describe(choice.mine) : '';
        setTaken(words === '' ? undefined : words);
      }}
      onDismiss={() => setTaken(undefined)}
    />
  );
}
