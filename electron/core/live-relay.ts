import { everythingChanged, type LiveMessage } from '../../shared/live';
import type { ChangeFeed } from './data/change-feed';

/**
 * What the shells pass on to the pages: the changes of whichever core is open (a team store's
 * core comes and goes with signing in and out), and the state of its link to the server.
 * Each transport subscribes once; a new core tells every page to read everything again.
 */
export class LiveRelay {
  private readonly listeners = new Set<(message: LiveMessage, origin: string | null) => void>();
  private feed: ChangeFeed | null = null;
  private unfollow: (() => void)[] = [];

  /** Follows this core's feed from now on (null: none is open). */
  follow(feed: ChangeFeed | null): void {
    if (feed === this.feed) return;
    for (const off of this.unfollow.splice(0)) off();
    this.feed = feed;
    if (feed) {
      this.unfollow.push(
        feed.subscribe((events, origin) => this.send({ kind: 'changes', events: events.map((e) => ({ entity: e.entity, ids: [...e.ids] })) }, origin)),
        feed.onLink((link) => this.send({ kind: 'link', link })),
      );
    }
    this.send(this.linkMessage());
    this.send(everythingChanged());
  }

  /** The link as it stands: what a page that has just subscribed is told first. */
  linkMessage(): LiveMessage {
    return { kind: 'link', link: this.feed?.link ?? null };
  }

  /** Each listener hears every message, with the page whose call caused it (a transport leaves that page out). */
  subscribe(listener: (message: LiveMessage, origin: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private send(message: LiveMessage, origin: string | null = null): void {
    for (const listener of this.listeners) {
      try {
        listener(message, origin);
      } catch {
        // One page that cannot be told does not stop the others hearing.
      }
    }
  }
}
