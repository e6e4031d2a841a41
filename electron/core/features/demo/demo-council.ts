import type { Role } from '../../../../shared/roles';

/**
 * Exampleshire: a fictional council so a newcomer sees a living app at once.
 * Every surname is plainly made up, so no demo record can be mistaken for a real child.
 */
export const DEMO_COUNCIL_NAME = 'Exampleshire Council (fictional demo)';

export const DEMO_TEAMS = ['Children in Care Team A', 'Children in Care Team B', 'Court and Proceedings Team', 'Assessment and Intervention Team'];

export const DEMO_PEOPLE: { name: string; role: Role; team?: number }[] = [
  { name: 'Harriet Demoford', role: 'chair' },
  { name: 'Graham Samplewick', role: 'group_manager' },
  { name: 'Gloria Testington', role: 'group_manager' },
  { name: 'Tariq Exampleby', role: 'team_manager', team: 0 },
  { name: 'Tess Mockridge', role: 'team_manager', team: 1 },
  { name: 'Theo Placeholt', role: 'team_manager', team: 2 },
  { name: 'Tamsin Fictionley', role: 'team_manager', team: 3 },
  { name: 'Sam Notrealson', role: 'social_worker', team: 0 },
  { name: 'Sana Madeupton', role: 'social_worker', team: 0 },
  { name: 'Sean Pretendale', role: 'social_worker', team: 1 },
  { name: 'Sofia Dummett', role: 'social_worker', team: 1 },
  { name: 'Saul Storyfield', role: 'social_worker', team: 2 },
  { name: 'Shreya Inventon', role: 'social_worker', team: 2 },
  { name: 'Stan Imagineer', role: 'social_worker', team: 3 },
  { name: 'Sadie Fablehurst', role: 'social_worker', team: 3 },
  { name: 'Irene Reviewsby', role: 'iro' },
  { name: 'Imran Oversightly', role: 'iro' },
  { name: 'Isla Checkworth', role: 'iro' },
  { name: 'Leon Counselby', role: 'legal_adviser' },
  { name: 'Pia Permanton', role: 'permanence_coordinator' },
  { name: 'Carl Progressley', role: 'case_progression_officer' },
  { name: 'Bea Minuteman', role: 'business_support' },
  { name: 'Bob Agendaworth', role: 'business_support' },
  { name: 'Fern Fosterby', role: 'fostering' },
  { name: 'Ada Adoptwell', role: 'adoption' },
];

export const DEMO_FIRST_NAMES = [
  'Amara', 'Ben', 'Chloe', 'Dylan', 'Ella', 'Finn', 'Grace', 'Harvey', 'Isla', 'Jayden', 'Kiera', 'Leo', 'Maya', 'Noah', 'Olivia', 'Priya',
  'Quinn', 'Ruby', 'Sami', 'Tyler', 'Uma', 'Vinnie', 'Willow', 'Xander', 'Yasmin', 'Zac', 'Aisha', 'Callum', 'Daisy', 'Ezra',
];

export const DEMO_SURNAMES = [
  'Examplefield', 'Sampleton', 'Testbrook', 'Mockley', 'Fictionwood', 'Madeupshaw', 'Pretendham', 'Dummyfold', 'Notrealby', 'Placeholme',
  'Storyvale', 'Inventley', 'Fablewick', 'Imaginster', 'Makebelieve', 'Nonesuch', 'Whimsford', 'Fancyton', 'Dreamcott', 'Yarnsby',
];

export const RAG_REASONS = {
  green: [
    'Plan on track: assessments completed within timescale and final evidence filed.',
    'Placement stable; long-term match agreed at panel.',
    'Reunification plan progressing; contact increased as agreed.',
  ],
  amber: [
    'Parenting assessment delayed by four weeks; new date agreed with the assessor.',
    'Viability assessment of the paternal aunt not yet started.',
    'Sibling together-or-apart assessment outstanding.',
  ],
  red: [
    'No permanence plan at the second Child in Care review; drift.',
    'Permanence plan has not moved since the last panel and the next step has no date; escalated to the Group Manager.',
    'Placement breakdown risk and no contingency identified; escalated to the Group Manager.',
  ],
} as const;
