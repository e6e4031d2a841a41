import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { isoNow, type ServiceContext } from '../../context';
import { assertTeamExists, notFound } from '../guards';
import { createPersonIn, toPerson } from '../settings/people';
import type { PersonUsingApp } from './person-using-app';
import { write } from '../../data/write';
import { findPerson } from '../settings/repository';
import { recordLoginPerson } from './repository';
import { AppError } from '../../errors';

const SIGN_IN_DECIDES =
  'On a team store your sign-in says who you are: ask your Panelroom administrator to link your login to your name in People. Nothing has been changed.';

function identityOf(ctx: ServiceContext): PersonUsingApp {
  if (!ctx.identity) throw new Error('This core does not know who is using it.');
  return ctx.identity;
}

export async function getCurrentUser(ctx: ServiceContext): Promise<ProcedureOutput<'people.currentUser'>> {
  const identity = identityOf(ctx);
  const id = identity.chosenPersonId;
  const row = id === null ? undefined : await findPerson(ctx.db, id);
  return { login: identity.login, person: row ? toPerson(row) : null };
}

/** The person using this computer says who they are: someone in People, or themselves added to it. */
export async function setCurrentUser(ctx: ServiceContext, input: ParsedInput<'people.setCurrentUser'>): Promise<ProcedureOutput<'people.currentUser'>> {
  const identity = identityOf(ctx);
  if (identity.decidedBySignIn) {
    // A person who is not there is said so first, as everywhere; then that the sign-in decides.
    if ('personId' in input && !(await findPerson(ctx.db, input.personId))) throw notFound('person');
    if ('add' in input) await assertTeamExists(ctx.db, input.add.teamId, 'teamId');
    throw new AppError('FORBIDDEN', SIGN_IN_DECIDES);
  }
  const { login } = identity;
  await write(ctx, async (w) => {
    const person = 'personId' in input ? await findPerson(w.db, input.personId) : await createPersonIn(w, input.add, input.add.name);
    if (!person) throw notFound('person');
    const chosenAt = isoNow(ctx);
    await recordLoginPerson(w.db, login, person.id, chosenAt);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: `${person.name} is using Panelroom on this computer`, details: { personId: person.id }, actor: person.name });
  });
  await identity.refresh(ctx.db);
  return getCurrentUser(ctx);
}
