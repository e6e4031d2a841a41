import { zipSync } from 'fflate';
import { filingBlocked } from '../../../../shared/minutes/lifecycle';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { letWaitingCallsIn } from '../../let-waiting-calls-in';
import { mentionWords } from '../../../../shared/filing/mention-words';
import { type BuiltExtract, buildExtract, type ExtractSource, loadExtractSource, scanExtract } from './minutes-export';
import { getMeetingRow } from '../meetings/detail';
import { type FilingBatch, filingFolderName, recordFiling } from './checklist';
import { NOTHING_TO_FILE } from '../../../../shared/minutes/lifecycle';
import { anyChildOnAgenda } from './repository';

export interface BuiltBatch extends FilingBatch {
  extracts: BuiltExtract[];
}

/** Refuses, in words, a meeting whose extracts cannot be filed: minutes not approved, or no children. */
export async function assertFilable(ctx: ServiceContext, meetingId: number): Promise<void> {
  const m = await getMeetingRow(ctx.db, meetingId);
  const blocked = filingBlocked(m.status);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const child = await anyChildOnAgenda(ctx.db, meetingId);
  if (!child) throw new AppError('CONFLICT', NOTHING_TO_FILE);
}

/**
 * Every child's extract for a meeting whose minutes are approved, built in memory: nothing is
 * recorded until they are written. An extract with possible mentions of other children that no
 * one has reviewed is left out and listed as waiting; if every extract waits, nothing is exported.
 */
export async function prepareFiling(ctx: ServiceContext, meetingId: number): Promise<BuiltBatch> {
  await assertFilable(ctx, meetingId);
  const source = await loadExtractSource(ctx, meetingId);
  const extracts: BuiltExtract[] = [];
  const waiting: { childId: number; unreviewed: number }[] = [];
  // One at a time: thirty documents at once would hold thirty packed files in memory for no gain on one thread.
  for (const child of source.meetingChildren) {
    // A save arriving meanwhile waits for the extract in hand, not the whole batch.
    if (extracts.length + waiting.length > 0) await letWaitingCallsIn();
    const scanned = scanExtract(source, child.id);
    const unreviewed = scanned.pass.unreviewed;
    if (unreviewed > 0) waiting.push({ childId: child.id, unreviewed });
    else extracts.push(await buildExtract(source, child.id, scanned));
  }
  if (extracts.length === 0) throw new AppError('CONFLICT', `Nothing was exported: ${waitingWords(source, waiting)}`);
  return { meetingId, folderName: filingFolderName(source.full.meetingType, source.full.date), extracts, waiting };
}

/** "Every extract waits for review: Leo Storyvale’s (3 possible mentions of other children)…" */
function waitingWords(source: ExtractSource, waiting: readonly { childId: number; unreviewed: number }[]): string {
  const names = waiting.map((w) => {
    const c = source.meetingChildren.find((x) => x.id === w.childId)!;
    return `${c.firstName} ${c.lastName}’s (${mentionWords(w.unreviewed)} of other children)`;
  });
  return `every extract waits for a person to review possible mentions of other children before it can be filed: ${names.join('; ')}. Choose “Review” on the filing checklist.`;
}

/** Browser mode: the folder as one zip, which the browser saves as a single download. */
export async function exportFilingZip(ctx: ServiceContext, meetingId: number) {
  const batch = await prepareFiling(ctx, meetingId);
  const entries = Object.fromEntries(batch.extracts.map((e) => [`${batch.folderName}/${e.fileName}`, new Uint8Array(e.buffer)]));
  // Word files are already compressed: storing them again costs time and saves nothing.
  const zip = zipSync(entries, { level: 0 });
  const checklist = await recordFiling(ctx, batch, null);
  return { fileName: `${batch.folderName}.zip`, base64: Buffer.from(zip).toString('base64'), checklist };
}

