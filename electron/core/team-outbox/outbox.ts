import crypto from 'node:crypto';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import type { outboxStatus } from '../../../shared/procedures/outbox';
import { withRequestId } from '../data/applied-requests';
import { isLostConnection, teamStoreErrorBody } from '../db/refusals';
import type { Router } from '../router';
import type { OutboxEntry, OutboxFile, OutboxOwner, OutboxProcedure } from './outbox-file';
import { savedField, VersionChain } from './version-chain';
import { describeKept } from './words';

type OutboxStatus = z.output<typeof outboxStatus>;

/** The saves made while the minutes are typed: what the outbox holds when the team store cannot be reached. */
export const OUTBOX_PROCEDURES: readonly OutboxProcedure[] = ['minutes.save', 'minutes.rate'];

const isOutboxProcedure = (name: unknown): name is OutboxProcedure => (OUTBOX_PROCEDURES as readonly unknown[]).includes(name);

/** How long to wait before trying the team store again, after each failed try in a row (the last repeats). */
export const PROBE_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15000, 30000];

export interface TeamOutboxOptions {
  file: OutboxFile;
  owner: OutboxOwner;
  /** The core's own router: every save, held or not, is sent through it, with the checks any save has. */
  inner: Router;
  /** Asks the team store whether it has applied the save with this id (throws when it cannot be reached). */
  wasApplied(requestId: string): Promise<boolean>;
  /** The version a minutes field is at on the team store, if it holds this value (where a save already applied left it). */
  fieldVersion?(itemId: number, field: string, value: unknown): Promise<number | undefined>;
  now(): Date;
  probeDelaysMs?: readonly number[];
  onNotice?(message: string): void;
}

/**
 * The laptop's outbox in front of the team core's router. Each save of the minutes is given an
 * id here. When the team store cannot be reached the save is written to the outbox file (durably)
 * and acknowledged as held on this laptop; while anything waits, later saves queue behind it, so
 * they reach the team store in the order they were made. The outbox is sent on, oldest first,
 * as soon as the team store answers again (tried with a growing pause), each save through the
 * router under its own id: the team store records the id with the save, so a save it already has
 * (its answer was lost with the connection) is never applied twice. A save it will not take is
 * kept, with its text and the reason, for the person, never dropped.
 */
export class TeamOutbox {
  readonly router: Router;
  private draining: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private closed = false;
  private readonly chain = new VersionChain();

  constructor(private readonly options: TeamOutboxOptions) {
    this.router = { call: (name, input) => this.call(name, input) };
  }

  /** Sends on whatever an earlier session left waiting. */
  start(): void {
    if (this.options.file.waitingCount(this.options.owner) > 0) this.kick();
  }

  status(): OutboxStatus {
    const { file, owner } = this.options;
    return { waiting: file.waitingCount(owner), notShared: file.kept(owner).map(describeKept) };
  }

  /** Saves waiting to be sent (the shell asks before closing). */
  get waiting(): number {
    return this.closed ? 0 : this.options.file.waitingCount(this.options.owner);
  }

  /** Resolves when nothing is being sent (the outbox may still hold saves if the team store is out of reach). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** The team store answers again (its live link is back): send what waits now rather than at the next planned try. */
  retryNow(): void {
    if (this.closed || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.kick();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.options.file.close();
  }

  private async call(name: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (name === 'outbox.status') return { ok: true, value: this.status() };
    if (name === 'outbox.dismiss') return this.dismiss(input);
    if (!isOutboxProcedure(name) || this.closed) return this.options.inner.call(name, input);
    // Only a save in the contract's form is ever held: anything else is refused by the router as usual.
    if (!contract[name].input.safeParse(input).success) return this.options.inner.call(name, input);
    const requestId = crypto.randomUUID();
    if (this.options.file.waitingCount(this.options.owner) > 0) return this.hold(requestId, name, input);
    const result = await withRequestId(requestId, () => this.options.inner.call(name, this.chain.rebase(name, input)));
    if (result.ok) this.chain.applied(name, input, versionOf(result.value));
    // The team store may or may not have committed it before the line went: held under the same id, it is sent again and applied once.
    if (!result.ok && isLostConnection(result.error)) return this.hold(requestId, name, input);
    return result;
  }

  private hold(requestId: string, procedure: OutboxProcedure, input: unknown): ApiResult<unknown> {
    const savedAt = this.options.now().toISOString();
    this.options.file.add(this.options.owner, { requestId, procedure, input, savedAt });
    this.kick();
    return { ok: true, value: { savedAt, heldOnThisLaptop: true } };
  }

  private dismiss(input: unknown): ApiResult<unknown> {
    const parsed = contract['outbox.dismiss'].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request was not in the form Panelroom expects, so nothing was changed.' } };
    if (!this.options.file.dismiss(this.options.owner, parsed.data.save)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'That save is no longer kept on this laptop. Nothing has been changed.' } };
    }
    return { ok: true, value: this.status() };
  }

  /** Sends the outbox on now, unless it is being sent already or its next try is planned (a new save waits its turn behind the older ones). */
  private kick(): void {
    if (this.closed || this.draining || this.timer) return;
    this.draining = this.drain()
      .catch((err: unknown) => {
        // The outbox file itself failed (the disk): what it holds stays there; try again later.
        this.options.onNotice?.(`The outbox could not be sent on (${err instanceof Error ? err.name : typeof err}); it is kept and tried again.`);
        this.schedule();
      })
      .finally(() => (this.draining = undefined));
  }

  private schedule(): void {
    if (this.closed) return;
    const delays = this.options.probeDelaysMs ?? PROBE_DELAYS_MS;
    const delay = delays[Math.min(this.failures, delays.length - 1)]!;
    this.failures += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, delay);
    this.timer.unref?.();
  }

  private async drain(): Promise<void> {
    const { file, owner } = this.options;
    for (;;) {
      if (this.closed) return;
      const entry = file.nextWaiting(owner);
      if (!entry) break;
      const outcome = await this.send(entry);
      if (this.closed) return;
      if (outcome === 'unreachable') {
        this.schedule();
        return;
      }
      if (outcome === 'applied') file.remove(entry.seq);
      else file.keep(entry.seq, outcome.reason, this.keptBefore(entry));
    }
    if (this.failures > 0) this.options.onNotice?.('The team store answered again: the saves kept on this laptop have been sent.');
    this.failures = 0;
  }

  /**
   * The saves already kept that a save now kept replaces: the same field of the minutes typed over
   * the same version, each held save being the field's whole text as it stood, so the newest holds
   * everything typed. Typing while the line is down holds a save at every pause; kept one by one, a
   * paragraph would be listed as a dozen copies of itself. A save typed over another version (the
   * person took the other person's text, or kept theirs, in between) began from other words, so the
   * earlier one stays: what it held is in no later save.
   */
  private keptBefore(entry: OutboxEntry): number[] {
    const field = savedField(entry.procedure, entry.input);
    if (!field) return [];
    return this.options.file
      .kept(this.options.owner)
      .filter((k) => {
        const other = savedField(k.procedure, k.input);
        return k.seq < entry.seq && other !== undefined && other.itemId === field.itemId && other.field === field.field && other.version === field.version;
      })
      .map((k) => k.seq);
  }

  private async send(entry: OutboxEntry): Promise<'applied' | 'unreachable' | { reason: string }> {
    try {
      if (await this.options.wasApplied(entry.requestId)) {
        this.chain.applied(entry.procedure, entry.input, await this.versionLeftBy(entry));
        return 'applied';
      }
    } catch (err) {
      const body = teamStoreErrorBody(err);
      if (!body || isLostConnection(body)) return 'unreachable';
      return { reason: body.message };
    }
    const result = await withRequestId(entry.requestId, () => this.options.inner.call(entry.procedure, this.chain.rebase(entry.procedure, entry.input)));
    if (result.ok) {
      this.chain.applied(entry.procedure, entry.input, versionOf(result.value));
      return 'applied';
    }
    if (isLostConnection(result.error)) return 'unreachable';
    return { reason: result.error.message };
  }

  /** Where a save the team store had already applied left its field, if nothing has changed it since (otherwise unknown). */
  private async versionLeftBy(entry: OutboxEntry): Promise<number | undefined> {
    const saved = savedField(entry.procedure, entry.input);
    if (!saved || !this.options.fieldVersion) return undefined;
    return this.options.fieldVersion(saved.itemId, saved.field, saved.value).catch(() => undefined);
  }
}

const versionOf = (value: unknown): number | undefined => {
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  return typeof version === 'number' ? version : undefined;
};
