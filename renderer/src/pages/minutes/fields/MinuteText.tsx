import type { TextField } from '../../../../../shared/minutes/fields';
import { useState } from 'react';
import { EditConflict } from '../../../components/EditConflict';
import { describedBy, FieldFrame } from '../../../components/fields';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';

export const fieldId = (itemId: number, field: string) => `item-${itemId}-${field}`;

/**
 * A free-text part of the minutes. It grows with its text (CSS field-sizing), saves after
 * a pause in typing and when left, and is read-only once the minutes are approved.
 */
export function MinuteText({ itemId, field, label, hint, fromCore }: { itemId: number; field: TextField; label: string; hint?: string; fromCore: string | undefined }) {
  const { readOnly } = useMinutesContext();
  const id = fieldId(itemId, field);
  const { value, set, flush, error, conflict, keepMine, takeTheirs } = useMinuteField<string>(itemId, field, fromCore, '');
  // After "Take theirs": what was typed here, kept to copy until the person moves on.
  const [taken, setTaken] = useState<string>();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        className="textarea minutes-text"
        rows={3}
        value={value}
        readOnly={readOnly}
        spellCheck
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => set(e.target.value)}
        onBlur={() => void flush()}
      />
      {conflict || taken !== undefined ? (
        <EditConflict
          id={id}
          sentence={conflict?.sentence ?? ''}
          taken={conflict ? undefined : taken}
          onKeepMine={() => {
            // What was typed is what goes: an earlier copy kept after "Take theirs" is done with.
            setTaken(undefined);
            void keepMine();
          }}
          onTakeTheirs={() => setTaken(takeTheirs() ?? '')}
          onDismiss={() => setTaken(undefined)}
        />
      ) : null}
    </FieldFrame>
  );
}
