import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openTeamStore, TeamStoreError, type TeamStoreAddress } from '../../electron/core/db/postgres';
import { adminClient, freshTeamStore, loginAddress, person, SERVER, type Person } from './support/pg';

/** How a sign-in ended: the refusal's reason and sentence, or null when it worked. */
async function signIn(address: TeamStoreAddress, supported = LATEST_SCHEMA_VERSION): Promise<{ reason: string; message: string } | null> {
  try {
    const store = await openTeamStore(address, supported);
    await store.close();
    return null;
  } catch (err) {
    if (!(err instanceof TeamStoreError)) throw err;
    return { reason: err.reason, message: err.message };
  }
}

async function auditRows(database: string): Promise<number> {
  const admin = await adminClient(database);
  try {
    return (await admin.query(`select count(*)::int as n from audit_log`)).rows[0].n as number;
  } finally {
    await admin.end();
  }
}

let database: string;
let viewer: Person;

beforeAll(async () => {
  database = await freshTeamStore();
  viewer = await person(database, 'viewer');
});

describe('signing in to a team store', () => {
  it('works with the right login and password', async () => {
    expect(await signIn(loginAddress(database, viewer.login, viewer.password))).toBeNull();
  });

  it('refuses a wrong password in a sentence, writing nothing', async () => {
    const before = await auditRows(database);
    expect(await signIn(loginAddress(database, viewer.login, 'not-the-password'))).toEqual({
      reason: 'password',
      message: `The team store did not accept the sign-in for ${viewer.login}: the login or password is wrong. Check them and try again, or ask IT to reset the password. Nothing has been changed.`,
    });
    expect(await auditRows(database)).toBe(before);
  });

  it('refuses an unreachable server in a sentence', async () => {
    // A port nothing listens on: connection refused at once.
    const address = { url: `postgres://${viewer.login}@127.0.0.1:1/${database}?sslmode=disable`, password: viewer.password };
    expect(await signIn(address)).toEqual({
      reason: 'unreachable',
      message: 'Panelroom cannot reach the team store at 127.0.0.1:1. Check this computer is on the council’s network (or VPN) and the address in Settings is right, or ask IT whether the server is running. Nothing has been changed.',
    });
  });

  it('refuses a server whose schema is newer than this version knows, in a sentence, writing nothing', async () => {
    expect(await signIn(loginAddress(database, viewer.login, viewer.password), LATEST_SCHEMA_VERSION - 1)).toEqual({
      reason: 'newer-schema',
      message: `The team store was set up by a newer version of Panelroom (data version ${LATEST_SCHEMA_VERSION}; this version understands up to ${LATEST_SCHEMA_VERSION - 1}). Install the latest version of Panelroom on this computer to use it. Nothing has been changed.`,
    });
  });

  it('refuses a server that offers no encryption when the address asks for verify-full, before sending the password', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-ca-'));
    try {
      fs.writeFileSync(path.join(dir, 'ca.pem'), 'not needed: the server says no before any certificate is read\n');
      const address = { url: `postgres://${viewer.login}@localhost:${SERVER.port}/${database}?sslmode=verify-full&sslrootcert=${encodeURIComponent(path.join(dir, 'ca.pem'))}`, password: viewer.password };
      expect(await signIn(address)).toEqual({
        reason: 'no-tls',
        message: `The team store at localhost:${SERVER.port} does not offer an encrypted connection, so Panelroom did not send the password. Ask IT to turn on TLS for it. Nothing has been changed.`,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database that holds no team store', async () => {
    const address = { url: `postgres://${SERVER.user}@${SERVER.host}:${SERVER.port}/postgres?sslmode=disable` };
    expect(await signIn(address)).toEqual({
      reason: 'not-a-team-store',
      message: 'The database postgres holds no Panelroom team store. Ask IT to set it up (team-store init), or check the address in Settings. Nothing has been changed.',
    });
  });
});

/** A CA and a server certificate for "localhost", made by openssl; the server turned over to TLS with them. */
describe('TLS with verify-full', () => {
  let dir: string;

  function openssl(...args: string[]): void {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  }

  function makeCa(name: string): void {
    openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '2', '-subj', `/CN=${name} test CA`);
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-tls-'));
    fs.chmodSync(dir, 0o755);
    makeCa('council');
    makeCa('other');
    openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
    fs.writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=DNS:localhost\n');
    openssl('x509', '-req', '-in', 'server.csr', '-CA', 'council.crt', '-CAkey', 'council.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'server.ext');
    // The server reads its key as its own user, and only a key no one else can read.
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      for (const f of ['server.crt', 'server.key']) fs.chownSync(path.join(dir, f), uid, uid);
    }
    fs.chmodSync(path.join(dir, 'server.key'), 0o600);
    const admin = await adminClient();
    try {
      await admin.query(`alter system set ssl_cert_file = '${path.join(dir, 'server.crt')}'`);
      await admin.query(`alter system set ssl_key_file = '${path.join(dir, 'server.key')}'`);
      await admin.query(`alter system set ssl = on`);
      await admin.query(`select pg_reload_conf()`);
    } finally {
      await admin.end();
    }
    // The reload is taken up by new connections once the postmaster has read it.
    for (let i = 0; i < 50; i++) {
      const check = await adminClient();
      const on = (await check.query(`show ssl`)).rows[0].ssl === 'on';
      await check.end();
      if (on) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    const admin = await adminClient();
    try {
      for (const setting of ['ssl', 'ssl_cert_file', 'ssl_key_file']) await admin.query(`alter system reset ${setting}`);
      await admin.query(`select pg_reload_conf()`);
    } finally {
      await admin.end();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const tlsAddress = (host: string, ca: string): TeamStoreAddress => ({
    url: `postgres://${viewer.login}@${host}:${SERVER.port}/${database}?sslmode=verify-full&sslrootcert=${encodeURIComponent(path.join(dir, ca))}`,
    password: viewer.password,
  });

  it('signs in over TLS when the certificate is the council CA’s and names the server', async () => {
    const store = await openTeamStore(tlsAddress('localhost', 'council.crt'), LATEST_SCHEMA_VERSION);
    try {
      const { rows } = await sql<{ ssl: boolean }>`select ssl from pg_stat_ssl where pid = pg_backend_pid()`.execute(store.db);
      expect(rows).toEqual([{ ssl: true }]);
    } finally {
      await store.close();
    }
  });

  it('refuses a certificate that does not name the server it was reached by, before sending the password', async () => {
    expect(await signIn(tlsAddress('127.0.0.1', 'council.crt'))).toEqual({
      reason: 'certificate',
      message: 'The team store’s certificate is not for 127.0.0.1, so Panelroom did not send the password. Use the server name IT gave you (the one on its certificate), or ask IT to check the certificate. Nothing has been changed.',
    });
  });

  it('refuses a certificate from another CA', async () => {
    expect(await signIn(tlsAddress('localhost', 'other.crt'))).toEqual({
      reason: 'certificate',
      message: 'The team store’s certificate was not issued by the council’s CA in Settings, so Panelroom did not send the password. Check the CA certificate file with IT. Nothing has been changed.',
    });
  });

  it('asks for the CA file when verify-full has none', async () => {
    const address = { url: `postgres://${viewer.login}@localhost:${SERVER.port}/${database}`, password: viewer.password };
    expect(await signIn(address)).toEqual({
      reason: 'certificate',
      message: 'Panelroom checks the team store’s certificate against the council’s CA: choose the CA certificate file IT gave you (sslrootcert).',
    });
  });
});
