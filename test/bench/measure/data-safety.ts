import { workingCopy } from '../dataset/cache';
import { timingRow, type ResultRow } from '../report/rows';
import { openBenchCore } from './bench-core';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timed } from './timing';
import { middleItem, putBackInTheRoom } from './live-meeting';
import { SAVE_EVERY_MS, slowest, typingDuring } from './typing-during';

const GROUP = 'Data safety (background work, no targets)';
const NEVER = 24 * 60 * 60 * 1000;

/**
 * The shell starts an integrity check (quick_check on a worker thread) once the
 * window is up, and backs the whole file up at start, every five minutes after a
 * change, and on quit. Both grow with a decade of data, so they are timed here.
 */
export async function measureDataSafety(env: BenchEnv): Promise<ResultRow[]> {
  env.memory.begin('integrity check and backup');
  const dir = workingCopy(env.dataset.dir, 'safety');
  const check: number[] = [];
  const backup: number[] = [];
  const saves: number[] = [];
  let bytes = 0;
  for (let i = 0; i < env.config.runs.safety; i++) {
    const core = await openBenchCore(dir);
    try {
      // Timers far in the future: only the check itself is timed, no scheduled backup starts behind it.
      check.push((await timed(() => core.startBackgroundWork({ firstBackupAfterMs: NEVER, backupEveryMs: NEVER }))).ms);
      env.memory.sample();
      const item = middleItem(await putBackInTheRoom(core, env.dataset.manifest.probes.minutesMeetingId));
      const { value: taken, waits } = await typingDuring(core, item, () => timed(() => core.backupNow('manual')));
      env.memory.sample();
      backup.push(taken.ms);
      saves.push(...waits);
      bytes = taken.value.bytes;
    } finally {
      await core.close();
    }
  }
  return [
    timingRow('safety.integrity', GROUP, 'start-up integrity check (quick_check, worker thread)', summarise(check), undefined, 'after the window is up; the tracker answers meanwhile'),
    timingRow('safety.backup', GROUP, 'backup of the whole file (VACUUM INTO, encrypted)', summarise(backup), undefined, `${(bytes / 1e6).toFixed(0)} MB each; at start, every 5 minutes after a change, on quit`),
    timingRow('safety.backupSaves', GROUP, `  a typing save due during a backup (every ${SAVE_EVERY_MS} ms): from due to answered`, summarise(saves), undefined, slowest(saves)),
  ];
}
