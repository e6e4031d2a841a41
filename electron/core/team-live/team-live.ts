import crypto from 'node:crypto';
import { sql } from 'kysely';
import { EVERYTHING } from '../../../shared/live';
import type { AnnounceInTransaction, AnnouncingExpression, ChangeFeed } from '../data/change-feed';
import { dedicatedClient, type ConnectionSettings, type DedicatedClient } from '../db/postgres';
import { CHANGES_CHANNEL, parsePayload, payloadOf } from './payload';

export interface TeamLiveTimings {
  /** How often the listen connection is asked a trivial question, so a dead one is noticed and "last heard" stays true. */
  heartbeatMs: number;
  /** A heartbeat unanswered this long means the connection is gone. */
  heartbeatTimeoutMs: number;
  /** The first wait before connecting again; doubled each failure up to maxBackoffMs. */
  firstBackoffMs: number;
  maxBackoffMs: number;
  /** While not listening, every page is told to read everything again this often. */
  pollMs: number;
}

/** How the listen connection names itself to the server (what IT sees in pg_stat_activity). */
export const LISTEN_APPLICATION_NAME = 'Panelroom (live)';

export const DEFAULT_TIMINGS: TeamLiveTimings = { heartbeatMs: 5_000, heartbeatTimeoutMs: 10_000, firstBackoffMs: 250, maxBackoffMs: 10_000, pollMs: 15_000 };

/**
 * A laptop's live link to the team store. Every write announces itself with `pg_notify` inside
 * its own transaction (so an undone write announces nothing, and a committed one is heard only
 * after it is visible); one dedicated connection listens for everyone else's. When that
 * connection is lost it reconnects with backoff, meanwhile every page reads everything again
 * every so often, and after reconnecting every page reads everything again once (it may have
 * missed changes). Its own announcements come back on the listen connection and are not passed
 * on: the write path has already told this laptop.
 */
export class TeamLive {
  /** A random name for this open core, carried by its notifications. */
  readonly origin = crypto.randomBytes(9).toString('base64url');
  private readonly timings: TeamLiveTimings;
  private client: DedicatedClient | null = null;
  private closed = false;
  private failures = 0;
  private connectedOnce = false;
  private lastHeardAt: number | null = null;
  private lastToldAt = 0;
  private heartbeat: NodeJS.Timeout | null = null;
  private poll: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private connecting: Promise<void> | null = null;
  /** Connections already given up on: each is mourned once, however many ways it reports its end. */
  private readonly gone = new WeakSet<DedicatedClient>();

  constructor(
    private readonly settings: ConnectionSettings,
    private readonly feed: ChangeFeed,
    timings: Partial<TeamLiveTimings> = {},
    private readonly onNotice: (message: string) => void = () => undefined,
  ) {
    this.timings = { ...DEFAULT_TIMINGS, ...timings };
  }

  /** The write path's hook: run inside each write's transaction. */
  readonly announce: AnnounceInTransaction = async (trx, events) => {
    await sql`select ${this.notice(events)}`.execute(trx);
  };

  /** The announcement as an expression, for a write's last statement to carry (one round trip fewer). */
  readonly notice: AnnouncingExpression = (events) => sql`pg_notify(${CHANGES_CHANNEL}, ${payloadOf(this.origin, events)})`;

  /** Connects the listen connection; a failure is not thrown but retried (the app works on, polling). */
  start(): Promise<void> {
    this.feed.setLink({ listening: false, lastHeardAt: null });
    return this.connect();
  }

  /** Whether the listen connection is up now. */
  get listening(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopTimers();
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    if (this.closed) return Promise.resolve();
    const attempt = this.open().finally(() => {
      if (this.connecting === attempt) this.connecting = null;
    });
    this.connecting = attempt;
    return attempt;
  }

  private async open(): Promise<void> {
    const client = dedicatedClient(this.settings, LISTEN_APPLICATION_NAME);
    const onLost = () => this.lost(client);
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL) this.heard(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANGES_CHANNEL}`);
    } catch {
      onLost();
      return;
    }
    if (this.closed || this.gone.has(client)) {
      await client.end().catch(() => undefined);
      return;
    }
    const missed = this.connectedOnce || this.failures > 0;
    this.client = client;
    this.failures = 0;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.markHeard(true);
    this.heartbeat = setInterval(() => void this.beat(client), this.timings.heartbeatMs);
    this.heartbeat.unref();
    // Anything may have changed while this laptop was not listening.
    if (missed) this.feed.publish([{ entity: EVERYTHING, ids: [] }], null);
    else this.onNotice('Listening for other people’s changes on the team store.');
    this.connectedOnce = true;
  }

  private heard(payload: string | undefined): void {
    this.markHeard(false);
    const parsed = parsePayload(payload);
    if (!parsed || parsed.origin === this.origin) return;
    this.feed.publish(parsed.events, null);
  }

  private markHeard(always: boolean): void {
    const now = Date.now();
    this.lastHeardAt = now;
    // A busy room sends many notifications: the pages are told the time at most once a second.
    if (!always && now - this.lastToldAt < 1000) return;
    this.lastToldAt = now;
    this.feed.setLink({ listening: this.client !== null, lastHeardAt: new Date(now).toISOString() });
  }

  private async beat(client: DedicatedClient): Promise<void> {
    if (client !== this.client) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The team store did not answer.')), this.timings.heartbeatTimeoutMs);
    });
    try {
      await Promise.race([client.query('select 1'), late]);
      this.markHeard(true);
    } catch {
      // Lost without an error from the socket (a cable pulled): given up on here.
      this.lost(client);
      client.end().catch(() => undefined);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: DedicatedClient): void {
    if (this.gone.has(client)) return;
    this.gone.add(client);
    if (this.client === client) {
      this.client = null;
      this.stopTimers();
      this.onNotice('The team store’s change notices were lost; reconnecting, and reading everything again meanwhile.');
    }
    if (this.closed) return;
    this.feed.setLink({ listening: false, lastHeardAt: this.lastHeardAt === null ? null : new Date(this.lastHeardAt).toISOString() });
    if (!this.poll) {
      this.poll = setInterval(() => this.feed.publish([{ entity: EVERYTHING, ids: [] }], null), this.timings.pollMs);
      this.poll.unref();
    }
    if (this.retry) return;
    const wait = Math.min(this.timings.maxBackoffMs, this.timings.firstBackoffMs * 2 ** this.failures);
    this.failures += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, wait);
    this.retry.unref();
  }

  private stopTimers(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.retry && this.closed) {
      clearTimeout(this.retry);
      this.retry = null;
    }
  }
}
