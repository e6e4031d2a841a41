/**
 * What a person signed in to a council's team store may do, as the database grants it
 * (one NOLOGIN group role each). The screens read these to hide what a role cannot do;
 * the database itself is the guard.
 */
export const TEAM_ROLES = ['admin', 'coordinator', 'chair', 'minute_taker', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  admin: 'Administrator',
  coordinator: 'Permanence coordinator',
  chair: 'Chair',
  minute_taker: 'Minute-taker',
  viewer: 'Viewer',
};
