import { describe, expect, it } from 'vitest';
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
