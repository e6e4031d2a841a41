import { createHash } from 'node:crypto';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../context';
import { extractFileName, minutesFileName } from '../../export/minutes/file-names';
import { buildMinutesDocx } from '../../export/minutes/minutes-docx';
import type { ExtractPass } from '../../export/mentions/extract-pass';
import { mentionWords } from '../../../../shared/filing/mention-words';
import { type ExportedExtract, recordExtract } from './checklist';
import { type ExtractSource, loadExtractSource, scanExtract } from './extract-source';
import { loadMinutesSource, type MinutesSource } from './minutes-source';
import { write } from '../../data/write';

export { type ExtractSource, loadExtractSource, loadMinutesSource, type MinutesSource, scanExtract };

/** An extract as the checklist keeps it, with the document itself. */
export interface BuiltExtract extends ExportedExtract {
  buffer: Buffer;
  /** Possible mentions nobody has looked at yet: such an extract is a draft, not for filing. */
  unreviewed: number;
}

/** Why an extract may not be filed yet, in sentences printed under its DRAFT – NOT FOR FILING banner; none when it may. */
function notForFiling(source: ExtractSource, pass: ExtractPass): string[] {
  const reasons: string[] = [];
  if (!source.full.approval) reasons.push('The chair has not yet approved these minutes.');
  const waiting = pass.mentions.filter((m) => m.choice === null);
  if (waiting.length > 0) {
    const listed = waiting.slice(0, 12).map((m) => `“${m.phrase}” (${m.where})`);
    const more = waiting.length > listed.length ? `, and ${waiting.length - listed.length} more` : '';
    reasons.push(`${mentionWords(waiting.length)} of other children ${waiting.length === 1 ? 'has' : 'have'} not been reviewed and ${waiting.length === 1 ? 'is' : 'are'} printed as typed: ${listed.join(', ')}${more}.`);
  }
  return reasons;
}

/**
 * One child's extract. A sibling group's item goes, whole, into each sibling's extract
 * (siblings discussed together share the discussion), but each file is named for its child.
 * An extract that may not be filed yet (minutes not approved, possible mentions not reviewed)
 * says so on every page and in its name.
 */
export async function buildExtract(source: ExtractSource, childId: number, scanned = scanExtract(source, childId)): Promise<BuiltExtract> {
  const { itemId, child, model, pass } = scanned;
  const reasons = notForFiling(source, pass);
  const document = reasons.length ? { ...model, notForFiling: reasons } : model;
  const m = source.detail.agenda.meeting;
  return {
    childId,
    itemId,
    fileName: extractFileName(child, m.typeName, m.date, reasons.length > 0),
    buffer: await buildMinutesDocx(document),
    redactions: pass.automatic,
    takenOut: pass.mentions.filter((x) => x.choice === 'take_out').length,
    kept: pass.mentions.filter((x) => x.choice === 'keep').length,
    unreviewed: pass.unreviewed,
    // Who exported it is not what it says.
    contentHash: createHash('sha256').update(JSON.stringify({ ...document, preparedBy: '' })).digest('hex'),
  };
}

export async function exportMinutesDocx(ctx: ServiceContext, input: { id: number }): Promise<ProcedureOutput<'minutes.exportDocx'>> {
  const source = await loadMinutesSource(ctx, input.id);
  const buffer = await buildMinutesDocx(source.full);
  const fileName = minutesFileName(source.full);
  const m = source.detail.agenda.meeting;
  await write(ctx, (w) => w.audit({
    action: 'export',
    entity: 'meeting',
    entityId: m.id,
    summary: `Exported the minutes of ${m.typeName} on ${formatUkDate(m.date)} to Word${source.full.approval ? '' : ' (draft)'}`,
    details: { fileName, items: source.full.items.length },
  }));
  return { fileName, base64: buffer.toString('base64') };
}

export async function exportExtractDocx(ctx: ServiceContext, input: ParsedInput<'minutes.exportExtract'>): Promise<ProcedureOutput<'minutes.exportExtract'>> {
  const source = await loadExtractSource(ctx, input.meetingId);
  const built = await buildExtract(source, input.childId);
  const m = source.detail.agenda.meeting;
  // An approved, reviewed extract saved on its own may be filed like one from the folder, so it goes on the checklist (which audits it).
  if (source.full.approval && built.unreviewed === 0) {
    await recordExtract(ctx, m.id, built);
    return { fileName: built.fileName, base64: built.buffer.toString('base64') };
  }
  await write(ctx, (w) => w.audit({
    action: 'export',
    entity: 'child',
    entityId: input.childId,
    summary: `Exported the extract from ${m.typeName} on ${formatUkDate(m.date)} to Word, marked DRAFT – NOT FOR FILING`,
    details: { meetingId: m.id, fileName: built.fileName, redactions: built.redactions, unreviewed: built.unreviewed },
  }));
  return { fileName: built.fileName, base64: built.buffer.toString('base64') };
}
