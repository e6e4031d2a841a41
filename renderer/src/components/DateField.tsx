import { useState } from 'react';
import { formatUkDate } from '../../../shared/domain/dates';
import { parseUkDate, UK_DATE_HINT } from '../../../shared/domain/parse-uk-date';

/**
 * A date typed the UK way (22/11/2026, 22-11-26, 22 Nov 2026). The text is kept as
 * typed until the field is left, then tidied to dd/mm/yyyy; the value handed up is
 * ISO, or '' when empty, or undefined while the text is not a real date.
 */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  hint = UK_DATE_HINT,
  optional,
}: {
  id: string;
  label: string;
  value: string;
  onChange(iso: string | undefined): void;
  error?: string;
  hint?: string;
  optional?: boolean;
}) {
  const [text, setText] = useState(formatUkDate(value));
  const [ownError, setOwnError] = useState<string>();
  const shown = error ?? ownError;
  return (
    <div className={`field${shown ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {shown ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {shown}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        className="input input--date"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setText(e.target.value);
          const trimmed = e.target.value.trim();
          onChange(trimmed === '' ? '' : parseUkDate(trimmed));
        }}
        onBlur={() => {
          const trimmed = text.trim();
          if (!trimmed) return setOwnError(undefined);
          const iso = parseUkDate(trimmed);
          if (iso) {
            setText(formatUkDate(iso));
            setOwnError(undefined);
          } else setOwnError('Enter a real date, for example 22/11/2026.');
        }}
      />
    </div>
  );
}
