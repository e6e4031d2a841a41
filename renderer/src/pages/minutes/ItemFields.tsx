import type { ReactNode } from 'react';
import { yearsOld } from '../../../../shared/domain/age';
import { PERMANENCE_OPTION, type LgpDecision } from '../../../../shared/domain/vocabulary';
import { cpmGroupStartingAt, FORM_FIELDS, formFieldLabel, TEXT_FIELD_LABELS, TRANSITION_AGE, type MinuteField, type TextField } from '../../../../shared/minutes/fields';
import { keyDateWords } from '../../../../shared/minutes/key-date-words';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import type { MinuteItem } from '../../../../shared/schemas/minutes';
import { personName } from '../../../../shared/domain/words';
import { formatUkDate } from '../../../../shared/domain/dates';
import { AssessmentsTable } from './fields/AssessmentsTable';
import { FamilyFindingField } from './fields/FamilyFindingField';
import { CpmPlanUpdate } from './fields/CpmPlanUpdate';
import { LegalOrderField } from './fields/LegalOrderField';
import { KeyDatesTable } from './fields/KeyDatesTable';
import { LgpDecisionField } from './fields/LgpDecisionField';
import { PlanRatifiedField, RaaStage1Field } from './fields/LgpPlanFields';
import { LgpRecordUpdate } from './fields/LgpRecordUpdate';
import { MinuteDate } from './fields/MinuteDate';
import { fieldId, MinuteText } from './fields/MinuteText';
import { PapersField } from './fields/PapersField';
import { type Options, PermanenceOptionsField } from './fields/PermanenceOptionsField';
import { SmartPlanTable } from './fields/SmartPlanTable';
import { YesNoField } from './fields/YesNoField';
import { guidance } from './guidance';
import { useMinutesContext } from './minutes-context';
import { AutosaveConflict } from '../../components/EditConflict';
import { useAutosaveStore } from '../../components/use-autosave';
import { minuteKey, useMinuteField } from './use-minute-field';

const isText = (field: MinuteField): field is TextField => field in TEXT_FIELD_LABELS;

const planWords = (p: Options) => [p.primary ? `primary ${PERMANENCE_OPTION.labels[p.primary]}` : '', ...p.parallel.map((o) => `parallel ${PERMANENCE_OPTION.labels[o]}`)].filter(Boolean).join('; ');

/** The item's fields in the order its form lists them, each with its guidance; some appear only once an earlier answer calls for them. */
export function ItemFields({ item, agendaItem }: { item: MinuteItem; agendaItem: AgendaItem }) {
  const { form, readOnly, meetingDate } = useMinutesContext();
  const { itemId, values } = item;
  // Each field's saves are typed over the version this read gave (a field never saved: 0).
  const store = useAutosaveStore();
  for (const f of FORM_FIELDS[form]) store.knowVersion(minuteKey(itemId, f), item.versions[f] ?? 0);
  // Held here because the fields after them depend on them.
  const decision = useMinuteField<LgpDecision | null>(itemId, 'lgpDecision', values.lgpDecision, null);
  const invited = useMinuteField<boolean | null>(itemId, 'parentsInvited', values.parentsInvited, null);
  const plan = useMinuteField<Options | null>(itemId, 'permanenceOptions', values.permanenceOptions, null);

  // The plans on the children's records, for what Legal Gateway may ratify and whether adoption is among the options.
  const recordPlans = item.glance.map((g) => g.plan);
  const itemPlan = plan.value?.primary ? plan.value : null;
  const canRatify = itemPlan !== null || (recordPlans.length > 0 && recordPlans.every((p) => p?.primary));
  const adoptionIsAnOption = (itemPlan ? [itemPlan] : recordPlans).some((p) => p && (p.primary === 'adoption' || p.parallel.includes('adoption')));
  const onlyRecordPlan = item.glance.length === 1 && item.glance[0]!.plan?.primary ? item.glance[0]!.plan : null;
  // Dorset: transition planning for rising 18s starts early.
  const transitionDue = item.glance.some((g) => g.dateOfBirth !== null && (yearsOld(g.dateOfBirth, meetingDate) ?? 0) >= TRANSITION_AGE);
  const names = agendaItem.children.map(personName).join(' and ');
  const recordKeyDates = [...new Map(item.glance.flatMap((g) => g.keyDates).map((k) => [`${k.date}|${keyDateWords(k)}`, { what: keyDateWords(k), date: k.date }])).values()].sort((a, b) => a.date.localeCompare(b.date));

  function shown(field: MinuteField): boolean {
    if (field === 'lgpPlanAfter') return decision.value === 'threshold_not_met';
    if (field === 'lgpOther') return decision.value === 'other';
    if (field === 'parentsNotInvitedWhy' || field === 'parentsToldHow') return invited.value === false;
    if (field === 'transition') return transitionDue || Boolean(values.transition?.trim());
    return true;
  }

  function render(field: MinuteField): ReactNode {
    const label = formFieldLabel(form, field);
    const hint = guidance(form, field);
    if (isText(field)) return <MinuteText itemId={itemId} field={field} label={label} hint={hint} fromCore={values[field]} />;
    switch (field) {
      case 'nextReview':
        return <MinuteDate itemId={itemId} field={field} label={label} hint="When these children should next come back." fromCore={values.nextReview} suggested={item.suggestedReview} />;
      case 'nextMeetingDate':
        return <MinuteDate itemId={itemId} field={field} label={label} hint={hint} fromCore={values.nextMeetingDate} suggested={item.suggestedReview} />;
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
        return <PlanRatifiedField itemId={itemId} label={label} hint={hint} fromCore={values.planRatified} canRatify={canRatify} />;
      case 'raaStage1':
        return <RaaStage1Field itemId={itemId} label={label} hint={hint} fromCore={values.raaStage1} adoptionIsAnOption={adoptionIsAnOption} childNames={names} />;
      case 'notReached':
        return <BooleanField itemId={itemId} field={field} label={label} fromCore={values[field]} />;
      case 'parentsInvited':
        return <YesNoField itemId={itemId} field={field} label={label} hint={hint} value={invited.value} onChange={(v) => invited.set(v, true)} error={invited.error} />;
      case 'permanenceOptions':
        return (
          <PermanenceOptionsField
            itemId={itemId}
            label={label}
            hint={hint}
            value={plan.value}
            onChange={(v) => plan.set(v, true)}
            error={plan.error}
            fromRecord={form === 'lgp' && onlyRecordPlan ? { words: planWords(onlyRecordPlan), plan: onlyRecordPlan } : null}
          />
        );
      case 'familyFinding':
        return <FamilyFindingField itemId={itemId} label={label} hint={hint} fromCore={values.familyFinding} />;
      case 'legalOrderSought':
        return (
          <>
            <LegalOrderField itemId={itemId} label={label} fromCore={values.legalOrderSought} />
            <CpmPlanUpdate itemId={itemId} />
          </>
        );
      case 'keyDates':
        return <KeyDatesTable itemId={itemId} label={label} hint={hint} fromCore={values.keyDates} onRecord={recordKeyDates} />;
      case 'smartPlan':
        return <SmartPlanTable item={item} agendaItem={agendaItem} label={label} hint={hint} />;
    }
  }

  return (
    <div id="item-fields" className="item-fields">
      {FORM_FIELDS[form].filter(shown).map((field) => {
        const group = form === 'cpm' ? cpmGroupStartingAt(field) : undefined;
        return (
          <div key={field} className="item-fields__field">
            {group ? <h4 className="item-fields__group">{group}</h4> : null}
            {render(field)}
            <AutosaveConflict storeKey={minuteKey(itemId, field)} id={fieldId(itemId, field)} describe={(mine) => (typeof mine !== 'string' ? '' : isText(field) ? mine : formatUkDate(mine))} />
          </div>
        );
      })}
    </div>
  );
}

/** A yes/no field that nothing else depends on, holding its own value. */
function BooleanField({ itemId, field, label, fromCore }: { itemId: number; field: 'notReached'; label: string; fromCore: boolean | null | undefined }) {
  const { value, set, error } = useMinuteField<boolean | null>(itemId, field, fromCore, null);
  return <YesNoField itemId={itemId} field={field} label={label} value={value} onChange={(v) => set(v, true)} error={error} />;
}
