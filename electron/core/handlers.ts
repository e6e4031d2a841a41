import type { ProcedureOutput } from '../../shared/contract';
import type { ServiceContext } from './context';
import type { Handlers } from './router';
import { createPerson, listPeople, setPersonArchived, updatePerson } from './services/people';
import { createTeam, listTeams, setTeamArchived, updateTeam } from './services/teams';

/** Wires each procedure of the contract to its service. The type makes a missing procedure a compile error. */
export function buildHandlers(ctx: ServiceContext, info: ProcedureOutput<'app.info'>): Handlers {
  return {
    'app.info': () => info,
    'teams.list': (i) => listTeams(ctx, i),
    'teams.create': (i) => createTeam(ctx, i),
    'teams.update': (i) => updateTeam(ctx, i),
    'teams.setArchived': (i) => setTeamArchived(ctx, i),
    'people.list': (i) => listPeople(ctx, i),
    'people.create': (i) => createPerson(ctx, i),
    'people.update': (i) => updatePerson(ctx, i),
    'people.setArchived': (i) => setPersonArchived(ctx, i),
  };
}
