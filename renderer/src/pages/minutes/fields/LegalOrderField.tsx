import { LEGAL_ORDER_SOUGHT, type LegalOrderSought } from '../../../../../shared/domain/vocabulary';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';

/** The legal order the plan for permanence seeks: with the options, it is what is offered to the child's plan on close. */
export function LegalOrderField({ itemId, label, fromCore }: { itemId: number; label: string; fromCore: LegalOrderSought | null | undefined }) {
  const { readOnly } = useMinutesContext();
  const { value, set, error } = useMinuteField<LegalOrderSought | null>(itemId, 'legalOrderSought', fromCore, null);
  const id = fieldId(itemId, 'legalOrderSought');
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? <p className="field__error">{error}</p> : null}
      <select id={id} className="select" value={value ?? ''} disabled={readOnly} onChange={(e) => set((e.target.value || null) as LegalOrderSought | null, true)}>
        <option value="">Not recorded</option>
        {LEGAL_ORDER_SOUGHT.values.map((v) => (
          <option key={v} value={v}>
            {LEGAL_ORDER_SOUGHT.labels[v]}
          </option>
        ))}
      </select>
    </div>
  );
}
