import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTeamStoreConfig, TEAM_STORE_CONFIG_FILE } from '../../electron/core/team-sign-in/config';
import { testCore } from './support/core';
import { expectRefused } from './support/refusal';

describe('signing in, with the data on this computer', () => {
  it('is not needed: the status says so, and the app answers as before', async () => {
    const core = await testCore();
    expect(await core.ok('signIn.status')).toEqual({ required: false, signedIn: true, server: null, database: null, login: null, canRemember: false, rememberUnavailable: null, refusal: null });
    expect((await core.ok('app.info')).store).toEqual({ engine: 'sqlite' });
  });

  it('refuses to sign in or out in a sentence, changing nothing', async () => {
    const core = await testCore();
    await expectRefused(core, 'signIn.submit', { login: 'jo', password: 'secret', remember: true }, 'CONFLICT', /keeps its data on this computer, so there is no team store to sign in to or out of/);
    await expectRefused(core, 'signIn.signOut', undefined, 'CONFLICT', /no team store to sign in to/);
    const submitted = await core.router.call('signIn.submit', { login: 'jo', password: 'secret' });
    const signedOut = await core.router.call('signIn.signOut', undefined);
    expect([submitted.ok, signedOut.ok]).toEqual([false, false]);
    expect(await core.ok('app.status')).toEqual({ teams: 0, people: 0, children: 0 });
  });

  it('checks what the sign-in screen sends: a login and a password', async () => {
    const core = await testCore();
    await expectRefused(core, 'signIn.submit', { login: ' ', password: 'x' }, 'INVALID_INPUT', /Enter your login\./);
    await expectRefused(core, 'signIn.submit', { login: 'jo', password: '' }, 'INVALID_INPUT', /Enter your password\./);
  });
});

describe('choosing a team store in Settings, with the data on this computer', () => {
  it('keeps the address and CA file in team-store.json, for Panelroom to sign in to when it next opens', async () => {
    const core = await testCore();
    const ca = path.join(core.dataDir, 'council-ca.pem');
    fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(await core.ok('signIn.chooseStore', { url: ' postgres://panel.council.gov.uk:5432/panelroom ', caFile: ca })).toMatchObject({ required: false });
    expect(readTeamStoreConfig(core.dataDir)).toMatchObject({ kind: 'team', config: { url: 'postgres://panel.council.gov.uk:5432/panelroom', caFile: ca } });
    // Until it opens again the data stays on this computer.
    expect((await core.ok('app.info')).store).toEqual({ engine: 'sqlite' });
  });

  it('refuses an address with a password, another kind of address, or a CA file that is not one, writing nothing', async () => {
    const core = await testCore();
    const refused = await core.router.call('signIn.chooseStore', { url: 'postgres://jo:secret@panel/panelroom', caFile: null });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { url: 'The team store address holds a password: take it out. Each person types their own password when signing in.' } });
    await expectRefused(core, 'signIn.chooseStore', { url: 'https://panel.council.gov.uk/panelroom', caFile: null }, 'INVALID_INPUT', /starts with postgres:\/\//);
    await expectRefused(core, 'signIn.chooseStore', { url: 'postgres://panel/panelroom?sslmode=prefer', caFile: null }, 'INVALID_INPUT', /sslmode=prefer; Panelroom accepts verify-full/);
    await expectRefused(core, 'signIn.chooseStore', { url: 'postgres://panel/panelroom', caFile: path.join(core.dataDir, 'no-such.pem') }, 'INVALID_INPUT', /cannot read that CA certificate file/);
    const notPem = path.join(core.dataDir, 'notes.txt');
    fs.writeFileSync(notPem, 'not a certificate');
    await expectRefused(core, 'signIn.chooseStore', { url: 'postgres://panel/panelroom', caFile: notPem }, 'INVALID_INPUT', /is not a CA certificate/);
    expect(fs.existsSync(path.join(core.dataDir, TEAM_STORE_CONFIG_FILE))).toBe(false);
  });
});
