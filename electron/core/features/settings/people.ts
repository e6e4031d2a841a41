import type { ParsedInput } from '../../../../shared/contract';
import type { Person } from '../../../../shared/schemas/person';
import type { PersonRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { setArchived } from '../../data/archive';
import { changedFields } from '../../data/audit';
import { changedInDetails } from '../../data/row-version';
import { ROLE_LABELS } from '../../../../shared/roles';
import { assertTeamExists, notFound, warnOnDuplicateName } from '../guards';
import { write, type Writer } from '../../data/write';
import { findPerson, insertPerson, listPeopleRows, teamNamed, updatePersonRow } from './repository';

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    teamId: row.team_id,
    email: row.email,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function listPeople(ctx: ServiceContext, input: ParsedInput<'people.list'>): Promise<Person[]> {
  return (await listPeopleRows(ctx.db, input.includeArchived)).map(toPerson);
}

export async function createPerson(ctx: ServiceContext, input: ParsedInput<'people.create'>): Promise<Person> {
  return toPerson(await write(ctx, (w) => createPersonIn(w, input)));
}

/**
 * Adds a person inside the caller's write, with its audit row (also how someone adds
 * themselves as the person using the app: then they are the `actor`).
 */
export async function createPersonIn(w: Writer, input: ParsedInput<'people.create'>, actor?: string): Promise<PersonRow> {
  const trx = w.db;
  await warnOnDuplicateName(trx, 'people', input.name, { confirmed: input.confirmDuplicate, noun: 'a person' });
  await assertTeamExists(trx, input.teamId, 'teamId');
  const now = isoNow(w.ctx);
  const row = await insertPerson(trx, { name: input.name, role: input.role, team_id: input.teamId, email: input.email, created_at: now, updated_at: now });
  await w.audit({ action: 'create', entity: 'person', entityId: row.id, summary: `Added ${row.name}`, actor });
  return row;
}

export async function updatePerson(ctx: ServiceContext, input: ParsedInput<'people.update'>): Promise<Person> {
  return write(ctx, async (w): Promise<PersonRow> => {
    const before = await findPerson(w.db, input.id);
    if (!before) throw notFound('person');
    const pick = (r: PersonRow) => ({ name: r.name, role: r.role, teamId: r.team_id, email: r.email });
    const stored = pick(before);
    const sent = { name: input.name, role: input.role, teamId: input.teamId, email: input.email };
    // A save that changes nothing claims nothing: it cannot overwrite anyone.
    if (Object.keys(changedFields(stored, sent)).length === 0) return before;
    if (before.name.toLowerCase() !== input.name.toLowerCase()) {
      await warnOnDuplicateName(w.db, 'people', input.name, { excludeId: input.id, confirmed: input.confirmDuplicate, noun: 'a person' });
    }
    await assertTeamExists(w.db, input.teamId, 'teamId');
    await w.claimVersion({
      table: 'people',
      key: { id: before.id },
      version: input.version,
      entity: 'person',
      entityId: before.id,
      // Read again: on a team store another save may have committed since `before` was read.
      fields: async () => {
        const now = pick((await findPerson(w.db, before.id)) ?? before);
        return {
          name: { mine: sent.name, theirs: now.name },
          role: { mine: sent.role, theirs: now.role, shown: `‘${ROLE_LABELS[now.role]}’` },
          teamId: { mine: sent.teamId, theirs: now.teamId, ...(now.teamId === null ? {} : { shown: `‘${(await teamNamed(w.db, now.teamId))?.name ?? 'a team since removed'}’` }) },
          email: { mine: sent.email, theirs: now.email },
        };
      },
      changedIn: changedInDetails,
    });
    const row = await updatePersonRow(w.db, input.id, { name: input.name, role: input.role, team_id: input.teamId, email: input.email, updated_at: isoNow(ctx) });
    const changes = changedFields(stored, pick(row));
    if (Object.keys(changes).length > 0) {
      await w.audit({ action: 'update', entity: 'person', entityId: row.id, summary: `Changed ${row.name}`, details: changes });
    }
    return row;
  }).then(async (row) => {
    // The person using the app may have been renamed: "who" follows.
    await ctx.identity?.refresh(ctx.db);
    return toPerson(row);
  });
}

export async function setPersonArchived(ctx: ServiceContext, input: ParsedInput<'people.setArchived'>): Promise<Person> {
  return toPerson((await write(ctx, (w) => setArchived(w, 'people', input, (row) => row.name))).row);
}
