import { docItem } from '../../electron/core/export/minutes/doc-item';
import { buildMinutesDocx, minutesTitle } from '../../electron/core/export/minutes/minutes-docx';
import type { DocAttendee, MinutesDocModel } from '../../electron/core/export/minutes/model';
import { WALSALL_DEFAULTS } from '../../shared/review/types';
import type { ActionRow, EarlierAction } from '../../shared/schemas/actions';
import type { MinuteItem } from '../../shared/schemas/minutes';
import type { RecordDetails } from '../../shared/schemas/record-details';
import type { SampleDocument } from './sample-documents';

/**
 * Hand-written records for the document checks and the README's pictures: a Care Planning
 * Meeting Record filled in every section and a Legal Gateway decision record (the one with
 * Newham's example SMART plan is in sample-smart-plan.ts), built as the export builds them.
 * Every name is made up.
 */

const AUTHORITY = 'Exampleshire Council (fictional demo)';

interface ActionSpec {
  id: number;
  text: string;
  ownerName: string;
  dueOn: string;
  planRow?: string;
}

export type Child = { id: number; caseRef: string; firstName: string; lastName: string };

/** A record as the export builds it: the item's blocks and the child's core details at its head, from the same functions. */
export async function record(spec: {
  kind: MinutesDocModel['kind'];
  form: 'cpm' | 'lgp';
  child: Child;
  details: RecordDetails;
  item: MinuteItem;
  meeting: { date: string; startTime: string; endTime: string; venue: string; chair: string; minuteTaker: string; approvedOn: string; number: number };
  present: DocAttendee[];
  apologies: DocAttendee[];
  absent: DocAttendee[];
  }): Promise<MinutesDocModel & { buffer: Buffer }> {
  const name = `${spec.child.firstName} ${spec.child.lastName}`;
  const m = spec.meeting;
  const model: MinutesDocModel = {
    kind: spec.kind,
    form: spec.form,
    authorityName: AUTHORITY,
    meetingType: spec.form === 'cpm' ? 'Care Planning Meeting' : 'Legal Gateway Panel',
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    venue: m.venue,
    chair: m.chair,
    minuteTaker: m.minuteTaker,
    approval: { by: m.chair, on: m.approvedOn },
    childDetailsNote: null,
    present: spec.present,
    apologies: spec.apologies,
    absent: spec.absent,
    declarations: [],
    items: [
      docItem({
        number: m.number,
        form: spec.form,
        item: spec.item,
        children: [{ id: spec.child.id, caseRef: spec.child.caseRef, name }],
        records: new Map([[spec.child.id, spec.details]]),
        bookedPapers: null,
        meetingDate: m.date,
        reviewSettings: WALSALL_DEFAULTS,
      }),
    ],
    amendments: [],
    preparedBy: m.minuteTaker,
  };
  return { ...model, buffer: await buildMinutesDocx(model) };
}

export function action(meeting: { id: number; itemId: number; date: string; type: string }, child: Child, a: ActionSpec): ActionRow {
  return {
    version: 1,
    id: a.id,
    meetingId: meeting.id,
    itemId: meeting.itemId,
    meetingDate: meeting.date,
    meetingTypeName: meeting.type,
    children: [child],
    teamName: null,
    text: a.text,
    ownerId: null,
    ownerName: a.ownerName,
    dueOn: a.dueOn,
    status: 'open',
    completedOn: null,
    progressRag: null,
    impactRag: null,
    lastNote: null,
    updatedAt: `${meeting.date}T11:00:00.000Z`,
    planRow: a.planRow ?? null,
  };
}

const LEO = { id: 901, caseRef: 'EX102913', firstName: 'Leo', lastName: 'Fablewick' };

/** Leo's record when the meeting started: the hearing in December and the assessment are already on it. */
const LEO_RECORD: RecordDetails = {
  ...LEO,
  dateOfBirth: '2022-05-03',
  isUnborn: false,
  legalStatus: 'interim_care_order',
  placementType: 'foster_in_house',
  dateEnteredCare: '2026-08-09',
  teamName: 'Exampleton Children in Care Team',
  socialWorker: 'Sam Notrealson',
  iro: 'Irene Reviewsby',
  plan: { primary: 'special_guardianship', parallel: ['adoption'], legalOrderSought: 'sgo' },
  proceedingsIssued: '2026-08-06',
  week26Date: '2027-02-04',
  keyDates: [
    { type: 'proceedings_issued', date: '2026-08-06', label: null, decision: null },
    { type: 'hearing', date: '2026-08-14', label: 'Interim care order made', decision: null },
    { type: 'hearing', date: '2026-12-08', label: 'Further case management hearing', decision: null },
    { type: 'assessment_due', date: '2026-12-18', label: 'Special guardianship assessment (maternal aunt)', decision: null },
    { type: 'hearing', date: '2027-01-12', label: 'Issues resolution hearing', decision: null },
  ],
};

/** A Care Planning Meeting Record for a four-year-old on an interim care order, by hand: every section filled as a careful minute-taker would. */
export async function carePlanningRecord(): Promise<SampleDocument> {
  const meeting = { id: 71, itemId: 710, date: '2026-11-17', type: 'Care Planning Meeting' };
  const earlier = { id: 60, itemId: 600, date: '2026-10-06', type: 'Care Planning Meeting' };
  const earlierActions: EarlierAction[] = [
    {
      ...action(earlier, LEO, { id: 601, text: 'Refer Leo to speech and language therapy.', ownerName: 'Sam Notrealson', dueOn: '2026-10-20' }),
      review: { outcome: 'done', note: 'Referral made on 02/10/2026; Leo is on the waiting list.', newDueOn: null, dueBefore: '2026-10-20' },
    },
    {
      ...action(earlier, LEO, { id: 602, text: 'Book Leo’s dental check.', ownerName: 'Foster carers (Mr and Mrs Carterby)', dueOn: '2026-11-03' }),
      review: { outcome: 'carried', note: 'The surgery had no appointments until December; booked for 02/12/2026.', newDueOn: '2026-12-04', dueBefore: '2026-11-03' },
    },
  ];
  const item: MinuteItem = {
    itemId: meeting.itemId,
    versions: {},
    glance: [
      {
        childId: LEO.id,
        dateOfBirth: LEO_RECORD.dateOfBirth,
        legalStatus: 'interim_care_order',
        dateEnteredCare: '2026-08-09',
        plan: { primary: 'special_guardianship', parallel: ['adoption'] },
        keyDates: [],
        week26Date: '2027-02-04',
        lastRag: null,
        lastDiscussed: null,
      },
    ],
    values: {
      communication:
        'Leo speaks in short two- and three-word sentences and uses Makaton signs at nursery and at home. He is on the waiting list for a speech and language therapy assessment; the foster carers and nursery use the same signs so that he is understood in both places.',
      legal:
        'Interim care order made on 14/08/2026 under section 38 of the Children Act 1989. The issues resolution hearing is listed for 12/01/2027 and week 26 falls on 04/02/2027. Mother and father both have parental responsibility; the local authority shares it under the interim order.',
      placement:
        'Leo has lived with in-house foster carers, Mr and Mrs Carterby, since 09/08/2026. The placement is stable and the carers can look after him until permanence is secured. The supervising social worker reports no concerns.',
      education:
        'Leo attends the nursery class at Exampleton Primary School five mornings a week, with full attendance this term. His Early Years Personal Education Plan was reviewed on 05/11/2026; the Virtual School has agreed funding for a key worker for one morning a week.',
      health:
        'Initial health assessment completed on 20/08/2026. Immunisations are up to date. Mild eczema is managed with emollients prescribed by the GP. The dental check is booked for 02/12/2026.',
      emotional:
        'Leo has formed a secure attachment to his foster carers and seeks them out for comfort. He can be unsettled at bedtime after family time; the carers use a calm routine and a picture timetable, which is helping.',
      contact:
        'Supervised family time with mother twice a week at the Family Time Centre, for an hour and a half; with father once a fortnight, although he has attended three of the last six sessions. Leo sees his maternal aunt every Saturday, now unsupervised, and his half-sister once a month.',
      permanenceOptions: { primary: 'special_guardianship', parallel: ['adoption'] },
      familyFinding: { adoption: 'not_yet', fostering: 'not_needed' },
      familyFindingReasons:
        'Adoption is the parallel plan: the court’s permission to start family finding will be sought at once if the special guardianship assessment is negative. Permanent fostering is not part of Leo’s plan.',
      optionsDiscussion:
        'Reunification with mother has been ruled out: the parenting assessment (PAMS) of 28/10/2026 concluded that she cannot meet Leo’s needs within his timescales, and she accepts this.\n\nThe viability assessment of the maternal aunt, Ms Dana Fablewick, was positive and the full special guardianship assessment is under way. Adoption remains the parallel plan so that Leo does not drift if that assessment is negative.',
      keyDates: [
        { what: 'Special guardianship assessment report filed with the court', date: '2026-12-18' },
        { what: 'Issues resolution hearing', date: '2027-01-12' },
        { what: 'Week 26 of proceedings', date: '2027-02-04' },
        { what: 'Final hearing', date: null },
      ],
      viewsChild:
        'Leo is too young to give his views in words. The social worker saw him at the foster home on 10/11/2026: he went to his foster carer for comfort when unsure and talked happily about “Auntie Dana’s dog”. Play-based direct work will continue at each visit.',
      parentsInvited: true,
      viewsParents:
        'Mother attended the first part of the meeting with her advocate. She supports the plan for Leo to live with her sister and asked that family time continues once he moves. Father was invited but did not attend; the social worker will write to him with the outcome within five working days.',
      viewsIro:
        'The IRO agrees the plan and is satisfied that the parallel plan guards against drift. She asked that the speech and language referral is chased and that life-story work begins now rather than after the final hearing.',
      planForPermanence: 'A special guardianship order to the maternal aunt, with a special guardianship support plan. Parallel plan: a placement order for adoption.',
      conclusion:
        'The meeting recommends that the special guardianship assessment is completed by 18/12/2026 so that the evidence is filed before the issues resolution hearing. Leo’s time with his aunt will build to overnight stays once the assessment is positive.',
      contingency:
        'If the special guardianship assessment is negative, the plan will be presented to the Permanence Panel and the Agency Decision Maker asked to approve adoption. The Regional Adoption Agency Stage 1 notification was made on 01/11/2026.',
      smartPlan: [
        {
          key: 'leo-1',
          outcome: 'Leo has a permanent home with his aunt',
          measure: 'Positive special guardianship assessment filed with the court',
          actions: 'Complete the assessment, including the support plan and a financial assessment',
          byWhom: 'Fostering assessing social worker',
          timescale: 'Within 4 weeks, by 18/12/2026',
        },
        {
          key: 'leo-2',
          outcome: 'Leo’s speech and communication needs are understood and met',
          measure: 'Speech and language assessment completed and its advice used at home and nursery',
          actions: 'Chase the referral with the community health trust; share the report with the carers and nursery',
          byWhom: 'Social worker',
          timescale: 'Chase by 01/12/2026; assessment by 31/01/2027',
        },
        {
          key: 'leo-3',
          outcome: 'Leo understands his story as he grows up',
          measure: 'Life-story book started and shared with Leo and his carers',
          actions: 'Gather photographs from mother and aunt; begin the book in direct work sessions',
          byWhom: 'Social worker with the foster carers',
          timescale: 'Started by the next meeting, 29/12/2026',
        },
      ],
      nextMeetingDate: '2026-12-29',
    },
    ratings: [{ childId: LEO.id, rating: 'amber', reason: 'The plan is progressing, but the speech and language assessment is delayed and the final hearing is not yet listed.' }],
    actions: [
      action(meeting, LEO, { id: 711, text: 'Chase the speech and language therapy referral with the community health trust; share the report with the carers and nursery.', ownerName: 'Sam Notrealson', dueOn: '2026-12-01', planRow: 'leo-2' }),
      action(meeting, LEO, { id: 712, text: 'Write to father with the outcome of this meeting.', ownerName: 'Sam Notrealson', dueOn: '2026-11-24' }),
      action(meeting, LEO, { id: 713, text: 'File the special guardianship assessment and support plan with the court.', ownerName: 'Leon Counselby (Legal Services)', dueOn: '2026-12-18' }),
    ],
    earlierActions,
    secondsSpent: 55 * 60,
    suggestedReview: null,
    defaultActionDueOn: '2026-12-15',
  };
  const built = await record({
    kind: 'minutes',
    form: 'cpm',
    child: LEO,
    details: LEO_RECORD,
    item,
    meeting: { date: meeting.date, startTime: '10:00', endTime: '11:00', venue: 'Exampleton Family Centre, Meeting Room 1', chair: 'Tariq Exampleby', minuteTaker: 'Bea Minuteman', approvedOn: '2026-11-19', number: 1 },
    present: [
      { name: 'Tariq Exampleby', role: 'Team manager (chair)', organisation: null },
      { name: 'Sam Notrealson', role: 'Social worker', organisation: null },
      { name: 'Irene Reviewsby', role: 'Independent Reviewing Officer (IRO)', organisation: null },
      { name: 'Fern Fosterby', role: 'Supervising social worker', organisation: 'Exampleshire Fostering Service' },
      { name: 'Mrs Carterby', role: 'Foster carer', organisation: null },
      { name: 'Ms Fablewick', role: 'Mother (first part of the meeting)', organisation: null },
      { name: 'Priya Advocatey', role: 'Parent’s advocate', organisation: 'Exampleshire Advocacy Service' },
      { name: 'Bea Minuteman', role: 'Business support', organisation: null },
    ],
    apologies: [{ name: 'Nadia Nurseworth', role: 'Nursery key worker', organisation: 'Exampleton Primary School' }],
    absent: [{ name: 'Mr Quillfeather', role: 'Father', organisation: null }],
  });
  return { kind: 'care-planning-record', title: minutesTitle(built), fileName: `${LEO.caseRef} ${LEO.lastName} Care Planning Meeting ${meeting.date}.docx`, buffer: built.buffer };
}

const RUBY = { id: 902, caseRef: 'EX102950', firstName: 'Ruby', lastName: 'Whimsford' };

const RUBY_RECORD: RecordDetails = {
  ...RUBY,
  dateOfBirth: '2019-06-21',
  isUnborn: false,
  legalStatus: 'child_protection',
  placementType: 'none',
  dateEnteredCare: null,
  teamName: 'Exampleton Safeguarding Team 2',
  socialWorker: 'Stan Imagineer',
  iro: null,
  plan: { primary: 'reunification', parallel: ['special_guardianship'], legalOrderSought: null },
  proceedingsIssued: null,
  week26Date: null,
  keyDates: [],
};

/** A Legal Gateway Panel's decision record for a seven-year-old on a child protection plan: papers, decision, reasons, assessments with timescales. */
export async function legalGatewayRecord(): Promise<SampleDocument> {
  const meeting = { id: 72, itemId: 720, date: '2026-11-16', type: 'Legal Gateway Panel' };
  const item: MinuteItem = {
    itemId: meeting.itemId,
    versions: {},
    glance: [
      {
        childId: RUBY.id,
        dateOfBirth: RUBY_RECORD.dateOfBirth,
        legalStatus: 'child_protection',
        dateEnteredCare: null,
        plan: { primary: 'reunification', parallel: ['special_guardianship'] },
        keyDates: [],
        week26Date: null,
        lastRag: null,
        lastDiscussed: null,
      },
    ],
    values: {
      papersProvided: { genogram: 'received', chronology: 'received', referral: 'received', assessment: 'received' },
      discussion:
        'Ruby has been subject to a child protection plan under the category of neglect since 03/03/2026. Despite two review conferences, home conditions remain poor, Ruby’s school attendance has fallen to 71% and she has twice arrived at school hungry. Mother has engaged with the family support worker but has not kept to the written agreement about her alcohol use.\n\nLegal advice is that the threshold under section 31 of the Children Act 1989 is likely to be met, but that the Public Law Outline pre-proceedings process gives mother a fair opportunity to make the changes needed, with clear expectations and timescales.',
      lgpDecision: 'pre_proceedings',
      lgpReasons:
        'Continuing neglect despite a child protection plan, with some engagement from mother that the panel wishes to build on. A letter before proceedings will set out the concerns, the changes needed and the support offered; progress will be reviewed at this panel in 12 weeks.',
      assessments: [
        { kind: 'parenting', detail: 'Parenting assessment of mother by the Family Assessment Service (PAMS not needed).', dueOn: '2027-01-29' },
        { kind: 'drug_alcohol', detail: 'Hair strand testing of mother for alcohol, covering six months.', dueOn: '2026-12-18' },
        { kind: 'fgc', detail: 'Family group conference to identify the wider family network.', dueOn: '2026-12-11' },
        { kind: 'viability', detail: 'Viability assessment of the maternal grandmother, if put forward at the conference.', dueOn: null },
      ],
      planRatified: true,
      raaStage1: false,
      nextReview: '2027-02-08',
    },
    ratings: [{ childId: RUBY.id, rating: 'amber', reason: 'Pre-proceedings starting; assessments agreed with dates, but the family network is not yet known.' }],
    actions: [
      action(meeting, RUBY, { id: 721, text: 'Send the letter before proceedings and invite mother to the pre-proceedings meeting.', ownerName: 'Leon Counselby (Legal Services)', dueOn: '2026-11-23' }),
      action(meeting, RUBY, { id: 722, text: 'Refer to the Family Group Conference service.', ownerName: 'Stan Imagineer', dueOn: '2026-11-20' }),
      action(meeting, RUBY, { id: 723, text: 'Commission the hair strand test and the parenting assessment.', ownerName: 'Tamsin Fictionley', dueOn: '2026-11-27' }),
    ],
    earlierActions: [],
    secondsSpent: 25 * 60,
    suggestedReview: '2027-02-08',
    defaultActionDueOn: '2026-12-14',
  };
  const built = await record({
    kind: 'extract',
    form: 'lgp',
    child: RUBY,
    details: RUBY_RECORD,
    item,
    meeting: { date: meeting.date, startTime: '13:30', endTime: '16:30', venue: 'Civic Centre, Room 4', chair: 'Harriet Demoford', minuteTaker: 'Bob Agendaworth', approvedOn: '2026-11-18', number: 3 },
    present: [
      { name: 'Harriet Demoford', role: 'Chair / Head of Service', organisation: null },
      { name: 'Gloria Testington', role: 'Group manager', organisation: null },
      { name: 'Leon Counselby', role: 'Legal adviser', organisation: 'Exampleshire Legal Services' },
      { name: 'Tamsin Fictionley', role: 'Team manager', organisation: null },
      { name: 'Stan Imagineer', role: 'Social worker', organisation: null },
      { name: 'Carl Progressley', role: 'Case progression officer', organisation: null },
      { name: 'Bob Agendaworth', role: 'Business support', organisation: null },
    ],
    apologies: [{ name: 'Pia Permanton', role: 'Permanence coordinator', organisation: null }],
    absent: [],
  });
  return { kind: 'legal-gateway-record', title: minutesTitle(built), fileName: `${RUBY.caseRef} ${RUBY.lastName} Legal Gateway Panel ${meeting.date}.docx`, buffer: built.buffer };
}
