import type { ReactNode } from 'react';
import type { LgpDecision } from '../../../../shared/domain/vocabulary';
import { FORM_FIELDS, fieldLabel, TEXT_FIELD_LABELS, type MinuteField, type TextField } from '../../../../shared/minutes/fields';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import type { MinuteItem } from '../../../../shared/schemas/minutes';
import { AssessmentsTable } from './fields/AssessmentsTable';
import { CpmPlanUpdate } from './fields/CpmPlanUpdate';
import { LegalOrderField } from './fields/LegalOrderField';
import { KeyDatesTable } from './fields/KeyDatesTable';
import { LgpDecisionField } from './fields/LgpDecisionField';
import { LgpRecordUpdate } from './fields/LgpRecordUpdate';
import { MinuteDate } from './fields/MinuteDate';
import { MinuteText } from './fields/MinuteText';
import { PapersField } from './fields/PapersField';
import { PermanenceOptionsField } from './fields/PermanenceOptionsField';
import { SmartPlanTable } from './fields/SmartPlanTable';
import { YesNoField } from './fields/YesNoField';
import { useMinutesContext } from './minutes-context';
import { useMinuteField } from './use-minute-field';

const HINTS: Partial<Record<MinuteField, string>> = {
  childViews: 'In the child’s own words where you can.',
  dissent: 'Anyone who disagreed with a decision, and why.',
  lgpReasons: 'Why the panel reached its decision.',
  nextMeetingReason: 'Only if no date is booked.',
  parentsToldHow: 'Who will tell them, and when.',
};

/** Where the Care Planning Meeting Record's two parts begin (Dorset's sections). */
const CPM_GROUPS: Partial<Record<MinuteField, string>> = {
  communication: 'The child’s needs',
  permanenceOptions: 'The meeting',
};

const isText = (field: MinuteField): field is TextField => field in TEXT_FIELD_LABELS;

/** The item's fields in the order its form lists them; some appear only once an earlier answer calls for them. */
export function ItemFields({ item, agendaItem }: { item: MinuteItem; agendaItem: AgendaItem }) {
  const { form, readOnly } = useMinutesContext();
  const { itemId, values } = item;
  // Held here because the fields after them depend on them.
  const decision = useMinuteField<LgpDecision | null>(itemId, 'lgpDecision', values.lgpDecision, null);
  const invited = useMinuteField<boolean | null>(itemId, 'parentsInvited', values.parentsInvited, null);

  function shown(field: MinuteField): boolean {
    if (field === 'lgpPlanAfter') return decision.value === 'threshold_not_met';
    if (field === 'lgpOther') return decision.value === 'other';
    if (field === 'parentsNotInvitedWhy' || field === 'parentsToldHow') return invited.value === false;
    return true;
  }

  function render(field: MinuteField): ReactNode {
    const label = fieldLabel(field);
    if (isText(field)) return <MinuteText itemId={itemId} field={field} label={label} hint={HINTS[field]} fromCore={values[field]} />;
    switch (field) {
      case 'nextReview':
        return <MinuteDate itemId={itemId} field={field} label={label} hint="When these children should next come back." fromCore={values.nextReview} suggested={item.suggestedReview} />;
      case 'nextMeetingDate':
        return (
          <MinuteDate
            itemId={itemId}
            field={field}
            label={label}
            hint="Book it before this meeting closes: give a date, or record below why it is not booked yet."
            fromCore={values.nextMeetingDate}
            suggested={item.suggestedReview}
          />
        );
      case 'papersProvided':
        return <PapersField itemId={itemId} label={label} fromCore={values.papersProvided} booked={agendaItem.papers} />;
      case 'lgpDecision':
        return (
          <>
            <LgpDecisionField itemId={itemId} label={label} value={decision.value} onChange={(v) => decision.set(v, true)} error={decision.error} />
            {decision.value && !readOnly ? <LgpRecordUpdate itemId={itemId} /> : null}
          </>
        );
      case 'assessments':
        return <AssessmentsTable itemId={itemId} label={label} fromCore={values.assessments} />;
      case 'planRatified':
      case 'raaStage1':
      case 'notReached':
        return <BooleanField itemId={itemId} field={field} label={label} fromCore={values[field]} />;
      case 'parentsInvited':
        return <YesNoField itemId={itemId} field={field} label={label} value={invited.value} onChange={(v) => invited.set(v, true)} error={invited.error} />;
      case 'permanenceOptions':
        return <PermanenceOptionsField itemId={itemId} label={label} fromCore={values.permanenceOptions} />;
      case 'legalOrderSought':
        return (
          <>
            <LegalOrderField itemId={itemId} label={label} fromCore={values.legalOrderSought} />
            <CpmPlanUpdate itemId={itemId} />
          </>
        );
      case 'keyDates':
        return <KeyDatesTable itemId={itemId} label={label} fromCore={values.keyDates} />;
      case 'smartPlan':
        return <SmartPlanTable itemId={itemId} label={label} fromCore={values.smartPlan} />;
    }
  }

  return (
    <div id="item-fields" className="item-fields">
      {FORM_FIELDS[form].filter(shown).map((field) => (
        <div key={field} className="item-fields__field">
          {form === 'cpm' && CPM_GROUPS[field] ? <h4 className="item-fields__group">{CPM_GROUPS[field]}</h4> : null}
          {render(field)}
        </div>
      ))}
    </div>
  );
}

/** A yes/no field that nothing else depends on, holding its own value. */
function BooleanField({ itemId, field, label, fromCore }: { itemId: number; field: 'planRatified' | 'raaStage1' | 'notReached'; label: string; fromCore: boolean | null | undefined }) {
  const { value, set, error } = useMinuteField<boolean | null>(itemId, field, fromCore, null);
  return <YesNoField itemId={itemId} field={field} label={label} value={value} onChange={(v) => set(v, true)} error={error} />;
}
