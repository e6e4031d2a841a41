import type { z } from 'zod';
import { contract, type ProcedureName, type ProcedureOutput } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import type { signInInput } from '../../../shared/procedures/sign-in';
import type { Core } from '../core';
import { LATEST_SCHEMA_VERSION } from '../db/connection';
import { connectionSettings, TeamStoreError, type TeamStoreAddress } from '../db/postgres';
import { AppError } from '../errors';
import { describeInvalidInput, settle, type Router, type RouterOptions } from '../router';
import type { TeamStoreConfig } from './config';

type Status = ProcedureOutput<'signIn.status'>;
type SignInInput = z.output<typeof signInInput>;

/** A password kept for this computer's person, sealed by the operating system's keychain (the desktop shell's part). */
export interface PasswordKeeper {
  /** Null when a password can be kept here; otherwise why not, as a sentence. */
  unavailable(): Promise<string | null>;
  /** The login and password kept for this team store, if any (and still readable). */
  read(url: string): Promise<{ login: string; password: string } | null>;
  keep(url: string, login: string, password: string): Promise<void>;
  forget(): Promise<void>;
}

export interface SignInGateOptions extends RouterOptions {
  config: TeamStoreConfig;
  mode: 'desktop' | 'browser';
  appVersion: string;
  dataDir: string;
  /** Signs in and builds the core over the team store (createTeamCore); a refusal throws a TeamStoreError. */
  open(address: TeamStoreAddress): Promise<Core>;
  /** Desktop: keeps a password in the keychain when the person asks. Browser mode keeps none. */
  keeper?: PasswordKeeper;
  /**
   * Keeps a new address chosen on the sign-in screen (the desktop's team-store.json). Without it
   * the address came from how Panelroom was started (browser mode's --database-url) and stays.
   */
  save?(input: { url: string; caFile: string | null }): TeamStoreConfig;
  /** Told once a core is open (to start its background work) and once it has closed. */
  onSignedIn?(core: Core): void;
  onSignedOut?(): void;
  onNotice?(message: string): void;
}

const SIGN_IN_FIRST = 'Sign in to the team store first. Nothing has been read or changed.';

/**
 * Stands in front of the team store's core: until the person has signed in it answers only what
 * the sign-in screen needs (signIn.*, app.info); once signed in every other call goes to the
 * core's own router. Signing out closes the core and returns here. Nothing is written by a
 * refused sign-in: the team store's own sentence comes back as the error.
 */
export class SignInGate {
  readonly router: Router;
  private core: Core | undefined;
  private refusal: string | null = null;
  private lastLogin: string | null;
  private busy: Promise<unknown> = Promise.resolve();
  private config: TeamStoreConfig;
  private server = '';
  private database = '';

  constructor(private readonly options: SignInGateOptions) {
    this.config = options.config;
    this.lastLogin = null;
    this.useConfig(options.config);
    this.router = { call: (name, input) => this.call(name, input) };
  }

  private useConfig(config: TeamStoreConfig): void {
    const settings = connectionSettings({ url: config.url }, {});
    this.config = config;
    this.server = `${settings.host}:${settings.port}`;
    this.database = settings.database;
    this.lastLogin = settings.user || this.lastLogin;
  }

  /** A new address for the team store, before signing in: kept where the shell keeps it, then used at once. */
  private async chooseStore(input: { url: string; caFile: string | null }): Promise<void> {
    await this.serial(async () => {
      if (this.core) throw new AppError('CONFLICT', 'Sign out of the team store before choosing another. Nothing has been changed.');
      if (!this.options.save) {
        throw new AppError('CONFLICT', 'Browser mode was started with this team store’s address (--database-url or PANELROOM_DATABASE_URL): start it again with the other address. Nothing has been changed.');
      }
      const config = this.options.save(input);
      // A password kept for the last address is of no use for another.
      if (config.url !== this.config.url) await this.options.keeper?.forget().catch(() => undefined);
      this.useConfig(config);
      this.refusal = null;
    });
  }

  /** The core while signed in. */
  get current(): Core | undefined {
    return this.core;
  }

  /**
   * At start: a password kept in the keychain (desktop) or given with browser mode's address
   * signs in without the screen; a refused one leaves the screen to show why.
   */
  async start(given?: { password: string }): Promise<void> {
    const kept = this.options.keeper ? await this.options.keeper.read(this.config.url).catch(() => null) : null;
    if (kept) this.lastLogin = kept.login;
    const password = given?.password ?? kept?.password;
    const login = this.lastLogin;
    if (!password || !login) return;
    try {
      await this.signIn({ login, password, remember: false });
    } catch (err) {
      this.refusal = err instanceof Error ? err.message : String(err);
      // A kept password the team store no longer accepts is no use: forget it.
      if (kept && err instanceof TeamStoreError && err.reason === 'password') await this.options.keeper?.forget().catch(() => undefined);
    }
  }

  async status(): Promise<Status> {
    const unavailable = this.options.mode === 'desktop' && this.options.keeper ? await this.options.keeper.unavailable().catch(() => 'This computer’s keychain cannot be reached, so your password cannot be kept.') : null;
    return {
      required: true,
      signedIn: this.core !== undefined,
      server: this.server,
      database: this.database,
      login: this.lastLogin,
      canRemember: this.options.mode === 'desktop' && this.options.keeper !== undefined && unavailable === null,
      rememberUnavailable: unavailable,
      refusal: this.core ? null : this.refusal,
    };
  }

  /** Signs out: the core closes, any kept password is forgotten, and the gate answers alone again. */
  async signOut(): Promise<void> {
    await this.serial(async () => {
      const core = this.core;
      this.core = undefined;
      this.refusal = null;
      await this.options.keeper?.forget().catch(() => undefined);
      if (core) {
        await core.close();
        this.options.onSignedOut?.();
      }
    });
  }

  async close(options?: { backup?: boolean }): Promise<void> {
    const core = this.core;
    this.core = undefined;
    await core?.close(options);
  }

  private async signIn(input: SignInInput): Promise<void> {
    await this.serial(async () => {
      if (this.core) throw new AppError('CONFLICT', 'You are already signed in to the team store. Sign out first to sign in as someone else.');
      const address = this.addressFor(input.login, input.password);
      this.lastLogin = input.login;
      const core = await this.options.open(address);
      this.core = core;
      this.refusal = null;
      if (input.remember && this.options.mode === 'desktop' && this.options.keeper) {
        try {
          await this.options.keeper.keep(this.config.url, input.login, input.password);
        } catch {
          this.options.onNotice?.('The password could not be kept in the keychain; the person will be asked again next time.');
        }
      }
      this.options.onSignedIn?.(core);
    });
  }

  private addressFor(login: string, password: string): TeamStoreAddress {
    const url = new URL(this.config.url);
    url.username = encodeURIComponent(login);
    url.password = '';
    return { url: url.toString(), password, ...(this.config.caFile ? { caFile: this.config.caFile } : {}) };
  }

  /** One sign-in or sign-out at a time: a second click waits for the first. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => undefined);
    return next;
  }

  private async call(name: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (name === 'signIn.status' || name === 'signIn.submit' || name === 'signIn.signOut' || name === 'signIn.chooseStore') return this.own(name, input);
    if (this.core) return this.core.router.call(name, input);
    if (name === 'app.info') {
      const info: ProcedureOutput<'app.info'> = {
        version: this.options.appVersion,
        schemaVersion: LATEST_SCHEMA_VERSION,
        dataDir: this.options.dataDir,
        mode: this.options.mode,
        store: { engine: 'postgres', server: this.server, database: this.database, login: this.lastLogin ?? '', person: null, roles: [] },
      };
      return { ok: true, value: info };
    }
    return { ok: false, error: { code: 'FORBIDDEN', message: SIGN_IN_FIRST } };
  }

  private own(name: Extract<ProcedureName, `signIn.${string}`>, input: unknown): Promise<ApiResult<unknown>> {
    return settle(
      name,
      async () => {
        const parsed = contract[name].input.safeParse(input);
        if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error) };
        try {
          if (name === 'signIn.submit') await this.signIn(parsed.data as SignInInput);
          if (name === 'signIn.signOut') await this.signOut();
          if (name === 'signIn.chooseStore') await this.chooseStore(parsed.data as { url: string; caFile: string | null });
        } catch (err) {
          // The team store's own sentence, with its way forward: the screen shows it as it is.
          if (err instanceof TeamStoreError) return { ok: false, error: { code: 'FORBIDDEN', message: err.message } };
          throw err;
        }
        return { ok: true, value: contract[name].output.parse(await this.status()) };
      },
      this.options,
    );
  }
}
