import { PERMANENCE_OPTION, type PermanenceOption } from '../../../../../shared/domain/vocabulary';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { useMinutesContext } from '../minutes-context';
import { FieldsetFrame } from './FieldsetFrame';
import { fieldId } from './MinuteText';

export type Options = NonNullable<MinuteValues['permanenceOptions']>;

export const primaryPlanId = (itemId: number) => `${fieldId(itemId, 'permanenceOptions')}-primary`;

/**
 * The primary plan and any parallel ones (twin or triple tracking); a parallel plan cannot
 * also be the primary. The caller holds the value: at Legal Gateway the fields after it
 * (ratified, the Stage 1 notification) depend on it. `fromRecord` offers the plan already on
 * the child's record, so it need not be chosen again.
 */
export function PermanenceOptionsField({
  itemId,
  label,
  hint,
  value,
  onChange,
  error,
  fromRecord,
}: {
  itemId: number;
  label: string;
  hint?: string;
  value: Options | null;
  onChange(v: Options): void;
  error?: string;
  fromRecord?: { words: string; plan: Options } | null;
}) {
  const { readOnly } = useMinutesContext();
  const current: Options = value ?? { primary: null, parallel: [] };
  const id = fieldId(itemId, 'permanenceOptions');
  const setPrimary = (primary: PermanenceOption | null) => onChange({ primary, parallel: current.parallel.filter((p) => p !== primary) });
  const toggle = (option: PermanenceOption, on: boolean) =>
    onChange({ ...current, parallel: on ? PERMANENCE_OPTION.values.filter((v) => v === option || current.parallel.includes(v)) : current.parallel.filter((p) => p !== option) });
  return (
    <FieldsetFrame id={id} legend={label} hint={hint} error={error}>
      {fromRecord && !current.primary && !readOnly ? (
        <p className="button-row button-row--tight">
          <span>On the child’s record: {fromRecord.words}.</span>
          <button type="button" className="button button--small button--secondary" onClick={() => onChange(fromRecord.plan)}>
            Use the plan on the record
          </button>
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={primaryPlanId(itemId)}>
          Primary plan
        </label>
        <select id={primaryPlanId(itemId)} className="select" value={current.primary ?? ''} disabled={readOnly} onChange={(e) => setPrimary((e.target.value || null) as PermanenceOption | null)}>
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
    </FieldsetFrame>
  );
}
