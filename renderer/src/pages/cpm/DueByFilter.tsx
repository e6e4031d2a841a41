import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { parseUkDate } from '../../../../shared/domain/parse-uk-date';

/**
 * A date filter that sits in line with the other filters: DateField's hint and spacing
 * suit a form, not a filter bar. Reads dates the same way (22/11/2026, 22 Nov 2026) and
 * hands up ISO, '' when empty, or undefined while the text is not a real date.
 */
export function DueByFilter({ onChange }: { onChange(iso: string | undefined): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  return (
    <div className="filters__field">
      <label htmlFor="cpm-due-by">
        Due by <span className="field__optional">(optional)</span>
      </label>
      <span id="cpm-due-by-hint" className="visually-hidden">
        Use the format dd/mm/yyyy, for example 22/11/2026.
      </span>
      {error ? (
        <span id="cpm-due-by-error" className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <input
        id="cpm-due-by"
        className="input input--date"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`cpm-due-by-hint${error ? ' cpm-due-by-error' : ''}`}
        onChange={(e) => {
          setText(e.target.value);
          const trimmed = e.target.value.trim();
          onChange(trimmed === '' ? '' : parseUkDate(trimmed));
        }}
        onBlur={() => {
          const trimmed = text.trim();
          const iso = trimmed ? parseUkDate(trimmed) : '';
          if (iso !== undefined) {
            setText(formatUkDate(iso));
            setError(undefined);
          } else setError('Enter a real date, for example 22/11/2026.');
        }}
      />
    </div>
  );
}
