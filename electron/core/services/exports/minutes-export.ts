import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import { minutesExportBlocked } from '../../../../shared/minutes/lifecycle';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { extractFileName, minutesFileName } from '../../export/minutes/file-names';
import { buildMinutesDocx } from '../../export/minutes/minutes-docx';
import type { MinutesDocModel } from '../../export/minutes/model';
import { ChildNameIndex, type NamedChild } from '../../export/minutes/redact';
import { recordAudit } from '../audit';
import { recordFiling } from '../filing/checklist';
import { loadAuthorityName } from '../authority';
import { minutesDetail } from '../minutes/detail';
import { extractOf, minutesDocModel } from './minutes-model';

export interface MinutesSource {
  detail: MinutesDetail;
  full: MinutesDocModel;
  names: ChildNameIndex;
}

/** Everything the minutes and every extract of them are built from, read once. */
export async function loadMinutesSource(ctx: ServiceContext, meetingId: number): Promise<MinutesSource> {
  const detail = await minutesDetail(ctx, meetingId);
  const blocked = minutesExportBlocked(detail.state.status as MeetingStatus);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const [authorityName, register] = await Promise.all([
    loadAuthorityName(ctx.db),
    ctx.db.selectFrom('children').select(['id', 'case_ref', 'first_name', 'last_name']).execute(),
  ]);
  const toNamed = (c: { id: number; case_ref: string; first_name: string; last_name: string }): NamedChild => ({ id: c.id, caseRef: c.case_ref, firstName: c.first_name, lastName: c.last_name });
  const onMeeting = detail.agenda.items.flatMap((i) => i.children.map((c): NamedChild => ({ id: c.id, caseRef: c.caseRef, firstName: c.firstName, lastName: c.lastName })));
  return { detail, full: minutesDocModel(detail, authorityName, ctx.actor), names: new ChildNameIndex(register.map(toNamed), onMeeting) };
}

export interface BuiltExtract {
  childId: number;
  itemId: number;
  fileName: string;
  buffer: Buffer;
  /** Mentions of other children taken out of this extract's text. */
  redactions: number;
}

/**
 * One child's extract. A sibling group's item goes, whole, into each sibling's extract
 * (siblings discussed together share the discussion), but each file is named for its child.
 */
export async function buildExtract(source: MinutesSource, childId: number): Promise<BuiltExtract> {
  const index = source.detail.agenda.items.findIndex((i) => i.children.some((c) => c.id === childId));
  if (index < 0) throw new AppError('NOT_FOUND', 'That child is not on this meeting’s agenda.');
  const agendaItem = source.detail.agenda.items[index]!;
  const child = agendaItem.children.find((c) => c.id === childId)!;
  const redactor = source.names.redactorFor(agendaItem.children.map((c) => c.id));
  const model = redactor.redactAll(extractOf(source.full, source.detail, index));
  const m = source.detail.agenda.meeting;
  return {
    childId,
    itemId: agendaItem.id,
    fileName: extractFileName(child, m.typeName, m.date, source.full.approval === null),
    buffer: await buildMinutesDocx(model),
    redactions: redactor.count,
  };
}

export async function exportMinutesDocx(ctx: ServiceContext, input: { id: number }): Promise<ProcedureOutput<'minutes.exportDocx'>> {
  const source = await loadMinutesSource(ctx, input.id);
  const buffer = await buildMinutesDocx(source.full);
  const fileName = minutesFileName(source.full);
  const m = source.detail.agenda.meeting;
  await recordAudit(ctx.db, ctx, {
    action: 'export',
    entity: 'meeting',
    entityId: m.id,
    summary: `Exported the minutes of ${m.typeName} on ${formatUkDate(m.date)} to Word${source.full.approval ? '' : ' (draft)'}`,
    details: { fileName, items: source.full.items.length },
  });
  return { fileName, base64: buffer.toString('base64') };
}

export async function exportExtractDocx(ctx: ServiceContext, input: ParsedInput<'minutes.exportExtract'>): Promise<ProcedureOutput<'minutes.exportExtract'>> {
  const source = await loadMinutesSource(ctx, input.meetingId);
  const built = await buildExtract(source, input.childId);
  const m = source.detail.agenda.meeting;
  // An approved extract saved on its own may be filed like one from the folder, so it goes on the checklist (which audits it).
  if (source.full.approval) {
    await recordFiling(ctx, { meetingId: m.id, folderName: '', extracts: [built] }, null);
    return { fileName: built.fileName, base64: built.buffer.toString('base64') };
  }
  await recordAudit(ctx.db, ctx, {
    action: 'export',
    entity: 'child',
    entityId: input.childId,
    summary: `Exported the extract from ${m.typeName} on ${formatUkDate(m.date)} to Word`,
    details: { meetingId: m.id, fileName: built.fileName, redactions: built.redactions },
  });
  return { fileName: built.fileName, base64: built.buffer.toString('base64') };
}
