import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openStore } from '../../electron/core/db/connection';
import { tempDir } from './support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHILD = path.join(ROOT, 'test/.tmp/save-loop.cjs');
const RUNS = 25;

beforeAll(async () => {
  await build({ entryPoints: [path.join(ROOT, 'test/unit/crash/save-loop.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: CHILD, external: ['better-sqlite3'], logLevel: 'error' });
});

/** Starts the save loop, lets it save for `ms` after it is ready, then kills it without warning. Returns what it acknowledged. */
function saveThenKill(dataDir: string, run: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, String(run)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'READY') setTimeout(() => child.kill('SIGKILL'), ms);
        else if (line.startsWith('ACK ')) acked.push(line.slice(4));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`save loop ended on its own (${code}): ${errors}`))));
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged save when the core is killed mid-write, ${RUNS} times over`, async () => {
    const dataDir = tempDir();
    const allAcked: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const acked = await saveThenKill(dataDir, run, 20 + Math.floor(Math.random() * 250));
      allAcked.push(...acked);
      // the next run opens the file the killed one left behind, as the app would after a crash
    }
    expect(allAcked.length).toBeGreaterThan(RUNS * 3);

    const store = await openStore(path.join(dataDir, DATABASE_FILE_NAME));
    try {
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const saved = new Set(store.sqlite.prepare('select name from people').pluck().all() as string[]);
      const missing = allAcked.filter((name) => !saved.has(name));
      expect(missing).toEqual([]);
      // and every saved person has its audit row: no half-written save survived a kill
      const orphans = store.sqlite.prepare("select count(*) from people p where not exists (select 1 from audit_log a where a.entity = 'person' and a.entity_id = p.id)").pluck().get();
      expect(orphans).toBe(0);
    } finally {
      await store.close();
    }
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(true);
  }, 120_000);
});
