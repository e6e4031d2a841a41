import { describedBy, FieldFrame } from '../../components/fields';

/**
 * A time typed as text on the 24-hour clock. Not <input type="time">: its segments and
 * AM/PM box change with the computer's regional settings, which makes typing unpredictable.
 * Tidied when the field is left: 930 becomes 09:30, 14.00 becomes 14:00, 9 becomes 09:00;
 * onChange says which (`tidied`), so a form can tell the person's typing from the tidying.
 */
export function TimeField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange(value: string, tidied: boolean): void; error?: string }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        className="input input--date"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value, false)}
        onBlur={() => {
          const tidy = tidyClock(value);
          if (tidy !== value) onChange(tidy, true);
        }}
      />
    </FieldFrame>
  );
}

/** HH:MM for the ways people type a time; anything else is left as typed for the form's check to name. */
export function tidyClock(text: string): string {
  const t = text.trim();
  const full = /^(\d{1,2})[:.]?(\d{2})$/.exec(t);
  if (full) return `${full[1]!.padStart(2, '0')}:${full[2]}`;
  const hourOnly = /^(\d{1,2})$/.exec(t);
  if (hourOnly) return `${hourOnly[1]!.padStart(2, '0')}:00`;
  return t;
}

/** True once the text names minutes as well as the hour, so a half-typed "14" is not read as 14:00 too early. */
export function hasMinutes(text: string): boolean {
  return /^\d{1,2}[:.]?\d{2}$/.test(text.trim());
}
