import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { buildMinutesDocx } from '../../../electron/core/export/minutes/minutes-docx';
import { loadMinutesSource } from '../../../electron/core/features/filing/minutes-export';
import { workingCopy } from '../dataset/cache';
import { TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timeLoop } from './timing';
import { middleItem, putBackInTheRoom } from './live-meeting';
import { SAVE_EVERY_MS, slowest, typingDuring } from './typing-during';
import type { Core as AnyCore, SqliteCore as Core } from '../../../electron/core/core';
import type { LiveMeeting } from './live-meeting';

/** The exports on a store opened elsewhere (the team store): its core, a folder for the files, and how another held panel is put back in the room. */
export interface ExportsOn {
  core: AnyCore;
  dir: string;
  anotherInTheRoom(except: number): Promise<LiveMeeting>;
}

const GROUP = 'Word exports of the longest Permanence Panel';

/**
 * The full minutes through the router beside the bare docx work for the same content
 * (the document model already in memory: building the docx tree and packing it), so the
 * ratio is what reading the minutes from the store, wording them and the router add.
 * Then the export for filing as the desktop app does it: every child's extract, written
 * to a folder, recorded on the checklist.
 */
export async function measureExports(env: BenchEnv, on?: ExportsOn, only: 'minutes' | 'all' = 'all'): Promise<ResultRow[]> {
  const dir = on?.dir ?? workingCopy(env.dataset.dir, 'exports');
  env.memory.begin('exports: open the working copy');
  const core: AnyCore = on?.core ?? (await openBenchCore(dir));
  const { probes } = env.dataset.manifest;
  const meetingId = probes.minutesMeetingId;
  const runs = Math.max(5, Math.round(env.config.runs.tracker / 3));
  const rows: ResultRow[] = [];
  try {
    const { rows: minutesRows, source, children } = await measureMinutesExport(env, core, meetingId, runs);
    rows.push(...minutesRows);
    if (only === 'minutes') return rows;

    // Every extract's possible mentions of other children, found as the filing checklist finds them; then a person reviews them all.
    env.memory.begin('possible mentions in every extract');
    const mentionSearch = await timeLoop(() => callOk(core, 'filing.checklist', { id: meetingId }), { warmup: 1, runs, after: () => env.memory.sample() });
    const perExtract = await reviewEverything(core, meetingId, source.detail.agenda.items.flatMap((i) => i.children.map((c) => c.id)));
    const sorted = [...perExtract].sort((a, b) => a - b);
    rows.push(
      timingRow('export.mentions', GROUP, `possible mentions of other children found in all ${children} extracts (filing.checklist)`, summarise(mentionSearch), TARGETS.mentionSearch, 'the extracts built from one read of the minutes and the register (10,000 children), redacted and searched; no Word files packed'),
      valueRow('export.mentionsPerExtract', GROUP, '  possible mentions listed per extract on the generated minutes (median)', 'count', sorted[Math.floor(sorted.length / 2)] ?? 0, undefined, `most ${sorted[sorted.length - 1] ?? 0}, ${perExtract.reduce((a, b) => a + b, 0)} in all; each then kept, so the export for filing below writes every extract`),
    );

    env.memory.begin('export for filing');
    const parent = fs.mkdtempSync(path.join(dir, 'filing-'));
    const filing = await timeLoop(
      async () => {
        const out = await core.desktop.exportForFiling(meetingId, parent);
        if (!out.ok) throw new Error(`export for filing failed: ${out.error.message}`);
        return out.value;
      },
      { warmup: 1, runs: Math.max(3, Math.round(runs / 2)), after: () => env.memory.sample() },
    );
    rows.push(timingRow('export.filing', GROUP, `export for filing: ${children} extracts written to a folder (desktop)`, summarise(filing), TARGETS.filingExport, 'each extract built from the same read of the minutes, redacted, packed and written beside its final name then renamed'));

    // Another panel is in the room meanwhile (this one must stay approved to be filed).
    const typingItem = middleItem(on ? await on.anotherInTheRoom(meetingId) : await putBackInTheRoom(core as Core, anotherHeldPanel(core as Core, meetingId)));
    const duringMinutes = await typingDuring(core, typingItem, async () => {
      for (let i = 0; i < runs; i++) {
        await callOk(core, 'minutes.exportDocx', { id: meetingId });
        // Each export is a call of its own from the window, arriving in a task of its own.
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    const duringFiling = await typingDuring(core, typingItem, () => core.desktop.exportForFiling(meetingId, parent));
    rows.push(
      timingRow('export.minutesSaves', GROUP, `  a typing save due during minutes exports (every ${SAVE_EVERY_MS} ms): from due to answered`, summarise(duringMinutes.waits), undefined, `${slowest(duringMinutes.waits)}; ${runs} exports one after another: a save waits for the export in hand`),
      timingRow('export.filingSaves', GROUP, `  a typing save due during an export for filing: from due to answered`, summarise(duringFiling.waits), undefined, `${slowest(duringFiling.waits)}; a save waits for the extract in hand, not the batch`),
    );
  } finally {
    if (!on) await core.close();
  }
  return rows;
}

/**
 * The full minutes through the router beside the bare packing of the same model, samples taken in
 * turn (one export, one packing) so that a busy spell of the machine falls on both alike, with this
 * process's processor time per call beside each: wall-clock time on a shared machine is noisy.
 */
async function measureMinutesExport(env: BenchEnv, core: AnyCore, meetingId: number, runs: number) {
  const { probes } = env.dataset.manifest;
  env.memory.begin('minutes.exportDocx beside bare docx packing');
  const ctx = { db: core.store.db, actor: 'bench', now: () => new Date() };
  const source = await loadMinutesSource(ctx, meetingId);
  let bytes = 0;
  const routed = { ms: [] as number[], cpu: [] as number[] };
  const packed = { ms: [] as number[], cpu: [] as number[] };
  const sample = async (into: { ms: number[]; cpu: number[] } | null, fn: () => Promise<unknown>) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    env.memory.sample();
    if (into) {
      into.ms.push(ms);
      into.cpu.push((cpu.user + cpu.system) / 1000);
    }
    return out;
  };
  for (let i = -2; i < runs; i++) {
    const out = await sample(i < 0 ? null : routed, () => callOk(core, 'minutes.exportDocx', { id: meetingId }));
    bytes = Buffer.byteLength((out as { base64: string }).base64, 'base64');
    await sample(i < 0 ? null : packed, () => buildMinutesDocx(source.full));
  }
  const r = summarise(routed.ms);
  const b = summarise(packed.ms);
  const rCpu = summarise(routed.cpu).median;
  const bCpu = summarise(packed.cpu).median;
  const cpuNote = (ms: number) => `this process’s processor time per call ${ms.toFixed(1)} ms (median)`;
  const items = source.full.items.length;
  const children = source.full.items.reduce((n, i) => n + i.children.length, 0);
  const rows = [
    timingRow('export.minutes', GROUP, `minutes.exportDocx: ${items}-item meeting to Word`, r, TARGETS.wordExport, `${probes.minutesMeetingDate}: ${children} children, ${(bytes / 1024).toFixed(0)} KB .docx; ${cpuNote(rCpu)}`),
    timingRow('export.bare', GROUP, 'bare docx: the same document built and packed from its model in memory', b, undefined, cpuNote(bCpu)),
    valueRow('export.ratio', GROUP, 'minutes export ÷ bare packing (medians)', '×', r.median / b.median, TARGETS.wordExportRatio, `samples in turn; processor time ${(rCpu / bCpu).toFixed(2)}×`),
  ];
  return { rows, source, children };
}

/** A person's review of every possible mention in each child's extract (each kept), so that every extract can be filed. How many each had. */
async function reviewEverything(core: AnyCore, meetingId: number, childIds: readonly number[]): Promise<number[]> {
  const counts: number[] = [];
  for (const childId of childIds) {
    const review = await callOk(core, 'filing.review', { meetingId, childId });
    counts.push(review.mentions.length);
    for (const m of review.mentions) if (m.choice === null) await callOk(core, 'filing.decide', { meetingId, childId, key: m.key, choice: 'keep' });
  }
  return counts;
}

/** The newest approved panel of the same kind other than the one being exported: the one put back in the room for typing. */
function anotherHeldPanel(core: Core, except: number): number {
  const row = core.store.sqlite
    .prepare(
      "select m.id from meetings m join agenda_items a on a.meeting_id = m.id where m.status = 'approved' and m.id != ? and m.type_id = (select type_id from meetings where id = ?) group by m.id order by m.date desc limit 1",
    )
    .get(except, except) as { id: number } | undefined;
  if (!row) throw new Error('The dataset has no second approved meeting with an agenda to type into.');
  return row.id;
}
