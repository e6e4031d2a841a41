import { FAMILY_FINDING, FAMILY_FINDING_FOR, type FamilyFinding } from '../../../../../shared/domain/minutes-vocabulary';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { useMinutesContext } from '../minutes-context';
import { RadioGroup } from '../RadioGroup';
import { useMinuteField } from '../use-minute-field';
import { FieldsetFrame } from './FieldsetFrame';
import { fieldId } from './MinuteText';

type Value = NonNullable<MinuteValues['familyFinding']>;

const OPTIONS = FAMILY_FINDING.values.map((v) => ({ value: v, label: FAMILY_FINDING.labels[v] }));

/** The early family finding decision, made for adoption and for permanent fostering separately (Walsall). */
export function FamilyFindingField({ itemId, label, hint, fromCore }: { itemId: number; label: string; hint?: string; fromCore: Value | null | undefined }) {
  const { readOnly } = useMinutesContext();
  const { value, set, error } = useMinuteField<Value | null>(itemId, 'familyFinding', fromCore, null);
  const id = fieldId(itemId, 'familyFinding');
  const current: Value = value ?? { adoption: null, fostering: null };
  return (
    <FieldsetFrame id={id} legend={label} hint={hint} error={error}>
      {FAMILY_FINDING_FOR.values.map((f) => (
        <RadioGroup<FamilyFinding>
          key={f}
          name={`${id}-${f}`}
          legend={FAMILY_FINDING_FOR.labels[f]}
          options={OPTIONS}
          value={current[f]}
          disabled={readOnly}
          onChange={(v) => set({ ...current, [f]: v }, true)}
        />
      ))}
    </FieldsetFrame>
  );
}
