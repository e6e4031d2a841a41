import { useRef, useState } from 'react';
import { focusSoon } from '../../../components/focus-soon';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';
import { primaryPlanId } from './PermanenceOptionsField';
import { YesNoField } from './YesNoField';

/**
 * "Initial permanence plan ratified": Yes only once there is a plan to ratify, recorded at the
 * panel or already on the child's record. Otherwise the person is told so and taken to the plan.
 */
export function PlanRatifiedField({ itemId, label, hint, fromCore, canRatify }: { itemId: number; label: string; hint?: string; fromCore: boolean | null | undefined; canRatify: boolean }) {
  const { value, set, error } = useMinuteField<boolean | null>(itemId, 'planRatified', fromCore, null);
  const [needsPlan, setNeedsPlan] = useState(false);
  return (
    <YesNoField
      itemId={itemId}
      field="planRatified"
      label={label}
      hint={hint}
      value={value}
      error={needsPlan && !canRatify ? 'Record the initial permanence plan first (choose its primary option above), then ratify it.' : error}
      onChange={(v) => {
        if (v && !canRatify) {
          setNeedsPlan(true);
          focusSoon(primaryPlanId(itemId));
          return;
        }
        setNeedsPlan(false);
        set(v, true);
      }}
    />
  );
}

/**
 * "RAA Stage 1 notification needed": a notification goes to the adoption agency when adoption is
 * one of the plans. When it is not, Yes is asked about first, and recorded only if the person says so.
 */
export function RaaStage1Field({ itemId, label, hint, fromCore, adoptionIsAnOption, childNames }: { itemId: number; label: string; hint?: string; fromCore: boolean | null | undefined; adoptionIsAnOption: boolean; childNames: string }) {
  const confirmed = useRef(false);
  const { value, set, error } = useMinuteField<boolean | null>(itemId, 'raaStage1', fromCore, null, { extra: (v) => (v === true && confirmed.current ? { confirm: true } : {}) });
  const [asking, setAsking] = useState(false);
  const base = fieldId(itemId, 'raaStage1');
  return (
    <>
      <YesNoField
        itemId={itemId}
        field="raaStage1"
        label={label}
        hint={hint}
        value={asking ? null : value}
        error={error}
        onChange={(v) => {
          if (v && !adoptionIsAnOption) {
            setAsking(true);
            focusSoon(`${base}-confirm`);
            return;
          }
          confirmed.current = false;
          set(v, true);
        }}
      />
      {asking ? (
        <div className="panel" role="region" aria-labelledby={`${base}-ask`}>
          <p id={`${base}-ask`}>
            Adoption is not among the permanence options recorded for {childNames}. A Stage 1 notification goes to the Regional Adoption Agency when adoption is one of the plans. Record it as needed anyway?
          </p>
          <div className="button-row button-row--tight">
            <button
              id={`${base}-confirm`}
              type="button"
              className="button button--small"
              onClick={() => {
                confirmed.current = true;
                setAsking(false);
                set(true, true);
                focusSoon(`${base}-yes`);
              }}
            >
              Yes, it is needed
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                setAsking(false);
                focusSoon(`${base}-no`);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
