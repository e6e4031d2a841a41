import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { NODE_BUNDLE } from '../../scripts/node-bundle.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataKey, KEY_ENV } from '../../electron/core/db/data-key';
import { OutboxFile } from '../../electron/core/team-outbox/outbox-file';
import { tempDir } from '../unit/support/temp-dir';
import { CuttableLine } from './support/cuttable-line';
import { laptop, startedPanel, type Panel } from './support/outbox-store';
import { adminClient, SERVER } from './support/pg';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHILD = path.join(ROOT, 'test/.tmp/outbox-loop.cjs');
const RUNS = 25;

let panel: Panel;
let line: CuttableLine;

beforeAll(async () => {
  await build({ entryPoints: [path.join(ROOT, 'test/pg/crash/outbox-loop.ts')], ...NODE_BUNDLE, outfile: CHILD, logLevel: 'error' });
  panel = await startedPanel(3);
  line = new CuttableLine({ host: SERVER.host, port: SERVER.port });
  await line.open();
});

afterAll(async () => {
  await line.cut();
});

interface Ack {
  itemId: number;
  word: string;
  held: boolean;
}

/**
 * One run: the minute-taker's core starts with the line up (and sends on what the last run
 * left), the line is cut as soon as it is typing, and it is killed without warning `ms` later.
 * Returns every save it acknowledged.
 */
function typeCutAndKill(dataDir: string, run: number, ms: number): Promise<Ack[]> {
  const url = `postgres://${panel.minuteTaker.login}@127.0.0.1:${line.port}/${panel.database}?sslmode=disable`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, url, panel.minuteTaker.password, String(run), String(panel.meetingId)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: Ack[] = [];
    let buffer = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const text of lines) {
        if (text === 'READY') void line.cut().then(() => setTimeout(() => child.kill('SIGKILL'), ms));
        else if (text.startsWith('ACK ')) {
          const [, itemId, word, where] = text.split(' ') as [string, string, string, string];
          acked.push({ itemId: Number(itemId), word, held: where === 'held' });
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the minute-taker's core ended on its own (${code}): ${errors}`))));
  });
}

describe('the outbox through crashes', () => {
  // 25 restarts of a core, each signing in and sending on what the last one left: minutes on a busy machine.
  it(`loses nothing acknowledged as saved on this laptop when the core is killed while the team store is out of reach, ${RUNS} times over`, async () => {
    const dataDir = tempDir();
    const acked: Ack[] = [];
    for (let run = 0; run < RUNS; run++) {
      await line.mend();
      acked.push(...(await typeCutAndKill(dataDir, run, 30 + Math.floor(Math.random() * 200))));
    }
    const held = acked.filter((a) => a.held);
    expect(held.length).toBeGreaterThan(RUNS * 3);

    // Back on the network: the next sign-in sends on what the last run left.
    await line.mend();
    const key = DataKey.parse(process.env[KEY_ENV]!)!;
    const mo = await laptop({ address: { url: `postgres://${panel.minuteTaker.login}@127.0.0.1:${line.port}/${panel.database}?sslmode=disable`, password: panel.minuteTaker.password }, appVersion: '0.0.0-test', mode: 'browser', outbox: { dataDir, access: { key }, probeDelaysMs: [20] } });
    try {
      for (let tries = 0; (await mo.ok('outbox.status')).waiting > 0; tries++) {
        if (tries > 3000) throw new Error('the outbox was not sent on within 30 seconds');
        await new Promise((r) => setTimeout(r, 10));
      }
      expect((await mo.ok('outbox.status')).notShared).toEqual([]);
    } finally {
      await mo.core.close();
    }
    const file = new OutboxFile(dataDir, { key });
    try {
      expect(file.waitingCount({ login: panel.minuteTaker.login, store: `127.0.0.1:${line.port}/${panel.database}` })).toBe(0);
    } finally {
      file.close();
    }

    const admin = await adminClient(panel.database);
    try {
      const { rows } = await admin.query<{ item_id: number; value: string }>("select item_id, value from minute_fields where field = 'discussion'");
      const words = new Map(rows.map((r) => [r.item_id, new Set(r.value.split(' '))]));
      const lost = acked.filter((a) => !words.get(a.itemId)?.has(a.word));
      expect(lost).toEqual([]);
      // Each word once, in the order it was typed: nothing applied twice or out of turn.
      for (const [itemId, set] of words) {
        const typed = acked.filter((a) => a.itemId === itemId).map((a) => a.word);
        const text = rows.find((r) => r.item_id === itemId)!.value.split(' ');
        expect(text.filter((w) => set.has(w) && typed.includes(w))).toEqual(typed);
      }
    } finally {
      await admin.end();
    }
  }, 240_000);
});
