import type { Core } from './core';
import { LATEST_SCHEMA_VERSION } from './db/connection';
import { openTeamStore, type TeamStoreAddress } from './db/postgres';
import type { RouterOptions } from './router';

export interface TeamCoreOptions extends RouterOptions {
  /** The council's team store, and the person's own login to it. */
  address: TeamStoreAddress;
  appVersion: string;
  mode: 'desktop' | 'browser';
  now?: () => Date;
  /** Things worth a line in the log that are not errors. Never the data itself. */
  onNotice?(message: string): void;
}

/**
 * The same core as `createCore`, over a council's PostgreSQL team store signed in as the
 * person's own login. A refused sign-in throws a TeamStoreError whose message is a sentence
 * with a way forward; nothing is written.
 */
export async function createTeamCore(options: TeamCoreOptions): Promise<Core> {
  const store = await openTeamStore(options.address, LATEST_SCHEMA_VERSION);
  await store.close();
  throw new Error('The team store core is not built yet.');
}
