import { describe, expect, it } from 'vitest';
import { ROLE_MATRIX, type TeamTable } from '../../electron/core/team-store/role-matrix';
import { ABILITY_ROLES, ABILITY_WRITES, mayDo, TEAM_ABILITIES } from '../../shared/team-abilities';
import { TEAM_ROLES } from '../../shared/team-roles';

describe('what the screens offer each role of a team store', () => {
  it('is exactly what the database grants: each ability to the roles holding every write it makes', () => {
    for (const ability of TEAM_ABILITIES) {
      const granted = TEAM_ROLES.filter((role) =>
        ABILITY_WRITES[ability].every(({ table, rights }) => {
          const held = ROLE_MATRIX[role][table as TeamTable];
          expect(held, `${table} is a table of the team store`).toBeDefined();
          return rights.every((right) => (right === 'update' ? held.update === true : held[right]));
        }),
      );
      expect([...ABILITY_ROLES[ability]].sort(), ability).toEqual([...granted].sort());
    }
  });

  it('leaves the viewer nothing to change, and everything to the one person on this computer', () => {
    for (const ability of TEAM_ABILITIES) {
      expect(mayDo({ engine: 'postgres', roles: ['viewer'] }, ability).allowed).toBe(false);
      expect(mayDo({ engine: 'sqlite' }, ability)).toEqual({ allowed: true });
    }
  });

  it('gives the reason when a role may not, and allows a person with two roles what either may', () => {
    expect(mayDo({ engine: 'postgres', roles: ['minute_taker'] }, 'approveMinutes')).toEqual({ allowed: false, reason: 'Only a chair can approve and lock the minutes.' });
    expect(mayDo({ engine: 'postgres', roles: ['minute_taker', 'chair'] }, 'approveMinutes')).toEqual({ allowed: true });
    expect(mayDo({ engine: 'postgres', roles: ['admin'] }, 'setUp')).toEqual({ allowed: true });
    expect(mayDo({ engine: 'postgres', roles: ['coordinator'] }, 'setUp').allowed).toBe(false);
  });
});
