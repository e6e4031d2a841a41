import type { ParsedInput } from '../../../../shared/contract';
import type { Team } from '../../../../shared/schemas/team';
import type { TeamRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { setArchived } from '../../data/archive';
import { changedFields } from '../../data/audit';
import { changedInDetails } from '../../data/row-version';
import { assertPersonExists, notFound, warnOnDuplicateName } from '../guards';
import { write } from '../../data/write';
import { personNamed, findTeam, insertTeam, listTeamRows, updateTeamRow } from './repository';

export function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    teamManagerId: row.team_manager_id,
    groupManagerId: row.group_manager_id,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function listTeams(ctx: ServiceContext, input: ParsedInput<'teams.list'>): Promise<Team[]> {
  return (await listTeamRows(ctx.db, input.includeArchived)).map(toTeam);
}

export async function createTeam(ctx: ServiceContext, input: ParsedInput<'teams.create'>): Promise<Team> {
  return write(ctx, async (w) => {
    await warnOnDuplicateName(w.db, 'teams', input.name, { confirmed: input.confirmDuplicate, noun: 'a team' });
    await assertPersonExists(w.db, input.teamManagerId, 'teamManagerId');
    await assertPersonExists(w.db, input.groupManagerId, 'groupManagerId');
    const now = isoNow(ctx);
    const row = await insertTeam(w.db, { name: input.name, team_manager_id: input.teamManagerId, group_manager_id: input.groupManagerId, created_at: now, updated_at: now });
    await w.audit({ action: 'create', entity: 'team', entityId: row.id, summary: `Added team “${row.name}”` });
    return toTeam(row);
  });
}

export async function updateTeam(ctx: ServiceContext, input: ParsedInput<'teams.update'>): Promise<Team> {
  return write(ctx, async (w) => {
    const before = await findTeam(w.db, input.id);
    if (!before) throw notFound('team');
    const pick = (r: TeamRow) => ({ name: r.name, teamManagerId: r.team_manager_id, groupManagerId: r.group_manager_id });
    const stored = pick(before);
    const sent = { name: input.name, teamManagerId: input.teamManagerId, groupManagerId: input.groupManagerId };
    // A save that changes nothing claims nothing: it cannot overwrite anyone.
    if (Object.keys(changedFields(stored, sent)).length === 0) return toTeam(before);
    if (before.name.toLowerCase() !== input.name.toLowerCase()) {
      await warnOnDuplicateName(w.db, 'teams', input.name, { excludeId: input.id, confirmed: input.confirmDuplicate, noun: 'a team' });
    }
    await assertPersonExists(w.db, input.teamManagerId, 'teamManagerId');
    await assertPersonExists(w.db, input.groupManagerId, 'groupManagerId');
    await w.claimVersion({
      table: 'teams',
      key: { id: before.id },
      version: input.version,
      entity: 'team',
      entityId: before.id,
      // Read again: on a team store another save may have committed since `before` was read.
      fields: async () => {
        const now = pick((await findTeam(w.db, before.id)) ?? before);
        const shown = async (id: number | null) => (id === null ? {} : { shown: `‘${(await personNamed(w.db, id))?.name ?? 'someone since removed'}’` });
        return {
          name: { mine: sent.name, theirs: now.name },
          teamManagerId: { mine: sent.teamManagerId, theirs: now.teamManagerId, ...(await shown(now.teamManagerId)) },
          groupManagerId: { mine: sent.groupManagerId, theirs: now.groupManagerId, ...(await shown(now.groupManagerId)) },
        };
      },
      changedIn: changedInDetails,
    });
    const row = await updateTeamRow(w.db, input.id, { name: input.name, team_manager_id: input.teamManagerId, group_manager_id: input.groupManagerId, updated_at: isoNow(ctx) });
    const changes = changedFields(stored, pick(row));
    if (Object.keys(changes).length > 0) {
      await w.audit({ action: 'update', entity: 'team', entityId: row.id, summary: `Changed team “${row.name}”`, details: changes });
    }
    return toTeam(row);
  });
}

export async function setTeamArchived(ctx: ServiceContext, input: ParsedInput<'teams.setArchived'>): Promise<Team> {
  return toTeam((await write(ctx, (w) => setArchived(w, 'teams', input, (row) => `team “${row.name}”`))).row);
}
