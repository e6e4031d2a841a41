import { todayIso } from '../../../shared/domain/dates';
import type { Db } from '../db/db-type';
import { AppError } from '../errors';
import { personNamed, liveNamesake, personExists, teamExists } from './settings/repository';

/** Refuses a save whose name matches another live row, unless the person has seen the warning and confirmed. */
export async function warnOnDuplicateName(
  db: Db,
  table: 'teams' | 'people',
  name: string,
  options: { excludeId?: number; confirmed?: boolean; noun: string },
): Promise<void> {
  if (options.confirmed) return;
  const clash = await liveNamesake(db, table, name, options.excludeId);
  if (clash) {
    throw new AppError('NEEDS_CONFIRMATION', `There is already ${options.noun} called “${name}”. Check this is not the same one; choose “Save anyway” if it is different.`, {
      name: `Another ${options.noun.replace(/^an? /, '')} already has this name.`,
    });
  }
}

/** Checks a referenced person exists, so a bad id is a field message rather than a foreign-key failure. */
export async function assertPersonExists(db: Db, personId: number | null, field: string): Promise<void> {
  if (personId === null) return;
  const row = await personExists(db, personId);
  if (!row) throw new AppError('INVALID_INPUT', 'The person chosen no longer exists. Choose another.', { [field]: 'Choose a person from the list.' });
}

/** The name of a person chosen from the list, copied onto a record; a bad id is a field message, as above. */
export async function chosenPersonName(db: Db, personId: number, field: string): Promise<string> {
  const row = await personNamed(db, personId);
  if (!row) throw new AppError('INVALID_INPUT', 'The person chosen no longer exists. Choose another.', { [field]: 'Choose a person from the list.' });
  return row.name;
}

export async function assertTeamExists(db: Db, teamId: number | null, field: string): Promise<void> {
  if (teamId === null) return;
  const row = await teamExists(db, teamId);
  if (!row) throw new AppError('INVALID_INPUT', 'The team chosen no longer exists. Choose another.', { [field]: 'Choose a team from the list.' });
}

export { notFound } from '../errors';

/**
 * Refuses a date still to come for something recorded once it has happened (an action done, a
 * review held, minutes approved): the record never runs ahead of the day. One sentence says what
 * was refused; the field always gets the same way forward.
 */
export function refuseDateToCome(ctx: { now(): Date }, field: string, date: string, sentence: string): void {
  if (date > todayIso(ctx.now())) throw new AppError('INVALID_INPUT', sentence, { [field]: 'Choose today or an earlier date.' });
}
