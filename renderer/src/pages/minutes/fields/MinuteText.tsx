import type { TextField } from '../../../../../shared/minutes/fields';
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
  const { value, set, flush, error } = useMinuteField<string>(itemId, field, fromCore, '');
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
    </FieldFrame>
  );
}
