import { FAMILY_FINDING, FAMILY_FINDING_FOR, LGP_ASSESSMENT } from '../domain/minutes-vocabulary';
import { LEGAL_ORDER_SOUGHT, LGP_DECISION, PERMANENCE_OPTION } from '../domain/vocabulary';
import type { MinuteSaveInput } from '../schemas/minutes';
import { SMART_COLUMNS } from './smart-plan';

/**
 * The words of a field as a person would search for them: the text itself, or the
 * labels and typed text inside a structured value (never its JSON keys or codes).
 */
/** A field and its value, as a save sends them (its item and version are not part of the words). */
type FieldValue = MinuteSaveInput extends infer S ? (S extends MinuteSaveInput ? Pick<S, 'field' | 'value'> : never) : never;

export function searchTextOf(save: FieldValue): string {
  switch (save.field) {
    case 'lgpDecision':
      return save.value === null ? '' : LGP_DECISION.labels[save.value];
    case 'assessments':
      return (save.value ?? []).map((a) => `${LGP_ASSESSMENT.labels[a.kind]} ${a.detail}`).join('\n');
    case 'permanenceOptions':
      return save.value === null ? '' : [save.value.primary, ...save.value.parallel].flatMap((o) => (o === null ? [] : [PERMANENCE_OPTION.labels[o]])).join('\n');
    case 'legalOrderSought':
      return save.value === null ? '' : LEGAL_ORDER_SOUGHT.labels[save.value];
    case 'keyDates':
      return (save.value ?? []).map((k) => k.what).join('\n');
    case 'smartPlan':
      return (save.value ?? []).map((r) => SMART_COLUMNS.map((c) => r[c.key]).join('\n')).join('\n');
    case 'familyFinding':
      return save.value === null ? '' : FAMILY_FINDING_FOR.values.flatMap((f) => (save.value?.[f] ? [`Early family finding ${FAMILY_FINDING_FOR.labels[f].toLowerCase()}: ${FAMILY_FINDING.labels[save.value[f]]}`] : [])).join('\n');
    case 'nextReview':
    case 'nextMeetingDate':
    case 'papersProvided':
    case 'planRatified':
    case 'raaStage1':
    case 'parentsInvited':
    case 'notReached':
      return '';
    default:
      return save.value;
  }
}
