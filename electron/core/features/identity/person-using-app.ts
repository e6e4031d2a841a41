import type { Db } from '../../db/db-type';
import { personChosenByLogin } from './repository';

/**
 * Who is acting, for the audit log, the documents and every "by" column: the person this
 * computer login chose from People, or the login itself until they have. The core's actor
 * comes from here and nowhere else, so a later store that knows its users by their own
 * login (a shared server) changes only this module.
 */
export class PersonUsingApp {
  private name: string | null = null;
  private personId: number | null = null;

  /**
   * `decidedBySignIn`: on a team store the login is the person's own, and the administrator
   * links it to their name in People; "who is using this computer" is not asked.
   */
  constructor(
    readonly login: string,
    readonly decidedBySignIn = false,
  ) {}

  /** The name written as "who": the person's, or the login's while nobody is chosen. */
  get actor(): string {
    return this.name ?? this.login;
  }

  /** The person's name, or null while nobody is chosen (or linked to the login). */
  get personName(): string | null {
    return this.name;
  }

  get chosenPersonId(): number | null {
    return this.personId;
  }

  /** Reads the choice for this login again: after opening or restoring the data, choosing, or renaming a person. */
  async refresh(db: Db): Promise<void> {
    const row = await personChosenByLogin(db, this.login);
    this.personId = row?.id ?? null;
    this.name = row?.name ?? null;
  }
}
