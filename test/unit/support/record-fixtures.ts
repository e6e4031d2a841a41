import { docItem } from '../../../electron/core/export/minutes/doc-item';
import type { MinutesDocModel } from '../../../electron/core/export/minutes/model';
import { type ReviewSettings, WALSALL_DEFAULTS } from '../../../shared/review/types';
import type { ActionRow } from '../../../shared/schemas/actions';
import type { MinuteItem, MinuteValues } from '../../../shared/schemas/minutes';
import type { RecordDetails } from '../../../shared/schemas/record-details';

/** Rowan's record as it stood at the meeting: a hearing on 23/01/2027 and the week-26 date are already on it. */
export const ROWAN: RecordDetails = {
  caseRef: 'WS-5007',
  firstName: 'Rowan',
  lastName: 'Ashby',
  dateOfBirth: '2020-02-29',
  isUnborn: false,
  legalStatus: 'interim_care_order',
  placementType: 'foster_agency',
  dateEnteredCare: '2026-05-01',
  teamName: 'North',
  socialWorker: 'Sam Social',
  iro: 'Ira Reviewer',
  plan: { primary: 'adoption', parallel: ['special_guardianship'], legalOrderSought: 'placement_order' },
  proceedingsIssued: '2026-07-22',
  week26Date: '2027-01-20',
  keyDates: [
    { type: 'proceedings_issued', date: '2026-07-22', label: null, decision: null },
    { type: 'hearing', date: '2027-01-12', label: 'Issues resolution hearing', decision: null },
    { type: 'hearing', date: '2027-01-23', label: 'Final hearing', decision: null },
  ],
};

export function minuteItem(values: MinuteValues, extra: Partial<MinuteItem> = {}): MinuteItem {
  return {
    itemId: 1,
    glance: [],
    values,
    versions: {},
    ratings: [{ childId: 7, rating: 'amber', reason: 'Assessment started late' }],
    actions: [],
    earlierActions: [],
    secondsSpent: 0,
    suggestedReview: null,
    defaultActionDueOn: '2026-12-31',
    ...extra,
  };
}

export function action(id: number, text: string, ownerName: string, dueOn: string, planRow: string | null = null): ActionRow {
  return {
    version: 1,
    id,
    meetingId: 1,
    itemId: 1,
    meetingDate: '2026-11-19',
    meetingTypeName: 'Care Planning Meeting',
    children: [],
    teamName: null,
    text,
    ownerId: null,
    ownerName,
    dueOn,
    status: 'open',
    completedOn: null,
    progressRag: null,
    impactRag: null,
    lastNote: null,
    updatedAt: '2026-11-19T12:00:00.000Z',
    planRow,
  };
}

/** A record of Rowan's, built as the export builds it: the same blocks and core details, without a store. */
export function recordModel(
  form: 'cpm' | 'lgp',
  item: MinuteItem,
  options: { kind?: MinutesDocModel['kind']; approved?: boolean; record?: RecordDetails; organisations?: boolean; reviewSettings?: ReviewSettings } = {},
): MinutesDocModel {
  const record = options.record ?? ROWAN;
  const name = `${record.firstName} ${record.lastName}`;
  const date = '2026-11-19';
  return {
    kind: options.kind ?? 'extract',
    form,
    authorityName: 'Exampleshire Council',
    meetingType: form === 'cpm' ? 'Care Planning Meeting' : 'Legal Gateway Panel',
    date,
    startTime: '14:00',
    endTime: '15:00',
    venue: 'Family Centre',
    chair: 'Tara Manager',
    minuteTaker: 'Bo Support',
    approval: options.approved === false ? null : { by: 'Tara Manager', on: '2026-11-20' },
    childDetailsNote: null,
    present: [
      { name: 'Sam Social', role: 'Social worker', organisation: null },
      { name: 'Gail Guardian', role: 'Children’s Guardian', organisation: options.organisations ? 'Cafcass' : null },
    ],
    apologies: [],
    absent: [],
    declarations: [],
    items: [
      docItem({
        number: 1,
        form,
        item,
        children: [{ id: 7, caseRef: record.caseRef, name }],
        records: new Map([[7, record]]),
        bookedPapers: null,
        meetingDate: date,
        reviewSettings: options.reviewSettings ?? WALSALL_DEFAULTS,
      }),
    ],
    amendments: [],
    preparedBy: 'Bo Support',
  };
}
