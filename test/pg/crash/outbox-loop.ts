// Run as a child process by outbox-crash.test.ts: the minute-taker's team core, with its outbox,
// typing into three items' minutes in turn (each text grows by one word per save). At start it
// sends on what the last run left in the outbox, then reads the text so far and prints READY;
// after each save returns it prints "ACK <item> <word> <held|shared>", until it is killed.
import fs from 'node:fs';
import { createTeamCore } from '../../../electron/core/team-core';
import { DataKey, KEY_ENV } from '../../../electron/core/db/data-key';
import type { ProcedureName, ProcedureOutput } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';

async function ok<P extends ProcedureName>(core: Core, name: P, input?: unknown): Promise<ProcedureOutput<P>> {
  const result = await core.router.call(name, input);
  if (!result.ok) {
    fs.writeSync(2, `FAILED ${name} ${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  return result.value as ProcedureOutput<P>;
}

async function main(): Promise<void> {
  const [dataDir, url, password, run, meeting] = process.argv.slice(2) as [string, string, string, string, string];
  const core = await createTeamCore({
    address: { url, password },
    appVersion: 'test',
    mode: 'browser',
    outbox: { dataDir, access: { key: DataKey.parse(process.env[KEY_ENV]!)! }, probeDelaysMs: [20, 50, 100] },
  });
  for (let tries = 0; (await ok(core, 'outbox.status')).waiting > 0; tries++) {
    if (tries > 3000) throw new Error('the outbox was not sent on within 30 seconds');
    await new Promise((r) => setTimeout(r, 10));
  }
  const detail = await ok(core, 'minutes.get', { id: Number(meeting) });
  const items = detail.agenda.items.map((i) => i.id);
  const texts = new Map(items.map((id) => [id, detail.items.find((i) => i.itemId === id)?.values.discussion ?? '']));
  // Each field's version as the page holds it: read with the minutes, then each save's answer (a held save answers none).
  const versions = new Map(items.map((id) => [id, detail.items.find((i) => i.itemId === id)?.versions.discussion ?? 0]));
  fs.writeSync(1, 'READY\n');
  for (let n = 0; ; n++) {
    const itemId = items[n % items.length]!;
    const word = `w${run}x${n}`;
    const text = `${texts.get(itemId)} ${word}`.trim();
    const ack = await ok(core, 'minutes.save', { itemId, field: 'discussion', value: text, version: versions.get(itemId)! });
    texts.set(itemId, text);
    if (ack.version !== undefined) versions.set(itemId, ack.version);
    fs.writeSync(1, `ACK ${itemId} ${word} ${ack.heldOnThisLaptop ? 'held' : 'shared'}\n`);
  }
}

main().catch((err: unknown) => {
  fs.writeSync(2, `${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
