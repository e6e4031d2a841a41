import type { Prng } from './prng';
import { ukDate } from './world';

/*
 * What minute-takers type, composed from clauses about one item's children so that
 * the full-text index sees the word distribution of real minutes: a few words in
 * nearly every field (panel, plan, placement), topic words in many, names and dates
 * throughout, and a long tail of words that turn up a few dozen times in ten years.
 * Every person and place is as made-up as the surnames in vocab.ts.
 */

/** Who and what an item's text is about. */
export interface Voice {
  /** "Ben", or "Ben and Chloe" for siblings discussed together. */
  child: string;
  plural: boolean;
  surname: string;
  sw: string;
  iro: string;
  tm: string;
  carer: string;
  mother: string;
  father: string;
  school: string;
  /** The meeting's day number: dates in the text are around it. */
  day: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EXPERTS = ['the independent social worker', 'the clinical psychologist', 'the parenting assessor', 'the family centre', 'the cognitive assessor', 'the independent psychiatrist', 'the adult psychologist'];
const HEALTH = ['the looked after children nurse', 'the health visitor', 'the community paediatrician', 'the GP', 'CAMHS', 'the school nurse', 'the designated doctor', 'the speech and language therapist'];
const PLACE_STARTS = ['Mock', 'Sample', 'Fable', 'Story', 'Yarn', 'Dream', 'Sketch', 'Draft', 'Token', 'Figment', 'Whimsy', 'Pseudo'];
const PLACE_ENDS = ['bury', 'field', 'ton', 'ley', 'brook', 'wood', 'vale', 'holme'];
const SCHOOL_KINDS = ['Primary School', 'Academy', 'Infant School', 'Junior School', 'High School', 'Church of England Primary School', 'Nursery', 'Special School'];

export function placeName(rnd: Prng): string {
  return rnd.pick(PLACE_STARTS) + rnd.pick(PLACE_ENDS);
}

export function schoolName(rnd: Prng): string {
  return `${placeName(rnd)} ${rnd.pick(SCHOOL_KINDS)}`;
}

/** How the minutes refer to whoever the child lives with. */
export function carerPhrase(rnd: Prng, placement: string, surname: string, otherSurname: string): string {
  switch (placement) {
    case 'foster_in_house':
    case 'foster_agency':
      return rnd.pick(['the foster carers', 'the carers', `Mr and Mrs ${otherSurname}`, `Ms ${otherSurname}, the foster carer`]);
    case 'connected_person':
      return rnd.pick(['the maternal grandmother', 'the paternal aunt', 'the maternal aunt and uncle', `Mrs ${surname}, the paternal grandmother`, 'the family friends caring for them']);
    case 'fostering_for_adoption':
    case 'adoptive':
      return rnd.pick(['the prospective adopters', 'the adopters', 'the Fostering for Adoption carers']);
    case 'residential':
      return rnd.pick(['staff at the children’s home', 'the residential key worker', 'the home’s manager']);
    case 'placed_with_parents':
      return rnd.pick(['the mother', `Ms ${surname}`, 'the parents']);
    default:
      return rnd.pick(['the parents', 'the mother', `Ms ${surname}`, 'the family']);
  }
}

/** Sentence starters: what the minutes use to say who said or decided something. */
const OPENERS = [
  'The panel heard that ', '{SW} reported that ', 'It was noted that ', 'The chair noted that ', 'The IRO confirmed that ', 'In discussion, it was agreed that ',
  'The team manager explained that ', 'Legal services advised that ', 'Panel members were told that ', 'The social worker said that ', '{TM} added that ',
  'The chair was reassured that ', 'It was reported that ', 'The panel was updated that ', 'The group manager noted that ', 'Members heard that ',
  'The legal adviser confirmed that ', 'It was acknowledged that ', '{IRO} commented that ', 'The permanence coordinator reported that ',
];

type Bank = readonly string[];

/*
 * Clauses by topic. Tokens: {C} the child or children, {S} the family surname, {SW} social
 * worker, {IRO}, {TM} team manager, {CARER}, {MUM}, {DAD}, {SCHOOL}, {N} a small number,
 * {W} weeks, {DATE} a date after the meeting, {PAST} one before it, {MONTH}, {EXPERT},
 * {HEALTH}; {IS}/{HAS}/{WAS} agree with one child or several.
 */
const CLAUSES: Record<string, Bank> = {
  progress: [
    '{C} {IS} settled in the placement and the carers report that routines at bedtime have improved',
    'the parenting assessment of {MUM} has been completed and the outcome is negative',
    'the parenting assessment was delayed by {W} weeks because {MUM} did not attend two sessions',
    'the viability assessment of the paternal aunt is positive and a full special guardianship assessment has been commissioned',
    '{EXPERT} has filed the report and recommends that {C} {IS} not returned to the care of the parents',
    'final evidence is due on {DATE} and the care plan will be filed with the court by then',
    'the case management hearing took place on {PAST} and the court agreed the timetable',
    'the issues resolution hearing is listed for {DATE}',
    'the children’s guardian supports the plan and has visited {C} at the placement',
    'the local authority’s position statement was filed on time',
    'the court extended the proceedings beyond 26 weeks to allow the sibling assessment to finish',
    'family time with {MUM} takes place twice a week at the family centre and is well supervised',
    'family time with {DAD} was reduced after he arrived late on {N} occasions',
    'the carers have said they wish to be assessed as special guardians for {C}',
    'the matching report is being written and the adoption panel is booked for {MONTH}',
    'family finding has started and {N} expressions of interest have been received',
    'the life-story book has been started with the help of the carers',
    'the later life letter has been drafted and shared with the team manager',
    'a Family Group Conference was held on {PAST} and the family put forward {N} possible carers',
    'the together-or-apart assessment recommends that {C} {IS} placed together with siblings',
    'the together-or-apart assessment recommends separate placements because of the level of need',
    'the placement with parents assessment was completed and the outcome was positive',
    'the Public Law Outline letter was sent on {PAST} and the pre-proceedings meeting was held a week later',
    'the parents have engaged with the pre-proceedings process and attended every meeting',
    '{MUM} has completed a domestic abuse programme and continues to attend counselling',
    '{DAD} has not engaged with drug testing since the last panel',
    'hair strand test results for {MUM} show continued use of cocaine',
    'hair strand test results for {DAD} are negative for all substances',
    'the social worker has visited {C} every {N} weeks and the visits are up to date',
    'the statutory visits are up to date and {C} {WAS} seen alone at the last visit',
    '{C} {HAS} had a change of social worker and {SW} has now been allocated',
    'the placement has been stable for {N} months and the carers are well supported by their supervising social worker',
    'the placement is under strain and a support meeting is booked for {DATE}',
    'an emergency placement move took place on {PAST} after the previous placement ended',
    'the Child in Care review was held on {PAST} and the IRO endorsed the plan',
    'the second Child in Care review is due by {DATE}',
    'the permanence plan was ratified at the last review',
    'there has been drift since the last panel and no assessment has yet been commissioned',
    'the parallel plan has been explored and the maternal grandmother has withdrawn from the assessment',
    'the special guardianship support plan is agreed and includes a financial allowance',
    'the application for a placement order was made on {PAST}',
    'the placement order was granted on {PAST} and family finding continues',
    'the special guardianship order was granted on {PAST} and the case will close after the support plan is in place',
    'the care order was made on {PAST} and the plan is long-term fostering with the current carers',
    'the criminal investigation is ongoing and the police have not yet made a charging decision',
    'the Section 20 agreement has been reviewed and {MUM} continues to consent',
    'legal advice is that the threshold criteria are met',
    'legal advice is that threshold is not met on the current evidence',
    'the interim care order was renewed and the next hearing is on {DATE}',
    'the timetable for the child has slipped because the expert report was filed late',
  ],
  child: [
    '{C} {IS} attending {SCHOOL} and the personal education plan was reviewed on {PAST}',
    '{C} {HAS} made good progress at school and attendance is above 95 per cent',
    'attendance at {SCHOOL} has fallen to 82 per cent and the virtual school is involved',
    '{C} {HAS} an education, health and care plan and the annual review is due in {MONTH}',
    'the initial health assessment was completed by {HEALTH}',
    'the review health assessment is overdue and has been rebooked',
    '{C} {IS} registered with a dentist and {HAS} had a check-up this term',
    'immunisations are up to date',
    '{C} {HAS} been referred to CAMHS for support with anxiety and sleep',
    '{C} {IS} on the waiting list for a neurodevelopmental assessment',
    'the Strengths and Difficulties Questionnaire score has fallen since the last review',
    '{C} {IS} meeting developmental milestones according to the health visitor',
    '{C} enjoys football, swimming and going to the park with the carers',
    '{C} {HAS} joined a youth club and goes every Tuesday evening',
    '{C} talks about {MUM} often and asks when the next family time will be',
    '{C} {IS} anxious before family time and unsettled afterwards',
    '{C} {HAS} a strong bond with the carers and calls the foster carer by her first name',
    '{C} {WAS} seen by the advocate, who shared {C}’s wishes and feelings with the panel',
    '{C} would like to stay where they are living now',
    '{C} said they want to see their brothers and sisters more often',
    '{C} {HAS} an identity plan that covers religion, culture and language',
    'the carers have supported {C} to keep in touch with friends from the previous school',
    'there are no missing episodes since the last panel',
    '{C} went missing overnight on {PAST} and a return home interview was completed',
    'there are concerns about child criminal exploitation and a strategy meeting was held',
    '{C} {HAS} been supported by a mentor and has started a college course',
    'the pathway plan has been started as {C} {IS} approaching sixteen',
  ],
  decision: [
    'the plan of {PLAN} is endorsed',
    'the panel endorses {PLAN} as the permanence plan, with {PARALLEL} as the parallel plan',
    'the social worker is to complete the viability assessment of the maternal aunt by {DATE}',
    'a referral to the adoption agency is to be made within {W} weeks',
    'the team manager is to ensure that the later life letter is completed before the final hearing',
    'the case is to return to panel in four weeks because the plan is rated red',
    'the case is to return to panel in twelve weeks',
    'family finding is to start now, in parallel with the court process',
    'the together-or-apart assessment is to be completed before the issues resolution hearing',
    'legal services are to advise on the application for a placement order',
    'a Family Group Conference is to be requested',
    'the special guardianship assessment is to be completed by {DATE}',
    'the panel does not endorse the plan until the parenting assessment is received',
    'the IRO is to be informed of the change of plan',
    'the life-story work is to be completed by {DATE}',
    'the social worker is to update the chronology before the next hearing',
    'the support plan is to be agreed with {CARER} before the final hearing',
    'family time is to reduce to once a week from {DATE}',
  ],
  views: [
    '{C} said they are happy living with {CARER} and want to stay',
    '{C} told the advocate that they miss {MUM} and want to see her more',
    '{C} did not want to attend but wrote a letter to the panel, which was read out',
    '{C} drew a picture of the family and talked about the people who are important to them',
    '{C} {IS} too young to share their views; their behaviour shows they feel safe with {CARER}',
    '{C} said they want to know why they cannot go home',
    '{C} asked for their pet to be able to visit',
    '{C} would like to change school at the end of the year',
    '{C} said they do not want to see {DAD} at the moment',
    '{C} wants contact with their older brother to continue',
    '{C} told the social worker that the family time sessions feel too short',
    '{C} said they like their bedroom and the carers’ dog',
  ],
  parents: [
    '{MUM} attended with her solicitor and disagrees with the plan',
    '{MUM} said she has made changes and wants the children to return to her care',
    '{DAD} did not attend but told the social worker that he supports the carers being assessed',
    '{DAD} wants to be assessed as a carer and has put forward his partner',
    'the parents were invited but did not attend; the outcome will be shared in writing',
    '{MUM} accepts that she cannot care for {C} at present and supports the placement',
    'the parents’ solicitors have been informed of the outcome',
    '{MUM} asked for family time to increase and for a review of the arrangements',
    'the parents have separated and {DAD} now lives with his mother',
    '{MUM} was supported by an advocate and an interpreter',
  ],
  iro: [
    'the IRO agrees with the plan and is satisfied that the child’s voice is heard',
    'the IRO is concerned about drift and asked for the assessment to be completed without further delay',
    'the IRO will escalate under the dispute resolution process if the assessment is not completed by {DATE}',
    'the IRO confirmed that the plan was ratified at the last review',
    'the IRO asked for the life-story work to be prioritised',
    'the IRO supports reducing family time in line with the plan',
    'the IRO visited {C} at the placement on {PAST}',
  ],
  legal: [
    '{C} {IS} subject to an interim care order and the next hearing is listed for {DATE}',
    '{C} {IS} accommodated under Section 20 with the agreement of {MUM}',
    'a final care order was made on {PAST}',
    'the case is in pre-proceedings and the review meeting is booked for {DATE}',
    'a placement order was made on {PAST}',
    'the court timetable sets week 26 as {DATE}',
    'the children’s guardian has been appointed and has met {C}',
    'the final hearing has been listed for three days starting {DATE}',
    'there is a non-molestation order in place against {DAD}',
    'the local authority shares parental responsibility under the care order',
  ],
  placement: [
    '{C} {IS} placed with {CARER}, who are approved as foster carers for two children',
    'the placement meets {C}’s needs and is matched long term',
    'the carers need respite once a month and this has been arranged',
    'the placement is some distance from school and transport is provided by the council',
    'the carers have asked for training on therapeutic parenting',
    'the placement plan was updated on {PAST}',
    'the supervising social worker visits monthly and reports no concerns',
    'a placement stability meeting was held on {PAST}',
    'the carers’ annual review is due in {MONTH}',
    '{C} shares a bedroom with a younger foster sibling and this is working well',
  ],
  communication: [
    '{C} communicates well for their age and uses full sentences',
    '{C} has a speech delay and is supported by the speech and language therapist',
    '{C} speaks English and Urdu at home and this should continue in placement',
    '{C} uses pictures and a timetable to understand what will happen each day',
    'the family’s first language is Polish and an interpreter is booked for meetings',
    '{C} finds it hard to talk about feelings and prefers to draw',
    '{C} needs information given in short steps and checked back',
  ],
  education: [
    '{C} {IS} in Year {N} at {SCHOOL}',
    'the designated teacher reports that {C} is making expected progress in reading and maths',
    'the pupil premium plus funding is used for one-to-one tuition',
    '{C} {HAS} a reduced timetable, which is to be reviewed in {W} weeks',
    '{C} was excluded for one day in {MONTH} and a reintegration meeting was held',
    'a nursery place has been found close to the placement',
    '{C} will start at secondary school in September and the transition plan is in place',
  ],
  health: [
    '{C} {IS} healthy and growing well',
    '{C} has eczema, which is managed with creams prescribed by the GP',
    '{C} has asthma and the carers have an up-to-date care plan from the nurse',
    '{C} was born with neonatal abstinence syndrome and is monitored by the paediatrician',
    '{C} has an appointment with the audiology clinic on {DATE}',
    '{C} is waiting for an ADHD assessment',
    'the carers manage {C}’s medication and keep a record',
    '{C} needs glasses and has been seen by the optician',
  ],
  emotional: [
    '{C} has an insecure attachment and needs consistent, nurturing care',
    '{C} shows signs of trauma, including nightmares and hypervigilance',
    'the carers have been given advice by the clinical psychologist on managing dysregulation',
    '{C} is more settled and has fewer angry outbursts than at the last meeting',
    '{C} is worried about the court case and needs honest, age-appropriate explanations',
    'therapeutic life-story work is recommended once the plan is settled',
    '{C} responds well to routine and predictable care',
  ],
  contact: [
    'family time with {MUM} is twice a week for two hours, supervised at the contact centre',
    'family time with {DAD} is once a fortnight in the community',
    'sibling contact takes place monthly at a local park',
    'indirect contact by letterbox twice a year is proposed after adoption',
    'video calls with the maternal grandmother take place on Sundays',
    'family time has been reduced in line with the care plan',
    '{C} is to keep in touch with their half-brother who lives in another placement',
    'the contact supervisor reports that {MUM} plays warmly with {C} but struggles to manage endings',
  ],
  options: [
    'reunification was considered but the risks remain too high',
    'special guardianship with the paternal aunt is the preferred option if the assessment is positive',
    'long-term fostering with the current carers would give {C} stability and keep them at {SCHOOL}',
    'adoption would give {C} permanence through childhood, given their age',
    'the options were weighed against {C}’s need for a family for life',
    'placement with the maternal grandparents was ruled out after the viability assessment',
    'staying with the current carers under a special guardianship order would preserve {C}’s attachments',
  ],
  contingency: [
    'if the special guardianship assessment is negative, the plan will be long-term fostering',
    'if the placement breaks down, a referral will be made for a therapeutic placement',
    'if family finding does not identify adopters within six months, the plan will be reviewed at panel',
    'should {MUM} not complete the programme, the local authority will seek a final care order',
    'the contingency is a return to court if the parents withdraw their consent',
  ],
  conclusion: [
    'the plan for permanence remains {PLAN}',
    'the meeting agreed that {C}’s needs are being met in the current placement',
    'actions were agreed with each professional and timescales set out in the plan below',
    'the next Care Planning Meeting will review progress on the assessments',
    'the social worker will share the record with the parents and the IRO',
    'the outcome will be explained to {C} in a way they can understand',
  ],
  lgp: [
    'the referral sets out neglect over a long period, including poor home conditions and missed health appointments',
    'there are concerns about domestic abuse, with {N} police call-outs in the last six months',
    'there have been {N} child protection plans for the family since 2019',
    'the child protection plan has been in place for {N} months without sufficient change',
    'the cultural genogram and chronology were provided; the assessment was received late',
    'the panel considered whether the threshold for care proceedings is met',
    'the parents have a history of substance misuse and mental ill health',
    'an unborn baby is due in {MONTH} and the pre-birth assessment is under way',
    'the family network has been explored and the maternal grandmother has been put forward',
    'the legal adviser set out the evidence the court would need',
    'the mother has learning needs and a PAMS assessment is recommended',
    'the older siblings were removed under proceedings in 2018',
  ],
  reasons: [
    'the evidence shows that {C} {IS} suffering, or likely to suffer, significant harm',
    'the level of risk cannot be managed safely under a child protection plan',
    'the parents have engaged and a period of pre-proceedings is proportionate',
    'there is not enough evidence that the threshold is met at this time',
    'the concerns can be managed through the child in need plan with the support of early help',
    'an assessment of the parents’ capacity to change is needed before a decision on proceedings',
  ],
};

/** Clauses that turn up only now and then in a decade of minutes: the long tail a search for an unusual word hits. */
const RARE = [
  '{C} has started hydrotherapy sessions at the leisure centre',
  'the orthoptist has asked to see {C} again in {W} weeks',
  'the carers are learning Makaton to communicate with {C}',
  '{C} goes to a trampolining club on Saturday mornings',
  'a dyspraxia assessment has been requested by the school',
  '{C} has joined a capoeira class after school',
  'the family keeps an allotment and {C} enjoys helping there',
  '{C} takes part in bell-ringing practice at the local church',
  'the carers are supporting {C} with a fear of escalators',
  '{C} is learning the ukulele with a peripatetic teacher',
  'the carers took {C} to see a pantomime at the theatre',
  '{C} has a dairy allergy and carries an adrenaline auto-injector',
  'the dietitian is monitoring {C}’s weight after a period of faltering growth',
  '{C} was baptised at the request of {MUM} before the placement began',
  'the carers are helping {C} to learn to ride a bicycle',
  '{C} has been chosen for the county under-twelves chess squad',
  'the carers have arranged weekly sessions with a Portage worker',
  '{C} is having cranial osteopathy, paid for by the carers',
  '{C} takes part in a Forest School programme on Fridays',
  'a referral has been made to the Tourette’s clinic',
  '{C} has been fitted with grommets after repeated ear infections',
  '{C} is undergoing orthodontic treatment and wears a brace',
  '{C} has started kickboxing and says it helps with their anger',
  'the carers have a narrowboat and {C} enjoyed a holiday on the canal',
];

/** Words found only in the rare clauses above: a search for one of them finds a few dozen fields in ten years. */
export const RARE_WORDS = ['hydrotherapy', 'orthoptist', 'makaton', 'trampolining', 'dyspraxia', 'capoeira', 'allotment', 'ukulele', 'pantomime', 'portage', 'osteopathy', 'grommets', 'orthodontic', 'kickboxing', 'narrowboat', 'escalators', 'dietitian', 'baptised', 'peripatetic'];

const PLANS = ['reunification', 'long-term fostering', 'special guardianship', 'adoption', 'Staying Put', 'placement with parents'];

export interface Composer {
  /** Text of one kind (a key of the clause banks), about `wanted` characters long, in whole sentences. */
  text(kind: keyof typeof CLAUSES, v: Voice, wanted: number, opts?: { openers?: boolean; mix?: (keyof typeof CLAUSES)[] }): string;
}

export function composer(rnd: Prng): Composer {
  const fill = (template: string, v: Voice): string =>
    template.replace(/\{(\w+)\}/g, (_, token: string) => {
      switch (token) {
        case 'C':
          return v.child;
        case 'S':
          return v.surname;
        case 'SW':
          return v.sw;
        case 'IRO':
          return v.iro;
        case 'TM':
          return v.tm;
        case 'CARER':
          return v.carer;
        case 'MUM':
          return v.mother;
        case 'DAD':
          return v.father;
        case 'SCHOOL':
          return v.school;
        case 'N':
          return String(rnd.int(2, 6));
        case 'W':
          return String(rnd.int(2, 12));
        case 'DATE':
          return ukDate(v.day + rnd.int(7, 90));
        case 'PAST':
          return ukDate(v.day - rnd.int(7, 150));
        case 'MONTH':
          return MONTHS[rnd.int(0, 11)]!;
        case 'EXPERT':
          return rnd.pick(EXPERTS);
        case 'HEALTH':
          return rnd.pick(HEALTH);
        case 'PLAN':
          return rnd.pick(PLANS);
        case 'PARALLEL':
          return rnd.pick(PLANS);
        case 'IS':
          return v.plural ? 'are' : 'is';
        case 'HAS':
          return v.plural ? 'have' : 'has';
        case 'WAS':
          return v.plural ? 'were' : 'was';
        default:
          return token;
      }
    });
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    text(kind, v, wanted, opts = {}) {
      const banks = [kind, ...(opts.mix ?? [])];
      const used = new Set<string>();
      const sentences: string[] = [];
      let length = 0;
      for (let guard = 0; length < wanted && guard < 60; guard++) {
        const rare = rnd.chance(0.0005);
        const bank = CLAUSES[guard === 0 ? kind : rnd.pick(banks)]!;
        const template = rare ? rnd.pick(RARE) : rnd.pick(bank);
        if (used.has(template)) continue;
        used.add(template);
        const clause = fill(template, v);
        const opener = opts.openers && rnd.chance(0.45) ? fill(rnd.pick(OPENERS), v) : '';
        const sentence = capital(opener + clause) + '.';
        if (length > 0 && length + sentence.length + 1 > wanted * 1.25) break;
        sentences.push(sentence);
        length += sentence.length + 1;
      }
      // Long minutes come in paragraphs.
      let out = '';
      for (const [i, s] of sentences.entries()) out += (i === 0 ? '' : i % 4 === 0 && rnd.chance(0.6) ? '\n\n' : ' ') + s;
      return out;
    },
  };
}

/** Actions as agreed at a meeting: what is to be done; the owner and date are kept apart. */
export const ACTION_TEXTS = [
  'Complete the viability assessment of the maternal aunt',
  'Send the Public Law Outline letter to the parents and their solicitor',
  'Book the pre-proceedings meeting',
  'Update the chronology and share it with legal services',
  'Complete the later life letter',
  'Start life-story work with the child',
  'Make the referral to the adoption agency for family finding',
  'Arrange a Family Group Conference',
  'Request the initial health assessment',
  'Book the review health assessment',
  'Refer to CAMHS for an assessment of the child’s emotional well-being',
  'Complete the together-or-apart assessment of the siblings',
  'Draft the final care plan for the court',
  'File the final evidence by the date in the court timetable',
  'Review the family time arrangements and write to the parents',
  'Arrange a placement stability meeting with the carers',
  'Complete the special guardianship support plan',
  'Share the minutes with the IRO and the children’s guardian',
  'Update the personal education plan with the designated teacher',
  'Seek legal advice on whether the threshold is met',
  'Request hair strand testing for both parents',
  'Apply for the placement order',
  'Refer to the virtual school for tuition',
  'Complete the matching report for the adoption panel',
  'Arrange respite for the carers',
  'Write to the father about his request to be assessed',
  'Obtain the parents’ consent for the Section 20 arrangement in writing',
  'Arrange an interpreter for the next meeting with the parents',
  'Complete the pathway plan with the young person',
  'Check the identity plan covers religion, culture and language',
  'Arrange a return home interview after the missing episode',
  'Convene a strategy meeting about the risk of exploitation',
  'Update the genogram with the paternal family',
  'Book the Child in Care review within the statutory timescale',
  'Ask the health visitor for an update on developmental checks',
  'Complete the parenting assessment report',
  'Escalate the delay in the expert report to the group manager',
];

export const PROGRESS_NOTES = [
  'Chased by email; the assessor expects to finish by the end of the month.',
  'Started: first session held, two more booked.',
  'Delayed because the social worker was off sick; now reallocated.',
  'Referral sent; waiting for the service to allocate.',
  'Draft done and with the team manager for sign-off.',
  'Parents did not attend the first appointment; a new date has been offered.',
  'Legal services have the papers and will advise within two weeks.',
  'Completed in part: the remaining section needs the health report.',
  'Meeting booked and invitations sent.',
  'No progress: raised with the team manager at supervision.',
  'On track.',
  'The carers have agreed the dates.',
];

export const REVIEW_NOTES = [
  'Confirmed done at this meeting.',
  'Not finished: the assessor needs more time.',
  'Carried forward: waiting for the court to agree the timetable.',
  'No longer needed after the change of plan.',
  'Done, and the report has been shared with the guardian.',
  'Partly done; the rest is carried forward.',
  'Superseded by the new action agreed today.',
  '',
];

export const AMENDMENTS = [
  'The date of the next hearing was recorded wrongly; it is the following Tuesday.',
  'The carer’s name is spelt wrongly in the discussion; corrected here.',
  'The mother was present for the first part of the item, not absent as recorded.',
  'The decision should read “endorsed subject to the viability assessment”.',
  'The IRO’s comments were given by email after the meeting and are added here.',
];

export const KEY_DATE_WHATS = ['Issues resolution hearing', 'Final hearing', 'Parenting assessment report due', 'Viability assessment due', 'Child in Care review', 'Adoption panel', 'Family Group Conference', 'Final evidence due'];

export const SMART_OUTCOMES = [
  'The child is living in a safe and stable home',
  'The child keeps safe, positive links with the birth family',
  'The child’s health needs are met',
  'The child attends school regularly and makes progress',
  'The court has the evidence it needs to decide the plan',
  'The child understands their story',
];
export const SMART_MEASURES = ['Placement continues without disruption', 'Family time takes place as planned', 'Appointments attended', 'Attendance above 95 per cent', 'Evidence filed on time', 'Life-story book completed'];
export const TIMESCALES = ['Within 6 weeks', 'By the next Care Planning Meeting', 'Within 4 weeks', 'By the final hearing', 'Ongoing', 'Within 10 working days'];

export const DISSENT = [
  'The IRO did not agree with reducing family time at this stage and asked for this to be recorded.',
  'The children’s guardian’s view, shared by email, is that the parallel plan should be explored further before the plan is endorsed.',
  'The team manager did not agree that the threshold was met and asked for the decision to be reviewed in four weeks.',
  'Legal services noted their view that the evidence is not yet sufficient to issue.',
];

export const NEXT_MEETING_REASONS = ['Waiting for the final hearing date before booking.', 'The IRO is on leave; the date will be agreed on her return.', 'The case is expected to close after the order is made.'];
