import type { Db } from '../../db/db-type';

/** The person a computer login chose from People, if it has chosen one. */
export function personChosenByLogin(db: Db, login: string) {
  return db
    .selectFrom('login_people')
    .innerJoin('people', 'people.id', 'login_people.person_id')
    .select(['people.id', 'people.name'])
    .where('login_people.login', '=', login)
    .executeTakeFirst();
}

/** Records (or changes) which person a computer login is. */
export async function recordLoginPerson(db: Db, login: string, personId: number, chosenAt: string): Promise<void> {
  await db
    .insertInto('login_people')
    .values({ login, person_id: personId, chosen_at: chosenAt })
    .onConflict((oc) => oc.column('login').doUpdateSet({ person_id: personId, chosen_at: chosenAt }))
    .execute();
}
