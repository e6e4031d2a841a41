import type { ReactNode } from 'react';

interface BaseProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

/** Label, hint and error are tied to the control so screen readers announce them together. */
export function FieldFrame({ id, label, hint, error, optional, children }: BaseProps & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField(props: BaseProps & { value: string; onChange(value: string): void; type?: 'text' | 'email'; autoComplete?: string; autoFocus?: boolean }) {
  const { id, hint, error, value, onChange, type = 'text', autoComplete = 'off', autoFocus } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={id}
        className="input"
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={type === 'text'}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: BaseProps & { value: string; onChange(value: string): void; options: Option[]; placeholder?: string }) {
  const { id, hint, error, value, onChange, options, placeholder } = props;
  return (
    <FieldFrame {...props}>
      <select id={id} name={id} className="select" value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
