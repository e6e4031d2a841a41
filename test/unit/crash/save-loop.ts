// Run as a child process by crash-safety.test.ts: saves through the real router as
// fast as it can and prints "ACK <name>" only after each save has returned, until killed.
import fs from 'node:fs';
import { createCore } from '../../../electron/core/core';

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2) as [string, string];
  const core = await createCore({ dataDir, actor: 'crash-test', appVersion: 'test', mode: 'browser' });
  fs.writeSync(1, 'READY\n');
  for (let n = 0; ; n++) {
    const name = `Save ${run}-${n}`;
    const result = await core.router.call('people.create', { name, role: 'other', email: `save.${run}.${n}@example.gov.uk` });
    if (!result.ok) {
      fs.writeSync(2, `FAILED ${JSON.stringify(result.error)}\n`);
      process.exit(2);
    }
    // written synchronously, after the commit returned: an ACK on stdout means the save was acknowledged
    fs.writeSync(1, `ACK ${name}\n`);
  }
}

void main();
