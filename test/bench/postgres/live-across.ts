import { asShown } from '../../unit/support/shown-version';
import { performance } from 'node:perf_hooks';
import type { Core } from '../../../electron/core/core';
import type { ChangeEvent } from '../../../electron/core/data/change-feed';
import type { MinutesDetail } from '../../../shared/schemas/minutes';
import type { LiveMeeting } from '../measure/live-meeting';
import type { BenchEnv } from '../measure/env';
import { summarise } from '../measure/stats';
import { skippedRow, TARGETS, timingRow, type ResultRow } from '../report/rows';
import { openBenchTeamCore } from './team-core';
import type { BenchLogin } from './store';

const GROUP = 'Live across laptops: a save on one core seen on another (PostgreSQL over loopback)';
const LABEL = 'minutes.save on laptop A → A’s pg_notify → B hears it on its listen connection → B’s minutes.get shows the text';
const SAVES = 200;
/** A save not seen on the other laptop within this long is a failure, not a slow sample. */
const GIVE_UP_MS = 10_000;

/**
 * The minute-taker types on one laptop and the chair's laptop shows it: two cores signed in to the
 * same team store, A saving an item's discussion through its router, B reading the meeting again
 * through its own router as soon as its feed says the minutes changed. Each sample runs from A's
 * call to B's answer holding the new text; the next save waits for it, as a person typing would
 * not, so no sample queues behind another.
 */
export async function measureLiveAcross(env: BenchEnv, a: Core | null, notRun: string, person: BenchLogin, live: LiveMeeting): Promise<ResultRow[]> {
  const id = 'liveAcross.postgres';
  if (!a) return [skippedRow(id, GROUP, LABEL, notRun, TARGETS.liveAcross)];
  const item = live.items[0];
  if (!item) return [skippedRow(id, GROUP, LABEL, 'the meeting put back in the room has no items', TARGETS.liveAcross)];
  const opened = await openBenchTeamCore(person);
  if (!('core' in opened)) return [skippedRow(id, GROUP, LABEL, opened.notRun, TARGETS.liveAcross)];
  const b = opened.core;
  // How many changes to the minutes B has heard, and who is waiting for the next.
  let heard = 0;
  let wake: (() => void) | null = null;
  const off = b.changes.subscribe((events: readonly ChangeEvent[]) => {
    if (!events.some((e) => e.entity === 'minutes' || e.entity === '*')) return;
    heard += 1;
    wake?.();
  });
  const heardBeyond = (seen: number, i: number) =>
    heard > seen
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`laptop B did not hear save ${i} within ${GIVE_UP_MS} ms`)), GIVE_UP_MS);
          wake = () => {
            clearTimeout(timer);
            wake = null;
            resolve();
          };
        });
  const samples: number[] = [];
  try {
    const count = env.config.quick ? 40 : SAVES;
    // The field's version as laptop A's page holds it: read once, then each save's answer.
    let version = (await asShown(a, { itemId: item.id, field: 'discussion', value: '' })).version;
    for (let i = 0; i < count; i++) {
      const text = `Discussed at the panel: the plan is on track (sample ${i}, ${Date.now()}).`;
      let seen = heard;
      const started = performance.now();
      const saved = await a.router.call('minutes.save', { itemId: item.id, field: 'discussion', value: text, version });
      if (!saved.ok) throw new Error(`minutes.save failed: ${saved.error.message}`);
      version = (saved.value as { version?: number }).version ?? version;
      for (;;) {
        await heardBeyond(seen, i);
        seen = heard;
        const read = await b.router.call('minutes.get', { id: live.id });
        if (!read.ok) throw new Error(`minutes.get failed on laptop B: ${read.error.message}`);
        const shown = (read.value as MinutesDetail).items.find((m) => m.itemId === item.id)?.values.discussion;
        // Heard an earlier change (or everything) and read too soon: wait for the next.
        if (shown === text) break;
      }
      samples.push(performance.now() - started);
    }
  } finally {
    off();
    await b.close({ backup: false });
  }
  return [timingRow(id, GROUP, LABEL, summarise(samples), TARGETS.liveAcross, `${samples.length} saves, one at a time; both cores signed in as the bench’s person, each with its own pool and listen connection`)];
}
