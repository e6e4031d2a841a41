import { zipSync } from 'fflate';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import { filingBlocked } from '../../../../shared/minutes/lifecycle';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { type BuiltExtract, buildExtract, loadMinutesSource } from '../exports/minutes-export';
import { getMeetingRow } from '../meetings/detail';
import { type FilingBatch, filingFolderName, recordFiling } from './checklist';

export interface BuiltBatch extends FilingBatch {
  extracts: BuiltExtract[];
}

/** Every child's extract for a meeting whose minutes are approved, built in memory: nothing is recorded until they are written. */
export async function prepareFiling(ctx: ServiceContext, meetingId: number): Promise<BuiltBatch> {
  const m = await getMeetingRow(ctx.db, meetingId);
  const blocked = filingBlocked(m.status as MeetingStatus);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const source = await loadMinutesSource(ctx, meetingId);
  const children = source.detail.agenda.items.flatMap((i) => i.children.map((c) => c.id));
  if (children.length === 0) throw new AppError('CONFLICT', 'This meeting had no children on its agenda, so there is nothing to file.');
  const extracts: BuiltExtract[] = [];
  // One at a time: thirty documents at once would hold thirty packed files in memory for no gain on one thread.
  for (const childId of children) extracts.push(await buildExtract(source, childId));
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

