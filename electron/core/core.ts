import path from 'node:path';
import { DATABASE_FILE_NAME, openStore, type OpenOptions, type Store } from './db/connection';
import type { ServiceContext } from './context';
import { createRouter, type Router, type RouterOptions } from './router';
import { buildHandlers } from './handlers';

export interface CoreOptions extends OpenOptions, RouterOptions {
  dataDir: string;
  /** Who is using the app, for the audit log. */
  actor: string;
  appVersion: string;
  mode: 'desktop' | 'browser';
  now?: () => Date;
}

export interface Core {
  router: Router;
  store: Store;
  close(): Promise<void>;
}

/** The whole core: one store, the services over it, and the router in front of them. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const store = await openStore(path.join(options.dataDir, DATABASE_FILE_NAME), options);
  const ctx: ServiceContext = { db: store.db, actor: options.actor, now: options.now ?? (() => new Date()) };
  const handlers = buildHandlers(ctx, {
    version: options.appVersion,
    schemaVersion: store.schemaVersion,
    dataDir: options.dataDir,
    mode: options.mode,
  });
  const router = createRouter(handlers, options);
  return { router, store, close: () => store.close() };
}
