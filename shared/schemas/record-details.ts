import { z } from 'zod';
import { KEY_DATE_TYPE, LEGAL_ORDER_SOUGHT, LEGAL_STATUS, LGP_DECISION, PERMANENCE_OPTION, PLACEMENT_TYPE } from '../domain/vocabulary';
import { storedIsoDate } from './common';

const option = z.enum(PERMANENCE_OPTION.values);

/**
 * A child's core details, plan and the key dates on their record, as a meeting's record
 * prints them (Dorset's "summary of core details"). Kept as they stood when the meeting
 * started, so a record exported later still says what was true on the day, and a Legal
 * Gateway record can say what the child's status was at the panel as well as after it.
 */
export const recordDetails = z.object({
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: storedIsoDate.nullable(),
  isUnborn: z.boolean(),
  legalStatus: z.enum(LEGAL_STATUS.values),
  placementType: z.enum(PLACEMENT_TYPE.values).nullable(),
  dateEnteredCare: storedIsoDate.nullable(),
  teamName: z.string().nullable(),
  socialWorker: z.string().nullable(),
  iro: z.string().nullable(),
  plan: z.object({ primary: option.nullable(), parallel: z.array(option), legalOrderSought: z.enum(LEGAL_ORDER_SOUGHT.values).nullable() }).nullable(),
  proceedingsIssued: storedIsoDate.nullable(),
  week26Date: storedIsoDate.nullable(),
  keyDates: z.array(
    z.object({
      type: z.enum(KEY_DATE_TYPE.values),
      date: storedIsoDate,
      label: z.string().nullable(),
      decision: z.enum(LGP_DECISION.values).nullable(),
    }),
  ),
});
export type RecordDetails = z.infer<typeof recordDetails>;

/** A child's details for one item's record, and whether they were kept when the meeting started (false: read from the record as it is now). */
export interface ItemRecordDetails {
  details: RecordDetails;
  kept: boolean;
}
