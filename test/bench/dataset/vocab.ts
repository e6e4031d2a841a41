import type { Prng } from './prng';

/*
 * Words for a fictional council. Every surname is built from obviously made-up
 * parts ("Mockfield", "Sampleby"), so no row can be mistaken for a real child.
 */

export const TEAM_NAMES = [
  'Children in Care Team North',
  'Children in Care Team South',
  'Children in Care Team East',
  'Children in Care Team West',
  'Court and Proceedings Team 1',
  'Court and Proceedings Team 2',
  'Assessment and Intervention Team A',
  'Assessment and Intervention Team B',
  'Disabled Children’s Team',
  'Adolescent Support Team',
  'Permanence and Adoption Team',
  'Central Team (merged in 2021)',
] as const;

/** Team indexes by the work they do; the last team was merged away and is archived. */
export const TEAMS_BY_WORK = {
  inCare: [0, 1, 2, 3, 10],
  court: [4, 5],
  assessment: [6, 7, 8, 9],
  archived: 11,
} as const;

export const FIRST_NAMES = [
  'Amara', 'Ben', 'Chloe', 'Dylan', 'Ella', 'Finn', 'Grace', 'Harvey', 'Isla', 'Jayden', 'Kiera', 'Leo', 'Maya', 'Noah', 'Olivia',
  'Priya', 'Quinn', 'Ruby', 'Sami', 'Tyler', 'Uma', 'Vinnie', 'Willow', 'Xander', 'Yasmin', 'Zac', 'Aisha', 'Callum', 'Daisy', 'Ezra',
  'Freya', 'Gabriel', 'Hollie', 'Imran', 'Jasmine', 'Kai', 'Lacey', 'Mason', 'Nadia', 'Oscar', 'Poppy', 'Reuben', 'Sienna', 'Theo',
  'Amelia', 'Bilal', 'Cerys', 'Declan', 'Esme', 'Fraser', 'Georgia', 'Hamza', 'Ivy', 'Jack', 'Kayla', 'Logan', 'Millie', 'Nathan',
];

export const ADULT_FIRST_NAMES = [
  'Harriet', 'Graham', 'Gloria', 'Tariq', 'Tess', 'Theo', 'Tamsin', 'Sam', 'Sana', 'Sean', 'Sofia', 'Saul', 'Shreya', 'Stan', 'Sadie',
  'Irene', 'Imran', 'Isla', 'Leon', 'Pia', 'Carl', 'Bea', 'Bob', 'Fern', 'Ada', 'Martin', 'Joanne', 'Deepak', 'Rachel', 'Owen',
  'Helen', 'Kwame', 'Fiona', 'Gareth', 'Nicola', 'Rashid', 'Claire', 'Dominic', 'Lorna', 'Paul', 'Anita', 'Colin', 'Bridget', 'Yusuf',
];

const SURNAME_STARTS = [
  'Example', 'Sample', 'Test', 'Mock', 'Fiction', 'Madeup', 'Pretend', 'Dummy', 'Notreal', 'Placehold', 'Story', 'Invent', 'Fable',
  'Imagin', 'Fancy', 'Dream', 'Yarn', 'Pseudo', 'Proxy', 'Sham', 'Faux', 'Token', 'Stub', 'Draft', 'Sketch', 'Whimsy', 'Nonesuch',
  'Fakeley', 'Figment', 'Mythic',
];
const SURNAME_ENDS = ['field', 'ton', 'brook', 'ley', 'wood', 'shaw', 'ham', 'fold', 'by', 'holme', 'vale', 'wick', 'ster', 'worth', 'combe', 'ford', 'cott', 'bury', 'thorpe', 'well'];

export function surname(rnd: Prng): string {
  return rnd.pick(SURNAME_STARTS) + rnd.pick(SURNAME_ENDS);
}

export const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['White British', 62],
  ['White Other', 6],
  ['Mixed White and Black Caribbean', 7],
  ['Mixed Other', 4],
  ['Asian British – Pakistani', 6],
  ['Asian British – Indian', 3],
  ['Black British – African', 5],
  ['Black British – Caribbean', 3],
  ['Gypsy / Roma', 1],
  ['Not known', 3],
];

/** Sentences a permanence coordinator writes as the reason for a rating; joined to 100-400 characters. */
export const RAG_SENTENCES = {
  green: [
    'Plan on track: assessments completed within timescale and final evidence filed with the court.',
    'Placement is stable and the carers are committed to caring for the child into adulthood.',
    'Long-term match agreed at Permanence Panel; life-story work is under way with the social worker.',
    'Reunification plan progressing well; family time increased to three overnight stays a week as agreed.',
    'Special guardianship assessment of the maternal grandmother is positive and the support plan is drafted.',
    'Adoption match approved; introductions are planned for next month.',
    'Child settled at school; the personal education plan was reviewed and attendance is good.',
    'All statutory visits and Child in Care reviews are in date.',
    'Sibling assessment recommends placing together and the carers have agreed.',
  ],
  amber: [
    'Parenting assessment delayed by four weeks; a new date has been agreed with the assessor.',
    'Viability assessment of the paternal aunt not yet started because the referral was sent late.',
    'Sibling together-or-apart assessment outstanding and needed before the final hearing.',
    'Placement is stable but the carers have not yet committed to long-term care.',
    'Family time arrangements are under review after two missed sessions.',
    'Later life letter and life-story book not yet started.',
    'Initial health assessment overdue; the appointment has been rebooked for next week.',
    'Final evidence is due in three weeks and the parenting assessment report is still awaited.',
    'Social worker changed twice this year; the new worker is still getting to know the child.',
  ],
  red: [
    'No permanence plan at the second Child in Care review; drift.',
    'Week 26 at risk: expert report not filed and no extension sought.',
    'Placement breakdown risk and no contingency identified; escalated to the Group Manager.',
    'Court timetable slipped twice and the final hearing has been adjourned.',
    'No family finding started although the plan has been adoption for over three months.',
    'Child has had three placement moves in twelve months.',
    'Care plan not updated since the last hearing; the IRO has raised a formal concern.',
    'Parallel plan not explored: the viability assessments have not been requested.',
    'Contact with the birth family has stopped without a plan agreed at a Care Planning Meeting.',
  ],
} as const;

/** A reason of realistic length: whole sentences, 100 to 400 characters. */
export function ragReason(rnd: Prng, rating: keyof typeof RAG_SENTENCES, min: number, max: number): string {
  const wanted = rnd.int(min, max);
  const pool = RAG_SENTENCES[rating];
  let text = rnd.pick(pool);
  for (let guard = 0; text.length < wanted && guard < 8; guard++) {
    const more = rnd.pick(pool);
    if (text.includes(more)) continue;
    if (text.length + 1 + more.length > max) break;
    text += ' ' + more;
  }
  // Short pools can stop below the minimum; a closing sentence keeps every reason in range.
  if (text.length < min) text += ' Reviewed with the team manager and the Independent Reviewing Officer.';
  return text.slice(0, max);
}

export const KEY_DATE_NOTES = [
  'Listed for a half-day before the circuit judge.',
  'Date confirmed by legal services by email.',
  'Assessor agreed the date at the professionals meeting.',
  'Moved at the request of the parents’ solicitor.',
  'Interpreter booked for the parents.',
];

export const OTHER_DATE_LABELS = ['Strategy discussion', 'Family group conference', 'Professionals meeting', 'Core group meeting'];

export const PLAN_NOTES = [
  'Agreed at Permanence Panel; the chair asked for the parallel plan to be tested before the next review.',
  'Plan changed after the viability assessment of the maternal grandmother was positive.',
  'Family finding to begin at once; the child’s views were shared by the advocate.',
  'The IRO agrees with the plan; the guardian has been consulted.',
];

export const CLOSURE_REASONS = {
  sgo: ['Special guardianship order made'],
  placement_order: ['Adoption order made'],
  care_order: ['Reached 18: moved to the leaving care service', 'Care order discharged', 'Moved to another local authority'],
  s20: ['Returned home', 'Returned home with a support plan'],
  child_in_need: ['Stepped down to early help', 'Case closed: no further action'],
  child_protection: ['Child protection plan ended; stepped down to child in need then closed'],
  none: ['Case closed: no further action'],
} as const;
