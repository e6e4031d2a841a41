import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { NODE_BUNDLE } from '../../scripts/node-bundle.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openStore } from '../../electron/core/db/connection';
import { tempDir } from './support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHILD = path.join(ROOT, 'test/.tmp/save-loop.cjs');
const MINUTES_CHILD = path.join(ROOT, 'test/.tmp/minutes-loop.cjs');
const RUNS = 25;

beforeAll(async () => {
  await build({ entryPoints: [path.join(ROOT, 'test/unit/crash/save-loop.ts')], ...NODE_BUNDLE, outfile: CHILD, logLevel: 'error' });
  await build({ entryPoints: [path.join(ROOT, 'test/unit/crash/minutes-loop.ts')], ...NODE_BUNDLE, outfile: MINUTES_CHILD, logLevel: 'error' });
});

/** Starts the save loop, lets it save for `ms` after it is ready, then kills it without warning. Returns what it acknowledged. */
function saveThenKill(dataDir: string, run: number, ms: number, script = CHILD): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, String(run)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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

  it(`keeps every acknowledged keystroke of the minutes and every agreed action when killed mid-typing, ${RUNS} times over`, async () => {
    const dataDir = tempDir();
    const acked: string[] = [];
    for (let run = 0; run < RUNS; run++) acked.push(...(await saveThenKill(dataDir, run, 20 + Math.floor(Math.random() * 250), MINUTES_CHILD)));
    const words = acked.filter((a) => a.startsWith('word ')).map((a) => a.slice(5));
    const actions = acked.filter((a) => a.startsWith('action ')).map((a) => a.slice(7));
    expect(words.length).toBeGreaterThan(RUNS * 3);
    expect(actions.length).toBeGreaterThan(0);

    const store = await openStore(path.join(dataDir, DATABASE_FILE_NAME));
    try {
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      store.sqlite.exec(`insert into minutes_search(minutes_search) values ('integrity-check')`);
      const text = store.sqlite.prepare("select value from minute_fields where field = 'discussion'").pluck().get() as string;
      const stored = new Set(text.split(' '));
      expect(words.filter((w) => !stored.has(w))).toEqual([]);
      // The text only ever grew: every run carried on from what the last one had saved, in order.
      expect(text.split(' ').filter(Boolean).filter((w) => words.includes(w))).toEqual(words);
      const saved = new Set(store.sqlite.prepare('select text from actions').pluck().all() as string[]);
      expect(actions.filter((a) => !saved.has(a))).toEqual([]);
      // No action survived a kill without the children it belongs to.
      expect(store.sqlite.prepare('select count(*) from actions a where not exists (select 1 from action_children c where c.action_id = a.id)').pluck().get()).toBe(0);
    } finally {
      await store.close();
    }
  }, 180_000);
});
