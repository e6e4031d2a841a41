import type { RawBuilder, Transaction } from 'kysely';
import type { ServerLink } from '../../../shared/live';
import { currentCallOrigin } from '../call-origin';
import type { Database } from './database';

/**
 * What a write changed, as the rest of the app (and later, other laptops) hear of it:
 * the kind of record and which ones, never what they say. Every user may hear every
 * event, so a child's details never travel in one: a listener reads them again under
 * its own permissions.
 */
export interface ChangeEvent {
  entity: string;
  /** The records changed; empty for a change to the kind as a whole (the settings, the review rules). */
  ids: number[];
}

/** Runs inside each write's transaction once its change is made (the team store announces it to other laptops here). */
export type AnnounceInTransaction = (trx: Transaction<Database>, events: readonly ChangeEvent[]) => Promise<void>;

/** The same announcement as an expression another statement of the write selects (a team store's `pg_notify(…)`): no round trip of its own. */
export type AnnouncingExpression = (events: readonly ChangeEvent[]) => RawBuilder<unknown>;

/** The in-process feed of changes: told after each write commits. */
export class ChangeFeed {
  private readonly listeners = new Set<(events: readonly ChangeEvent[], origin: string | null) => void>();
  private announce: AnnounceInTransaction | null = null;
  private announcing: AnnouncingExpression | null = null;
  private readonly linkListeners = new Set<(link: ServerLink | null) => void>();
  private serverLink: ServerLink | null = null;

  /** Each listener hears the changes and the page whose call made them (null: another laptop's, or none said). */
  subscribe(listener: (events: readonly ChangeEvent[], origin: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the hook run inside every write's transaction (one at a time: the store that is open decides). */
  announceWith(hook: AnnounceInTransaction | null, expression: AnnouncingExpression | null = null): void {
    this.announce = hook;
    this.announcing = hook ? expression : null;
  }

  /** Whether a write's last statement can carry its announcement (`noticeOf`) instead of `inTransaction` sending its own. */
  get carriesNotice(): boolean {
    return this.announcing !== null;
  }

  /** The announcement of these changes as an expression for a statement of the write to select; null where there is nothing to announce or no such form. */
  noticeOf(events: readonly ChangeEvent[]): RawBuilder<unknown> | null {
    return this.announcing && events.length > 0 ? this.announcing(events) : null;
  }

  async inTransaction(trx: Transaction<Database>, events: readonly ChangeEvent[]): Promise<void> {
    if (this.announce && events.length > 0) await this.announce(trx, events);
  }

  /** With a team store: whether its changes are heard as they happen, and when the server last answered; null with no server. */
  get link(): ServerLink | null {
    return this.serverLink;
  }

  /** Told by whatever listens to the server (the team store's listen connection). */
  setLink(link: ServerLink | null): void {
    this.serverLink = link;
    for (const listener of this.linkListeners) {
      try {
        listener(link);
      } catch {
        // As for changes: a listener's fault is its own.
      }
    }
  }

  onLink(listener: (link: ServerLink | null) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  /**
   * After the commit: a listener's fault is its own, never the write's (which has happened).
   * The origin is the page whose call is being served, unless said otherwise (null for changes
   * heard from the server, whatever call's turn they happen to arrive in).
   */
  publish(events: readonly ChangeEvent[], origin: string | null = currentCallOrigin() ?? null): void {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(events, origin);
      } catch {
        // A listener that fails hears the next change all the same.
      }
    }
  }
}
