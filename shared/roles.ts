/** The fixed list of roles a person can hold, in the order the settings screen offers them. */
export const ROLES = [
  'chair',
  'group_manager',
  'team_manager',
  'social_worker',
  'iro',
  'legal_adviser',
  'permanence_coordinator',
  'case_progression_officer',
  'business_support',
  'fostering',
  'adoption',
  'health',
  'other',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  chair: 'Chair / Head of Service',
  group_manager: 'Group manager',
  team_manager: 'Team manager',
  social_worker: 'Social worker',
  iro: 'Independent Reviewing Officer (IRO)',
  legal_adviser: 'Legal adviser',
  permanence_coordinator: 'Permanence coordinator',
  case_progression_officer: 'Case progression officer',
  business_support: 'Business support',
  fostering: 'Fostering',
  adoption: 'Adoption',
  health: 'Health / midwifery',
  other: 'Other',
};
