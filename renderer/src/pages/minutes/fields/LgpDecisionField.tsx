import { LGP_DECISION, type LgpDecision } from '../../../../../shared/domain/vocabulary';
import { useMinutesContext } from '../minutes-context';
import { RadioGroup } from '../RadioGroup';
import { fieldId } from './MinuteText';

const OPTIONS = LGP_DECISION.values.map((v) => ({ value: v, label: LGP_DECISION.labels[v] }));

/** The Legal Gateway decision; the caller holds it, since the fields that follow depend on it. */
export function LgpDecisionField({ itemId, label, value, onChange, error }: { itemId: number; label: string; value: LgpDecision | null; onChange(v: LgpDecision): void; error?: string }) {
  const { readOnly } = useMinutesContext();
  return <RadioGroup name={fieldId(itemId, 'lgpDecision')} legend={label} options={OPTIONS} value={value} onChange={onChange} disabled={readOnly} error={error} />;
}
