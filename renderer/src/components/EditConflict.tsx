import { useId } from 'react';

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
