import type { ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/**
 * A native radio group in a fieldset: Tab reaches it once, the arrow keys choose, and the
 * legend names it. Disabled (not hidden) when the minutes are approved, so it can still be read.
 */
export function RadioGroup<V extends string>({
  name,
  legend,
  legendHidden,
  options,
  value,
  onChange,
  disabled,
  error,
  hint,
  inline,
}: {
  name: string;
  legend: ReactNode;
  legendHidden?: boolean;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange(value: V): void;
  disabled?: boolean;
  error?: string;
  hint?: string;
  inline?: boolean;
}) {
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}${inline ? ' radios--inline' : ''}`} aria-describedby={described}>
      <legend className={legendHidden ? 'visually-hidden' : 'field__label'}>{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="radios">
        {options.map((o) => (
          <div className="radio" key={o.value}>
            <input id={`${name}-${o.value}`} type="radio" name={name} value={o.value} checked={value === o.value} disabled={disabled} onChange={() => onChange(o.value)} />
            <label htmlFor={`${name}-${o.value}`}>
              {o.hint ? (
                <>
                  <strong>{o.label}</strong>
                  <span className="radio__hint">: {o.hint}</span>
                </>
              ) : (
                o.label
              )}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
