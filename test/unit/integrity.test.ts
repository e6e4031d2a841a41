import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openStore } from '../../electron/core/db/connection';
import { quickCheck } from '../../electron/core/safety/integrity';
import { tempDir } from './support/temp-dir';

describe('integrity check', () => {
  it('passes a good file, on a worker thread', async () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    const store = await openStore(file);
    expect(await quickCheck(file, store.access)).toEqual({ ok: true, problems: [] });
    await store.close();
  });

  it('falls back to the caller’s connection when the worker cannot run, rather than calling the data damaged', async () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    const store = await openStore(file);
    // a native binding that does not exist makes the worker fail before it reaches the file
    const result = await quickCheck(file, { ...store.access, nativeBinding: '/nowhere/better_sqlite3.node' }, () => [store.sqlite.pragma('quick_check', { simple: true }) as string]);
    expect(result).toEqual({ ok: true, problems: [] });
    await store.close();
  });
});
