import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/errors';
import { chooseTeamStore, readTeamStoreConfig, type TeamStoreConfig } from '../../electron/core/team-sign-in/config';
import { SignInGate, type PasswordKeeper } from '../../electron/core/team-sign-in/gate';
import { createTeamCore } from '../../electron/core/team-core';
import { adminClient, freshDatabase, freshTeamStore, person, SERVER, type Person } from './support/pg';

/** The shell's keychain stands outside the core: here a folder stands in for it, holding what the gate asks it to keep. */
function folderKeeper(dir: string, unavailable: string | null = null): PasswordKeeper & { file: string } {
  const file = path.join(dir, 'kept.json');
  return {
    file,
    unavailable: () => Promise.resolve(unavailable),
    read: (url) => {
      if (!fs.existsSync(file)) return Promise.resolve(null);
      const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as { url: string; login: string; password: string };
      return Promise.resolve(kept.url === url ? { login: kept.login, password: kept.password } : null);
    },
    keep: (url, login, password) => Promise.resolve(fs.writeFileSync(file, JSON.stringify({ url, login, password }))),
    forget: () => Promise.resolve(fs.rmSync(file, { force: true })),
  };
}

const NOT_BUILT = /team store core is not built yet/;
let database: string;
let chair: Person;
let dir: string;

function configFor(db: string, port = SERVER.port): TeamStoreConfig {
  return { url: `postgres://${SERVER.host}:${port}/${db}?sslmode=disable` };
}

function gateFor(config: TeamStoreConfig, keeper?: PasswordKeeper, internal: unknown[] = []): SignInGate {
  return new SignInGate({
    config,
    mode: keeper ? 'desktop' : 'browser',
    appVersion: '0.0.0-test',
    dataDir: dir,
    open: (address) => createTeamCore({ address, appVersion: '0.0.0-test', mode: keeper ? 'desktop' : 'browser' }),
    ...(keeper ? { keeper } : {}),
    onInternalError: (_name, err) => internal.push(err),
  });
}

function refusal(result: ApiResult<unknown>): { code: string; message: string } | null {
  return result.ok ? null : { code: result.error.code, message: result.error.message };
}

/** Rows in the audit log and logins' sessions: what a sign-in must not leave behind. */
async function auditRows(db: string): Promise<number> {
  const admin = await adminClient(db);
  try {
    return (await admin.query('select count(*)::int as n from audit_log')).rows[0].n as number;
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  database = await freshTeamStore();
  chair = await person(database, 'chair', 'Priya Chair');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-gate-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the sign-in gate in front of a team store', () => {
  it('before signing in answers only what the sign-in screen needs', async () => {
    const gate = gateFor(configFor(database));
    expect(await gate.router.call('signIn.status', undefined)).toEqual({
      ok: true,
      value: { required: true, signedIn: false, server: `${SERVER.host}:${SERVER.port}`, database, login: null, canRemember: false, rememberUnavailable: null, refusal: null },
    });
    const info = await gate.router.call('app.info', undefined);
    expect(info.ok && (info.value as { store: unknown }).store).toEqual({ engine: 'postgres', server: `${SERVER.host}:${SERVER.port}`, database, login: '', person: null, roles: [] });
    expect(refusal(await gate.router.call('children.list', {}))).toEqual({ code: 'FORBIDDEN', message: 'Sign in to the team store first. Nothing has been read or changed.' });
    expect(refusal(await gate.router.call('backups.create', undefined))?.code).toBe('FORBIDDEN');
    expect(refusal(await gate.router.call('signIn.submit', { login: chair.login, password: '', remember: false }))).toEqual({ code: 'INVALID_INPUT', message: 'Enter your password.' });
  });

  it('refuses a wrong password with the team store’s sentence, writing nothing, and stays at the gate', async () => {
    const gate = gateFor(configFor(database));
    const before = await auditRows(database);
    expect(refusal(await gate.router.call('signIn.submit', { login: chair.login, password: 'not-the-password', remember: false }))).toEqual({
      code: 'FORBIDDEN',
      message: `The team store did not accept the sign-in for ${chair.login}: the login or password is wrong. Check them and try again, or ask IT to reset the password. Nothing has been changed.`,
    });
    expect(await auditRows(database)).toBe(before);
    const status = await gate.router.call('signIn.status', undefined);
    expect(status.ok && status.value).toMatchObject({ signedIn: false, login: chair.login });
    expect(refusal(await gate.router.call('app.status', undefined))?.code).toBe('FORBIDDEN');
  });

  it('refuses an unreachable port in a sentence', async () => {
    const gate = gateFor(configFor(database, 1));
    expect(refusal(await gate.router.call('signIn.submit', { login: chair.login, password: chair.password }))).toEqual({
      code: 'FORBIDDEN',
      message: `Panelroom cannot reach the team store at ${SERVER.host}:1. Check this computer is on the council’s network (or VPN) and the address in Settings is right, or ask IT whether the server is running. Nothing has been changed.`,
    });
  });

  it('refuses a database that holds no team store, in a sentence, leaving it empty', async () => {
    const empty = await freshDatabase();
    const admin = await adminClient();
    try {
      await admin.query(`create role ${chair.login}_plain login password 'plain-password'`);
      await admin.query(`grant connect on database ${empty} to ${chair.login}_plain`);
    } finally {
      await admin.end();
    }
    const gate = gateFor(configFor(empty));
    expect(refusal(await gate.router.call('signIn.submit', { login: `${chair.login}_plain`, password: 'plain-password' }))).toEqual({
      code: 'FORBIDDEN',
      message: `The database ${empty} holds no Panelroom team store. Ask IT to set it up (team-store init), or check the address in Settings. Nothing has been changed.`,
    });
    const inside = await adminClient(empty);
    try {
      expect((await inside.query(`select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`)).rows[0].n).toBe(0);
    } finally {
      await inside.end();
    }
  });

  it('offers to keep the password only where the keychain can, and says why not otherwise', async () => {
    const noKeychain = gateFor(configFor(database), folderKeeper(dir, 'This computer has no keychain Panelroom can use.'));
    const status = await noKeychain.router.call('signIn.status', undefined);
    expect(status.ok && status.value).toMatchObject({ canRemember: false, rememberUnavailable: 'This computer has no keychain Panelroom can use.' });
    const withKeychain = gateFor(configFor(database), folderKeeper(dir));
    const offered = await withKeychain.router.call('signIn.status', undefined);
    expect(offered.ok && offered.value).toMatchObject({ canRemember: true, rememberUnavailable: null });
  });

  it('at start, a kept password the team store refuses opens the screen with the reason, and is forgotten', async () => {
    const keeper = folderKeeper(dir);
    await keeper.keep(configFor(database).url, chair.login, 'an-old-password');
    const gate = gateFor(configFor(database), keeper);
    await gate.start();
    const status = await gate.router.call('signIn.status', undefined);
    expect(status.ok && status.value).toMatchObject({
      signedIn: false,
      login: chair.login,
      refusal: `The team store did not accept the sign-in for ${chair.login}: the login or password is wrong. Check them and try again, or ask IT to reset the password. Nothing has been changed.`,
    });
    expect(fs.existsSync(keeper.file)).toBe(false);
  });

  it('keeps nothing when a sign-in is refused, even when asked to keep the password', async () => {
    const keeper = folderKeeper(dir);
    const gate = gateFor(configFor(database), keeper);
    expect(refusal(await gate.router.call('signIn.submit', { login: chair.login, password: 'wrong', remember: true }))?.code).toBe('FORBIDDEN');
    expect(fs.existsSync(keeper.file)).toBe(false);
  });

  it('takes a corrected address on the sign-in screen, kept in team-store.json, and signs in to it', async () => {
    const saving = new SignInGate({
      config: configFor(database, 1),
      mode: 'desktop',
      appVersion: '0.0.0-test',
      dataDir: dir,
      open: (address) => createTeamCore({ address, appVersion: '0.0.0-test', mode: 'desktop' }),
      save: (input) => chooseTeamStore(dir, input),
    });
    expect(refusal(await saving.router.call('signIn.submit', { login: chair.login, password: 'wrong' }))?.message).toMatch(/cannot reach the team store at .*:1\./);
    const chosen = await saving.router.call('signIn.chooseStore', { url: configFor(database).url, caFile: null });
    expect(chosen.ok && chosen.value).toMatchObject({ server: `${SERVER.host}:${SERVER.port}`, database, signedIn: false, refusal: null });
    expect(readTeamStoreConfig(dir)).toMatchObject({ kind: 'team', config: { url: configFor(database).url } });
    // The new address is the one tried now: the team store itself answers (a wrong password, not an unreachable port).
    expect(refusal(await saving.router.call('signIn.submit', { login: chair.login, password: 'wrong' }))?.message).toMatch(/did not accept the sign-in/);
    // Browser mode's --database-url is how it was started: it stays.
    const fixed = gateFor(configFor(database));
    expect(refusal(await fixed.router.call('signIn.chooseStore', { url: configFor(database, 1).url, caFile: null }))?.code).toBe('CONFLICT');
  });

  it('signs in with the right password, answers as the person, and signs out back to the gate', async (ctx) => {
    const internal: unknown[] = [];
    const keeper = folderKeeper(dir);
    const gate = gateFor(configFor(database), keeper, internal);
    const signedIn = await gate.router.call('signIn.submit', { login: chair.login, password: chair.password, remember: true });
    // Until createTeamCore serves the router it signs in and then throws "not built yet": only then is this skipped.
    if (!signedIn.ok && internal.some((err) => NOT_BUILT.test(String((err as Error).message)))) {
      expect(fs.existsSync(keeper.file)).toBe(false);
      ctx.skip();
    }
    expect(signedIn.ok && signedIn.value).toMatchObject({ signedIn: true, login: chair.login });
    expect(await keeper.read(configFor(database).url)).toEqual({ login: chair.login, password: chair.password });
    const info = await gate.router.call('app.info', undefined);
    expect(info.ok && (info.value as { store: unknown }).store).toMatchObject({ engine: 'postgres', login: chair.login, person: 'Priya Chair', roles: ['chair'] });
    expect((await gate.router.call('signIn.signOut', undefined)).ok).toBe(true);
    expect(refusal(await gate.router.call('app.status', undefined))?.code).toBe('FORBIDDEN');
    expect(fs.existsSync(keeper.file)).toBe(false);
  });
});
