import type { Role } from '../../../../shared/roles';
import { TARGET_SIZES } from '../spec';
import { ADULT_FIRST_NAMES, surname, TEAM_NAMES, TEAMS_BY_WORK } from '../vocab';
import type { DatasetPart } from '../part';
import { stamp, type PersonRec } from '../world';

/** 400 people over a decade: about a third of the social workers have since left (archived). */
const ROLE_COUNTS: readonly (readonly [Role, number])[] = [
  ['chair', 6],
  ['group_manager', 5],
  ['team_manager', 24],
  ['social_worker', 290],
  ['iro', 30],
  ['legal_adviser', 10],
  ['permanence_coordinator', 4],
  ['case_progression_officer', 8],
  ['business_support', 15],
  ['fostering', 4],
  ['adoption', 4],
];

export const teamsAndPeople: DatasetPart = {
  name: 'teams and people',
  target: `${TARGET_SIZES.teams} teams, ${TARGET_SIZES.people} people`,
  build({ sqlite, rnd, world, audit }) {
    const insertTeam = sqlite.prepare('insert into teams (name, archived_at, created_at, updated_at) values (?, ?, ?, ?)');
    const insertPerson = sqlite.prepare('insert into people (name, role, team_id, email, archived_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)');
    const setManagers = sqlite.prepare('update teams set team_manager_id = ?, group_manager_id = ? where id = ?');
    const mergedDay = world.firstDay + 4 * 365 + 130;

    for (const [i, name] of TEAM_NAMES.entries()) {
      const archived = i === TEAMS_BY_WORK.archived;
      const created = stamp(rnd, world.firstDay);
      const id = Number(insertTeam.run(name, archived ? stamp(rnd, mergedDay) : null, created, created).lastInsertRowid);
      world.teams.push({ id, name, archived, managerId: null });
      audit({ day: world.firstDay, actor: 'setup', action: 'create', entity: 'team', entityId: id, summary: `Added team ${name}` });
    }

    const used = new Set<string>();
    let teamManagerSlot = 0;
    let socialWorkerSlot = 0;
    for (const [role, count] of ROLE_COUNTS) {
      for (let k = 0; k < count; k++) {
        let name = '';
        do name = `${rnd.pick(ADULT_FIRST_NAMES)} ${surname(rnd)}`;
        while (used.has(name));
        used.add(name);
        let teamIndex: number | null = null;
        let archived = false;
        if (role === 'team_manager') {
          // The first twelve manage a team now; the rest managed one before and have left.
          teamIndex = teamManagerSlot % TEAM_NAMES.length;
          archived = teamManagerSlot >= TEAM_NAMES.length || teamIndex === TEAMS_BY_WORK.archived;
          teamManagerSlot++;
        } else if (role === 'social_worker') {
          teamIndex = socialWorkerSlot++ % TEAM_NAMES.length;
          archived = teamIndex === TEAMS_BY_WORK.archived || rnd.chance(0.3);
        } else if (role === 'business_support' || role === 'chair') {
          archived = rnd.chance(0.2);
        }
        const joined = world.firstDay + rnd.int(0, 5 * 365);
        const created = stamp(rnd, joined);
        const email = rnd.chance(0.7) ? `${name.toLowerCase().replace(' ', '.')}@exampleshire.example` : null;
        const teamId = teamIndex === null ? null : world.teams[teamIndex]!.id;
        const leftDay = archived ? Math.min(world.today - 1, joined + rnd.int(200, 2500)) : null;
        const leftOn = leftDay === null ? null : stamp(rnd, leftDay);
        const id = Number(insertPerson.run(name, role, teamId, email, leftOn, created, leftOn ?? created).lastInsertRowid);
        const person: PersonRec = { id, name, role, teamIndex, archived, joined, left: leftDay };
        world.people.push(person);
        if (role === 'team_manager' && !archived && teamIndex !== null) world.teams[teamIndex]!.managerId = id;
        audit({ day: joined, actor: 'setup', action: 'create', entity: 'person', entityId: id, summary: `Added ${name}` });
      }
    }

    const groupManagers = world.people.filter((p) => p.role === 'group_manager');
    for (const [i, team] of world.teams.entries()) setManagers.run(team.managerId, groupManagers[i % groupManagers.length]!.id, team.id);

    // Minutes and ratings are recorded by business support and the coordinators, under their Windows names.
    world.actors = world.people
      .filter((p) => p.role === 'business_support' || p.role === 'permanence_coordinator' || p.role === 'case_progression_officer')
      .map((p) => p.name.toLowerCase().replace(' ', '.'));
    return { teams: world.teams.length, people: world.people.length };
  },
};
