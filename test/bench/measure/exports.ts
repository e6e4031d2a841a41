import fs from 'node:fs';
import path from 'node:path';
import { buildMinutesDocx } from '../../../electron/core/export/minutes/minutes-docx';
import { loadMinutesSource } from '../../../electron/core/services/exports/minutes-export';
import { workingCopy } from '../dataset/cache';
import { TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timeLoop } from './timing';

const GROUP = 'Word exports of the longest Permanence Panel';

/**
 * The full minutes through the router beside the bare docx work for the same content
 * (the document model already in memory: building the docx tree and packing it), so the
 * ratio is what reading the minutes from the store, wording them and the router add.
 * Then the export for filing as the desktop app does it: every child's extract, written
 * to a folder, recorded on the checklist.
 */
export async function measureExports(env: BenchEnv): Promise<ResultRow[]> {
  const dir = workingCopy(env.dataset.dir, 'exports');
  env.memory.begin('exports: open the working copy');
  const core = await openBenchCore(dir);
  const { probes } = env.dataset.manifest;
  const meetingId = probes.minutesMeetingId;
  const runs = Math.max(5, Math.round(env.config.runs.tracker / 3));
  const rows: ResultRow[] = [];
  try {
    env.memory.begin('minutes.exportDocx');
    let bytes = 0;
    const viaRouter = await timeLoop(() => callOk(core, 'minutes.exportDocx', { id: meetingId }), {
      warmup: 2,
      runs,
      after: (out) => {
        bytes = Buffer.byteLength((out as { base64: string }).base64, 'base64');
        env.memory.sample();
      },
    });
    const ctx = { db: core.store.db, actor: 'bench', now: () => new Date() };
    const source = await loadMinutesSource(ctx, meetingId);
    env.memory.begin('bare docx packing of the same minutes');
    const bare = await timeLoop(() => buildMinutesDocx(source.full), { warmup: 2, runs, after: () => env.memory.sample() });
    const routed = summarise(viaRouter);
    const packed = summarise(bare);
    const items = source.full.items.length;
    const children = source.full.items.reduce((n, i) => n + i.children.length, 0);
    rows.push(
      timingRow('export.minutes', GROUP, `minutes.exportDocx: ${items}-item meeting to Word`, routed, TARGETS.wordExport, `${probes.minutesMeetingDate}: ${children} children, ${(bytes / 1024).toFixed(0)} KB .docx`),
      timingRow('export.bare', GROUP, 'bare docx: the same document built and packed from its model in memory', packed),
      valueRow('export.ratio', GROUP, 'minutes export ÷ bare packing (medians)', '×', routed.median / packed.median, TARGETS.wordExportRatio),
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
  } finally {
    await core.close();
  }
  return rows;
}
