import { zipSync } from 'fflate';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import { filingBlocked } from '../../../../shared/minutes/lifecycle';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { letWaitingCallsIn } from '../../let-waiting-calls-in';
import { type BuiltExtract, buildExtract, loadExtractSource } from '../exports/minutes-export';
import { getMeetingRow } from '../meetings/detail';
import { type FilingBatch, filingFolderName, recordFiling } from './checklist';
import { NOTHING_TO_FILE } from '../../../../shared/minutes/lifecycle';

export interface BuiltBatch extends FilingBatch {
  extracts: BuiltExtract[];
}

/** Refuses, in words, a meeting whose extracts cannot be filed: minutes not approved, or no children. */
export async function assertFilable(ctx: ServiceContext, meetingId: number): Promise<void> {
  const m = await getMeetingRow(ctx.db, meetingId);
  const blocked = filingBlocked(m.status as MeetingStatus);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const child = await ctx.db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId).limit(1).executeTakeFirst();
  if (!child) throw new AppError('CONFLICT', NOTHING_TO_FILE);
}

/** Every child's extract for a meeting whose minutes are approved, built in memory: nothing is recorded until they are written. */
export async function prepareFiling(ctx: ServiceContext, meetingId: number): Promise<BuiltBatch> {
  await assertFilable(ctx, meetingId);
  const source = await loadExtractSource(ctx, meetingId);
  const children = source.detail.agenda.items.flatMap((i) => i.children.map((c) => c.id));
  const extracts: BuiltExtract[] = [];
  // One at a time: thirty documents at once would hold thirty packed files in memory for no gain on one thread.
  for (const childId of children) {
    // A save arriving meanwhile waits for the extract in hand, not the whole batch.
    if (extracts.length > 0) await letWaitingCallsIn();
    extracts.push(await buildExtract(source, childId));
  }
  return { meetingId, folderName: filingFolderName(source.full.meetingType, source.full.date), extracts };
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

