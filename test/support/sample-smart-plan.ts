import type { MinuteItem } from '../../shared/schemas/minutes';
import type { RecordDetails } from '../../shared/schemas/record-details';
import { minutesTitle } from '../../electron/core/export/minutes/minutes-docx';
import type { SampleDocument } from './sample-documents';
import { action, record } from './sample-records';

/** A Care Planning Meeting Record with Newham's example SMART plan, for the picture of its SMART plan page. Every name is made up. */

const DAMIAN = { id: 903, caseRef: 'EX103377', firstName: 'Damian', lastName: 'Pellowe' };

const DAMIAN_RECORD: RecordDetails = {
  ...DAMIAN,
  dateOfBirth: '2023-09-12',
  isUnborn: false,
  legalStatus: 'interim_care_order',
  placementType: 'foster_in_house',
  dateEnteredCare: '2026-11-20',
  teamName: 'Exampleton Children in Care Team',
  socialWorker: 'Kofi Placeholder',
  iro: 'Irene Reviewsby',
  plan: { primary: 'reunification', parallel: ['special_guardianship'], legalOrderSought: null },
  proceedingsIssued: '2026-11-18',
  week26Date: '2027-05-19',
  keyDates: [
    { type: 'proceedings_issued', date: '2026-11-18', label: null, decision: null },
    { type: 'hearing', date: '2027-01-23', label: 'Case management hearing', decision: null },
    { type: 'assessment_due', date: '2027-02-14', label: 'Viability assessment of Lisa Brown', decision: null },
  ],
};

/** A Care Planning Meeting Record with Newham's example plan (its four rows as the workshop wrote them), two of them tracked as actions. */
export async function smartPlanRecord(): Promise<SampleDocument> {
  const meeting = { id: 73, itemId: 730, date: '2027-01-06', type: 'Care Planning Meeting' };
  const item: MinuteItem = {
    itemId: meeting.itemId,
    versions: {},
    glance: [],
    values: {
      communication: 'Damian talks in short sentences and is understood by familiar adults. English is the family’s only language.',
      legal: 'Interim care order made on 20/11/2026; proceedings issued on 18/11/2026. The case management hearing is listed for 23/01/2027.',
      placement: 'Damian lives with in-house foster carers near his nursery, so that his routine and his time with his mother continue.',
      education: 'Damian attends nursery three mornings a week; his Early Years Personal Education Plan is due by 20/01/2027.',
      health: 'Initial health assessment completed on 04/12/2026: he is healthy and his weight is now in the expected range.',
      emotional: 'Damian worries when his mother is late for family time; a settled routine and a photo of his mother at bedtime help him.',
      contact: 'Family time with his mother three times a week for two hours, supervised at the Family Time Centre. Lisa Brown visits weekly.',
      permanenceOptions: { primary: 'reunification', parallel: ['special_guardianship'] },
      optionsDiscussion:
        'Return home to his mother remains the plan while she works with the substance misuse service. A viability assessment of Lisa Brown, a family friend, runs in parallel so that Damian does not wait if reunification cannot happen.',
      familyFinding: { adoption: 'not_needed', fostering: 'not_yet' },
      keyDates: [{ what: 'Permanence Planning Meeting', date: '2027-01-20' }],
      parentsInvited: true,
      viewsChild: 'Damian said he likes seeing Mummy and playing with the trains at Lisa’s house.',
      viewsParents: 'Angie attended and agreed the plan. She wants Damian home and understands what must change first.',
      viewsIro: 'The IRO agrees the plan and asked that the viability assessment is not delayed.',
      planForPermanence: 'Return home to his mother under a supervision order if the plan succeeds; otherwise a special guardianship order to Lisa Brown.',
      conclusion: 'The plan is agreed as written below; progress will be reviewed at the next meeting.',
      contingency: 'If Angie cannot stay drug free, Damian stays with his foster carers while the viability assessment of Lisa Brown is completed.',
      smartPlan: [
        {
          key: 'n1',
          outcome: 'Damian will feel safe and not worry about Mum as he sees her not under the influence of drugs',
          measure: 'Angie is drug free when spending time with Damian',
          actions: 'Angie will get to contact sessions with the Damian on time and not take drugs before contact',
          byWhom: 'Angie',
          timescale: 'Within 4 weeks by the 1st February',
        },
        {
          key: 'n2',
          outcome: 'Damian will more often receive Angie’s best care he will feel safe',
          measure: 'Angie is more in control of her drug use so that she can limit use to times when Damian is in the safe care of an agreed safety person',
          actions: 'Angie will develop strategies with her substance misuse worker to manage her cocaine use so she can have care of the children drug free',
          byWhom: 'Angie and Drugs worker',
          timescale: 'Within 6 weeks by 14th February',
        },
        {
          key: 'n3',
          outcome: 'Damian will be kept clean and have a good diet and show weight gain. He will not ingest drugs',
          measure: 'Angie is keeping her home clean and free of drugs and equipment. She is buying food',
          actions: 'Angie will keep her home clean and will not have drugs in the home or use them in her home Angie will have help to develop routine',
          byWhom: 'Angie and Family Support Worker',
          timescale: 'Within 6 weeks by 14th February',
        },
        {
          key: 'n4',
          outcome: 'If Damian can not be cared for by his mother he has alternative permanent carers',
          measure: 'Damian has a permanent carer',
          // Three actions, each on its own line with its timescale, as in the workshop's table.
          actions: 'SW progress viability assessment of Lisa Brown.\nSW to commence life story work for Damian\nSW to book permanence Planning meeting',
          byWhom: 'Social Worker\nFostering Worker',
          timescale: 'Within 6 weeks by 14th February\nWithin 6 weeks\nWithin 10 days by 20th January',
        },
      ],
      nextMeetingDate: '2027-02-17',
    },
    ratings: [{ childId: DAMIAN.id, rating: 'amber', reason: 'Early days: Angie is engaging, but the plan depends on her staying drug free.' }],
    actions: [
      action(meeting, DAMIAN, { id: 731, text: 'Angie will develop strategies with her substance misuse worker to manage her cocaine use so she can have care of the children drug free', ownerName: 'Angie and Drugs worker', dueOn: '2027-02-14', planRow: 'n2' }),
      action(meeting, DAMIAN, { id: 732, text: 'Progress the viability assessment of Lisa Brown; start life story work with Damian; book the permanence planning meeting.', ownerName: 'Kofi Placeholder', dueOn: '2027-01-20', planRow: 'n4' }),
    ],
    earlierActions: [],
    secondsSpent: 45 * 60,
    suggestedReview: null,
    defaultActionDueOn: '2027-02-03',
  };
  const built = await record({
    kind: 'extract',
    form: 'cpm',
    child: DAMIAN,
    details: DAMIAN_RECORD,
    item,
    meeting: { date: meeting.date, startTime: '14:00', endTime: '15:00', venue: 'Exampleton Family Centre, Meeting Room 2', chair: 'Tariq Exampleby', minuteTaker: 'Bea Minuteman', approvedOn: '2027-01-08', number: 1 },
    present: [
      { name: 'Tariq Exampleby', role: 'Team manager (chair)', organisation: null },
      { name: 'Kofi Placeholder', role: 'Social worker', organisation: null },
      { name: 'Irene Reviewsby', role: 'Independent Reviewing Officer (IRO)', organisation: null },
      { name: 'Angie', role: 'Mother', organisation: null },
      { name: 'Bea Minuteman', role: 'Business support', organisation: null },
    ],
    apologies: [],
    absent: [],
  });
  return {
    kind: 'care-planning-smart-plan',
    title: minutesTitle(built),
    fileName: `${DAMIAN.caseRef} ${DAMIAN.lastName} Care Planning Meeting ${meeting.date}.docx`,
    buffer: built.buffer,
    picturePageWith: 'Planned outcomes for the child',
  };
}
