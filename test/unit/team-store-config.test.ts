import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTeamStoreConfig, TEAM_STORE_CONFIG_FILE, teamStoreSettingFrom, writeTeamStoreConfig } from '../../electron/core/team-sign-in/config';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-team-config-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function deploy(content: unknown): void {
  fs.writeFileSync(path.join(dir, TEAM_STORE_CONFIG_FILE), typeof content === 'string' ? content : JSON.stringify(content));
}

describe('where the team store is', () => {
  it('is nowhere without a file: the app keeps its data on this computer', () => {
    expect(readTeamStoreConfig(dir)).toEqual({ kind: 'none' });
    expect(teamStoreSettingFrom([], {}, dir)).toEqual({ kind: 'none' });
  });

  it('is read from the team-store.json IT deploys, a relative CA file taken from the data folder', () => {
    deploy({ url: 'postgres://panel.council.gov.uk:5432/panelroom', caFile: 'council-ca.pem' });
    expect(readTeamStoreConfig(dir)).toEqual({
      kind: 'team',
      config: { url: 'postgres://panel.council.gov.uk:5432/panelroom', caFile: path.join(dir, 'council-ca.pem') },
      source: path.join(dir, TEAM_STORE_CONFIG_FILE),
    });
  });

  it('refuses a file holding a password, in a sentence', () => {
    deploy({ url: 'postgres://jo:secret@panel.council.gov.uk/panelroom' });
    const read = readTeamStoreConfig(dir);
    expect(read.kind).toBe('invalid');
    expect(read.kind === 'invalid' && read.message).toBe(
      'team-store.json in Panelroom’s data folder cannot be used: The team store address holds a password: take it out. Each person types their own password when signing in.',
    );
  });

  it('refuses a file that is not JSON, another kind of address, or fields it does not know', () => {
    deploy('{ url: ');
    expect(readTeamStoreConfig(dir)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('is not valid JSON') });
    deploy({ url: 'mysql://panel.council.gov.uk/panelroom' });
    expect(readTeamStoreConfig(dir)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('starts with postgres://') });
    deploy({ url: 'postgres://panel.council.gov.uk/panelroom', password: 'x' });
    expect(readTeamStoreConfig(dir)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('It holds password, which Panelroom does not know.') });
  });

  it('is written as Settings chooses it, and read back the same', () => {
    writeTeamStoreConfig(dir, { url: 'postgres://panel.council.gov.uk/panelroom', caFile: path.join(dir, 'ca.pem') });
    expect(readTeamStoreConfig(dir)).toMatchObject({ kind: 'team', config: { url: 'postgres://panel.council.gov.uk/panelroom', caFile: path.join(dir, 'ca.pem') } });
    expect(() => writeTeamStoreConfig(dir, { url: 'postgres://a:b@panel/x' })).toThrow();
  });

  it('in browser mode comes from --database-url and --ca-file first, then PANELROOM_DATABASE_URL, then the file', () => {
    deploy({ url: 'postgres://from-file/panelroom' });
    expect(teamStoreSettingFrom(['--database-url', 'postgres://jo@flag-host:6543/panel', '--ca-file', 'ca.pem'], { PANELROOM_DATABASE_URL: 'postgres://env-host/panel' }, dir)).toEqual({
      kind: 'team',
      config: { url: 'postgres://jo@flag-host:6543/panel', caFile: path.resolve('ca.pem') },
      source: '--database-url',
    });
    expect(teamStoreSettingFrom([], { PANELROOM_DATABASE_URL: 'postgres://env-host/panel', PANELROOM_CA_FILE: '/etc/ca.pem' }, dir)).toMatchObject({
      kind: 'team',
      config: { url: 'postgres://env-host/panel', caFile: path.resolve('/etc/ca.pem') },
      source: 'PANELROOM_DATABASE_URL',
    });
    expect(teamStoreSettingFrom([], {}, dir)).toMatchObject({ kind: 'team', config: { url: 'postgres://from-file/panelroom' } });
  });

  it('takes a password out of browser mode’s address, to be tried once and kept nowhere', () => {
    const setting = teamStoreSettingFrom(['--database-url=postgres://jo:p%40ss@host/panel?sslmode=disable'], {}, dir);
    expect(setting).toEqual({ kind: 'team', config: { url: 'postgres://jo@host/panel?sslmode=disable' }, source: '--database-url', password: 'p@ss' });
  });

  it('refuses a browser-mode address that is not one, without repeating its password', () => {
    const setting = teamStoreSettingFrom(['--database-url', 'http://jo:secret@host/panel'], {}, dir);
    expect(setting.kind).toBe('invalid');
    expect(setting.kind === 'invalid' && setting.message).not.toContain('secret');
  });
});
