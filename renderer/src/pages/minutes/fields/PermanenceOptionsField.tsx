import { PERMANENCE_OPTION, type PermanenceOption } from '../../../../../shared/domain/vocabulary';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';

type Options = NonNullable<MinuteValues['permanenceOptions']>;

/** The primary plan and any parallel ones (twin or triple tracking); a parallel plan cannot also be the primary. */
export function PermanenceOptionsField({ itemId, label, fromCore }: { itemId: number; label: string; fromCore: Options | null | undefined }) {
  const { readOnly } = useMinutesContext();
  const { value, set, error } = useMinuteField<Options | null>(itemId, 'permanenceOptions', fromCore, null);
  const current: Options = value ?? { primary: null, parallel: [] };
  const id = fieldId(itemId, 'permanenceOptions');
  const setPrimary = (primary: PermanenceOption | null) => set({ primary, parallel: current.parallel.filter((p) => p !== primary) }, true);
  const toggle = (option: PermanenceOption, on: boolean) =>
    set({ ...current, parallel: on ? PERMANENCE_OPTION.values.filter((v) => v === option || current.parallel.includes(v)) : current.parallel.filter((p) => p !== option) }, true);
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`}>
      <legend className="field__label">{label}</legend>
      {error ? <p className="field__error">{error}</p> : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-primary`}>
          Primary plan
        </label>
        <select id={`${id}-primary`} className="select" value={current.primary ?? ''} disabled={readOnly} onChange={(e) => setPrimary((e.target.value || null) as PermanenceOption | null)}>
          <option value="">None agreed</option>
          {PERMANENCE_OPTION.values.map((v) => (
            <option key={v} value={v}>
              {PERMANENCE_OPTION.labels[v]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">Parallel plans</legend>
        <p className="field__hint">Options tracked alongside the primary plan, if any.</p>
        {PERMANENCE_OPTION.values.map((v) => (
          <div className="checkbox" key={v}>
            <input
              id={`${id}-parallel-${v}`}
              type="checkbox"
              checked={current.parallel.includes(v)}
              disabled={readOnly || current.primary === v}
              onChange={(e) => toggle(v, e.target.checked)}
            />
            <label htmlFor={`${id}-parallel-${v}`}>
              {PERMANENCE_OPTION.labels[v]}
              {current.primary === v ? <span className="muted"> (the primary plan)</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}
