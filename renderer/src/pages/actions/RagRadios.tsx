import { RAG, type Rag } from '../../../../shared/domain/vocabulary';

/** A RAG chosen by radio buttons, or none: the Shropshire action plan's Progress RAG and Impact RAG. */
export function RagRadios({ name, legend, hint, value, onChange, error }: { name: string; legend: string; hint?: string; value: Rag | null; onChange(v: Rag | null): void; error?: string }) {
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? <p className="field__error">{error}</p> : null}
      <div className="actions__radios">
        {RAG.values.map((r) => (
          <div className="radio" key={r}>
            <input id={`${name}-${r}`} type="radio" name={name} checked={value === r} onChange={() => onChange(r)} />
            <label htmlFor={`${name}-${r}`}>{RAG.labels[r]}</label>
          </div>
        ))}
        <div className="radio">
          <input id={`${name}-none`} type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
          <label htmlFor={`${name}-none`}>No rating</label>
        </div>
      </div>
    </fieldset>
  );
}
