import { useState } from 'react';
import { formatUkDate } from '../../../../../shared/domain/dates';
import { UK_DATE_HINT } from '../../../../../shared/domain/parse-uk-date';
import type { StructuredField } from '../../../../../shared/minutes/fields';
import { DateField } from '../../../components/DateField';
import { focusSoon } from '../../../components/focus-soon';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';

/**
 * A date in the minutes (next review, next meeting), saved once it is a real date or
 * emptied. With `suggested`, offers the review engine's date in one keypress.
 */
export function MinuteDate({ itemId, field, label, hint, fromCore, suggested }: { itemId: number; field: StructuredField; label: string; hint?: string; fromCore: string | null | undefined; suggested?: string | null }) {
  const { readOnly } = useMinutesContext();
  const id = fieldId(itemId, field);
  const { value, set, flush, error } = useMinuteField<string | null>(itemId, field, fromCore, null);
  // DateField keeps the text as typed; drawing it afresh is how a chosen suggestion reaches it.
  const [generation, setGeneration] = useState(0);
  if (readOnly) {
    return (
      <div className="field">
        <p className="field__label" id={id}>
          {label}
        </p>
        <p>{value ? formatUkDate(value) : 'Not recorded'}</p>
      </div>
    );
  }
  const fullHint = `${hint ? `${hint} ` : ''}${UK_DATE_HINT}`;
  return (
    <div className="minutes-date" onBlur={() => void flush()}>
      <DateField
        key={generation}
        id={id}
        label={label}
        hint={fullHint}
        value={value ?? ''}
        error={error}
        onChange={(iso) => {
          if (iso !== undefined) set(iso === '' ? null : iso);
        }}
      />
      {suggested && suggested !== value ? (
        <p className="minutes-date__suggestion">
          Suggested: {formatUkDate(suggested)}{' '}
          <button
            type="button"
            className="button button--small button--secondary"
            aria-label={`Use the suggested date, ${formatUkDate(suggested)}, for ${label.toLowerCase()}`}
            onClick={() => {
              set(suggested, true);
              setGeneration((g) => g + 1);
              focusSoon(id);
            }}
          >
            Use it
          </button>
        </p>
      ) : null}
    </div>
  );
}
