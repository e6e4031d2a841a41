import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { filingBlocked } from '../../../../shared/minutes/lifecycle';
import type { FilingChecklist } from '../../../../shared/schemas/filing';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { safeFileStem } from '../../export/file-name';
import { extractFileName } from '../../export/minutes/file-names';
import type { Db } from '../../db/db-type';
import { getMeetingRow } from '../meetings/detail';
import type { ExtractReviewCounts } from '../../../../shared/schemas/extract-review';
import { loadExtractSource } from './extract-source';
import { reviewCounts } from './review';
import { write } from '../../data/write';
import * as repo from './repository';

/** e.g. 'Permanence Panel 2026-11-19 for filing': no child's name, since the folder holds everyone's. */
export const filingFolderName = (typeName: string, date: string) => safeFileStem(`${typeName} ${date} for filing`);

export async function filingChecklist(ctx: ServiceContext, meetingId: number): Promise<FilingChecklist> {
  const m = await getMeetingRow(ctx.db, meetingId);
  const [type, children, records, last, amendments] = await Promise.all([
    repo.meetingTypeName(ctx.db, m.type_id),
    repo.childrenToFile(ctx.db, meetingId),
    repo.filingRecordsOf(ctx.db, meetingId),
    repo.lastFilingExport(ctx.db, meetingId),
    repo.amendmentTimes(ctx.db, meetingId),
  ]);
  const recordOf = new Map(records.map((r) => [r.child_id, r]));
  const blockedReason = filingBlocked(m.status);
  // How each extract stands now (what is taken out, what waits for a person): worked out from the minutes, never stored.
  const reviews = blockedReason === null && children.length > 0 ? reviewCounts(await loadExtractSource(ctx, meetingId)) : new Map<number, ExtractReviewCounts>();
  const amendedAfter = (itemId: number, exportedAt: string) => amendments.some((a) => (a.item_id === null || a.item_id === itemId) && a.at > exportedAt);
  return {
    meetingId,
    meetingDate: m.date,
    typeName: type.name,
    blockedReason,
    folderName: filingFolderName(type.name, m.date),
    lastExport: last ? { at: last.at, by: last.by, folder: last.folder, files: last.files } : null,
    rows: children.map((c) => {
      const r = recordOf.get(c.child_id);
      return {
        childId: c.child_id,
        itemId: c.item_id,
        caseRef: c.case_ref,
        firstName: c.first_name,
        lastName: c.last_name,
        fileName: r?.file_name ?? extractFileName({ caseRef: c.case_ref, lastName: c.last_name }, type.name, m.date),
        redactions: r?.redactions ?? 0,
        exportedAt: r?.exported_at ?? null,
        exportedBy: r?.exported_by ?? null,
        filedAt: r?.filed_at ?? null,
        filedBy: r?.filed_by ?? null,
        exportedSinceFiled: !!r && r.filed_at !== null && r.filed_hash !== r.content_hash,
        amendedSinceExport: !!r && amendedAfter(c.item_id, r.exported_at),
        review: reviews.get(c.child_id) ?? null,
      };
    }),
  };
}

/** What the checklist keeps of each extract exported. */
export interface ExportedExtract {
  childId: number;
  itemId: number;
  fileName: string;
  /** Mentions of other children the redaction took out of this extract's text without asking. */
  redactions: number;
  /** Possible mentions a person chose to take out, and to keep (not that child). */
  takenOut: number;
  kept: number;
  /** A fingerprint of what the extract says, so the checklist knows whether a filed copy is still the current one. */
  contentHash: string;
}

/** A set of extracts for one meeting, built in memory: nothing is recorded until they are written or handed over. */
export interface FilingBatch {
  meetingId: number;
  folderName: string;
  extracts: readonly ExportedExtract[];
  /** The children whose extracts wait for a person to review possible mentions, and how many each. */
  waiting: readonly { childId: number; unreviewed: number }[];
}

async function upsertRecords(trx: Db, ctx: ServiceContext, meetingId: number, extracts: readonly ExportedExtract[], at: string): Promise<void> {
  for (const e of extracts) {
    const values = { item_id: e.itemId, file_name: e.fileName, redactions: e.redactions, taken_out: e.takenOut, kept: e.kept, content_hash: e.contentHash, exported_at: at, exported_by: ctx.actor };
    await repo.saveFilingRecord(trx, meetingId, e.childId, values);
  }
}

/** Records a batch once its files are written (or handed over as a download), in one transaction with its audit row. */
export async function recordFiling(ctx: ServiceContext, batch: FilingBatch, folder: string | null): Promise<FilingChecklist> {
  const at = isoNow(ctx);
  await write(ctx, async (w) => {
    const m = await getMeetingRow(w.db, batch.meetingId);
    await repo.insertFilingExport(w.db, { meeting_id: m.id, at, by: ctx.actor, folder, files: batch.extracts.length });
    await upsertRecords(w.db, ctx, m.id, batch.extracts, at);
    await w.audit({
      action: 'export',
      entity: 'meeting',
      entityId: m.id,
      summary: `Exported ${batch.extracts.length} extract${batch.extracts.length === 1 ? '' : 's'} for filing from the meeting on ${formatUkDate(m.date)}`,
      details: { folder, files: batch.extracts.map((e) => ({ fileName: e.fileName, redactions: e.redactions, takenOut: e.takenOut, kept: e.kept })), waiting: batch.waiting },
    });
  });
  return filingChecklist(ctx, batch.meetingId);
}

/** One approved extract saved on its own: it may be filed like one from the folder, so it goes on the checklist (not as an export for filing). */
export async function recordExtract(ctx: ServiceContext, meetingId: number, extract: ExportedExtract): Promise<void> {
  const at = isoNow(ctx);
  await write(ctx, async (w) => {
    const m = await getMeetingRow(w.db, meetingId);
    await upsertRecords(w.db, ctx, m.id, [extract], at);
    await w.audit({
      action: 'export',
      entity: 'child',
      entityId: extract.childId,
      summary: `Exported the extract from the meeting on ${formatUkDate(m.date)} to Word`,
      details: { meetingId: m.id, fileName: extract.fileName, redactions: extract.redactions, takenOut: extract.takenOut, kept: extract.kept },
    });
  });
}

/** Ticks (or unticks) a child's extract as filed to their case record: who and when are kept with the meeting. */
export async function markFiled(ctx: ServiceContext, input: ParsedInput<'filing.mark'>): Promise<FilingChecklist> {
  await write(ctx, async (w) => {
    // A meeting that is not there has nothing to export or file: say so, not "export it first".
    await getMeetingRow(w.db, input.meetingId);
    const record = await repo.findFilingRecord(w.db, input.meetingId, input.childId);
    if (!record) throw new AppError('CONFLICT', 'Export this child’s extract before ticking it as filed.');
    // Ticking a filed extract again means its newer copy is filed now (it was exported again, saying something new).
    const newCopy = input.filed && record.filed_at !== null && record.filed_hash !== record.content_hash;
    if (input.filed === (record.filed_at !== null) && !newCopy) return;
    const filed = input.filed ? { filed_at: isoNow(ctx), filed_by: ctx.actor, filed_hash: record.content_hash } : { filed_at: null, filed_by: null, filed_hash: null };
    await repo.setFiled(w.db, record.id, filed);
    await w.audit({
      action: 'update',
      entity: 'filing_record',
      entityId: record.id,
      summary: newCopy
        ? `Ticked the new copy of “${record.file_name}” as filed to the case record`
        : input.filed
          ? `Ticked “${record.file_name}” as filed to the case record`
          : `Took back the tick on “${record.file_name}”: not filed`,
      details: { meetingId: input.meetingId, childId: input.childId, from: record.filed_at, to: filed.filed_at },
    });
  });
  return filingChecklist(ctx, input.meetingId);
}

/** Where the desktop app last wrote this meeting's folder, for 'Open folder'. */
export async function lastFilingFolder(ctx: ServiceContext, meetingId: number): Promise<string | null> {
  return repo.lastFilingFolderOf(ctx.db, meetingId);
}
