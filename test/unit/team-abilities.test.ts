import { describe, expect, it } from 'vitest';
import { ROLE_MATRIX, type TeamTable } from '../../electron/core/team-store/role-matrix';
import { ABILITY_ROLES, ABILITY_WRITES, mayDo, TEAM_ABILITIES, type TeamAbility } from '../../shared/team-abilities';
import { TEAM_ROLES, type TeamRole } from '../../shared/team-roles';

describe('what the screens offer each role of a team store', () => {
  it('is exactly what the database grants: each ability to the roles holding every write it makes', () => {
    for (const ability of TEAM_ABILITIES) {
      const granted = TEAM_ROLES.filter((role) =>
        ABILITY_WRITES[ability].every(({ table, rights, columns }) => {
          const held = ROLE_MATRIX[role][table as TeamTable];
          expect(held, `${table} is a table of the team store`).toBeDefined();
          const mayUpdate = held.update === true || (columns !== undefined && held.update !== false && columns.every((c) => (held.update as readonly string[]).includes(c)));
          return rights.every((right) => (right === 'update' ? mayUpdate : held[right]));
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

  it('offers the agenda, key dates, reviews, actions and the rota to the roles the database lets write them', () => {
    const may = (roles: TeamRole[], ability: TeamAbility) => mayDo({ engine: 'postgres', roles }, ability).allowed;
    // A chair or minute-taker prepares and arranges an agenda (closing minutes again may cancel the meeting they booked, with its agenda) and records key dates, but removing a key date, reviews and escalations are the coordinator's.
    for (const role of ['chair', 'minute_taker'] as const) {
      expect(may([role], 'arrangeAgendas'), role).toBe(true);
      expect(may([role], 'keepKeyDates'), role).toBe(true);
      expect(may([role], 'keepActions'), role).toBe(true);
      expect(may([role], 'prepareAgendas'), role).toBe(true);
      expect(may([role], 'keepChildRecords'), role).toBe(false);
    }
    for (const ability of ['arrangeAgendas', 'keepKeyDates', 'keepActions', 'prepareAgendas', 'keepChildRecords'] as const) expect(may(['coordinator'], ability), ability).toBe(true);
    // The rota is set up by an administrator, who neither prepares agendas nor keeps actions.
    expect(may(['admin'], 'setUp')).toBe(true);
    for (const ability of ['arrangeAgendas', 'keepKeyDates', 'keepActions', 'prepareAgendas', 'keepChildRecords'] as const) expect(may(['admin'], ability), ability).toBe(false);
    expect(mayDo({ engine: 'postgres', roles: ['chair'] }, 'keepChildRecords')).toEqual({
      allowed: false,
      reason: 'Only the permanence coordinator can record Child in Care reviews and escalations, or remove key dates.',
    });
  });

  it('offers a rating on the child page and a meeting’s details to those who may write them, not to a viewer or an administrator', () => {
    const may = (roles: TeamRole[], ability: TeamAbility) => mayDo({ engine: 'postgres', roles }, ability).allowed;
    for (const role of ['coordinator', 'chair', 'minute_taker'] as const) {
      expect(may([role], 'rateChildren'), role).toBe(true);
      expect(may([role], 'keepMeetingDetails'), role).toBe(true);
    }
    for (const role of ['viewer', 'admin'] as const) {
      expect(may([role], 'rateChildren'), role).toBe(false);
      expect(may([role], 'keepMeetingDetails'), role).toBe(false);
    }
  });

  it('holds the rota, the reviews and the booking of agendas to the tables only their roles may write', () => {
    const tables = (ability: TeamAbility) => ABILITY_WRITES[ability].map((w) => w.table);
    expect(tables('setUp')).toEqual(expect.arrayContaining(['meeting_series', 'series_rotation', 'series_overrides', 'series_extras']));
    expect(tables('keepChildRecords')).toEqual(expect.arrayContaining(['cic_reviews', 'escalations', 'key_dates']));
    expect(tables('prepareAgendas')).toEqual(expect.arrayContaining(['meetings', 'agenda_items', 'agenda_item_children']));
  });
});
