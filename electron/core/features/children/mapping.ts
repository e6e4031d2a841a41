import { childFields, type Child, type ChildFieldsInput, type KeyDate, type PermanencePlan, type RagRating } from '../../../../shared/schemas/child';
import type { ChildRow, KeyDateRow, PlanRow, RagRow } from '../../db/schema';
import { permanencePlans } from '../../data/tables/permanence-plans';

// Rows hold values the schemas already checked on the way in, so these casts only restore their types.
export function toChild(row: ChildRow): Child {
  return {
    id: row.id,
    caseRef: row.case_ref,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    isUnborn: row.is_unborn === 1,
    gender: row.gender,
    ethnicity: row.ethnicity,
    teamId: row.team_id,
    socialWorkerId: row.social_worker_id,
    teamManagerId: row.team_manager_id,
    iroId: row.iro_id,
    legalStatus: row.legal_status,
    dateEnteredCare: row.date_entered_care,
    placementType: row.placement_type,
    siblingGroupId: row.sibling_group_id,
    closedOn: row.closed_on,
    closedReason: row.closed_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

const FIELD_KEYS = Object.keys(childFields.shape) as (keyof ChildFieldsInput)[];

/** The fields a person edits, as the form and the import compare them: exactly the keys of the shared schema. */
export function editableFields(child: Child): ChildFieldsInput {
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, child[key]])) as ChildFieldsInput;
}

export function toPlan(row: PlanRow): PermanencePlan {
  return {
    id: row.id,
    childId: row.child_id,
    primaryOption: row.primary_option,
    parallelOptions: permanencePlans.columns.parallel_options.decode(row.parallel_options),
    legalOrderSought: row.legal_order_sought,
    ratifiedOn: row.ratified_on,
    ratifiedAt: row.ratified_at,
    notes: row.notes,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    agreedOn: row.agreed_on,
    optionsSince: row.options_since,
    changedOption: row.changed_option === 1,
    meetingId: row.meeting_id,
    gmRatifiedBy: row.gm_ratified_by,
    gmRatifiedOn: row.gm_ratified_on,
  };
}

export function toKeyDate(row: KeyDateRow): KeyDate {
  return {
    id: row.id,
    childId: row.child_id,
    type: row.type,
    date: row.date,
    label: row.label,
    decision: row.decision,
    notes: row.notes,
  };
}

export function toRag(row: RagRow): RagRating {
  return {
    id: row.id,
    childId: row.child_id,
    rating: row.rating,
    reason: row.reason,
    ratedOn: row.rated_on,
    source: row.source,
    meetingId: row.meeting_id,
    recordedBy: row.recorded_by,
  };
}

export function childName(row: { first_name: string; last_name: string }): string {
  return `${row.first_name} ${row.last_name}`;
}
