import { createHash } from 'node:crypto';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import { minutesExportBlocked } from '../../../../shared/minutes/lifecycle';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { extractFileName, minutesFileName } from '../../export/minutes/file-names';
import { buildMinutesDocx } from '../../export/minutes/minutes-docx';
import type { MinutesDocModel } from '../../export/minutes/model';
import { ChildNameIndex, type NamedChild } from '../../export/minutes/redact';
import { redactExtract } from '../../export/minutes/redact-extract';
import { recordAudit } from '../audit';
import { type ExportedExtract, recordExtract } from '../filing/checklist';
import { loadAuthorityName } from '../authority';
import { minutesDetail } from '../minutes/detail';
import { loadRecordDetails } from '../minutes/record-details';
import { getReviewSettings } from '../review-settings';
import { extractOf, minutesDocModel } from './minutes-model';

export interface MinutesSource {
  detail: MinutesDetail;
  full: MinutesDocModel;
}

/** Everything the minutes and every extract of them are built from, read once. */
export async function loadMinutesSource(ctx: ServiceContext, meetingId: number): Promise<MinutesSource> {
  const detail = await minutesDetail(ctx, meetingId);
  const blocked = minutesExportBlocked(detail.state.status as MeetingStatus);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const [authorityName, records, review] = await Promise.all([loadAuthorityName(ctx.db), loadRecordDetails(ctx.db, meetingId), getReviewSettings(ctx)]);
  return { detail, full: minutesDocModel(detail, { authorityName, preparedBy: ctx.actor, records, reviewSettings: review.settings, today: todayIso(ctx.now()) }) };
}

/** What extracts need beyond the minutes: every child's name and reference, and the siblings of the meeting's children. */
export interface ExtractSource extends MinutesSource {
  names: ChildNameIndex;
  meetingChildren: NamedChild[];
  siblingsByGroup: Map<number, NamedChild[]>;
}

const named = (c: { id: number; caseRef: string; firstName: string; lastName: string }): NamedChild => ({ id: c.id, caseRef: c.caseRef, firstName: c.firstName, lastName: c.lastName });

export async function loadExtractSource(ctx: ServiceContext, meetingId: number): Promise<ExtractSource> {
  const source = await loadMinutesSource(ctx, meetingId);
  const children = source.detail.agenda.items.flatMap((i) => i.children);
  const groups = [...new Set(children.flatMap((c) => (c.siblingGroupId === null ? [] : [c.siblingGroupId])))];
  const register = await ctx.db.selectFrom('children').select(['id', 'case_ref as caseRef', 'first_name as firstName', 'last_name as lastName', 'sibling_group_id']).execute();
  const siblingsByGroup = new Map<number, NamedChild[]>(groups.map((g) => [g, []]));
  for (const c of register) if (c.sibling_group_id !== null) siblingsByGroup.get(c.sibling_group_id)?.push(named(c));
  return { ...source, names: new ChildNameIndex(register.map(named)), meetingChildren: children.map(named), siblingsByGroup };
}

/** An extract as the checklist keeps it, with the document itself. */
export interface BuiltExtract extends ExportedExtract {
  buffer: Buffer;
}

/**
 * One child's extract. A sibling group's item goes, whole, into each sibling's extract
 * (siblings discussed together share the discussion), but each file is named for its child.
 */
export async function buildExtract(source: ExtractSource, childId: number): Promise<BuiltExtract> {
  const index = source.detail.agenda.items.findIndex((i) => i.children.some((c) => c.id === childId));
  if (index < 0) throw new AppError('NOT_FOUND', 'That child is not on this meeting’s agenda.');
  const agendaItem = source.detail.agenda.items[index]!;
  const item = source.detail.items[index]!;
  const child = agendaItem.children.find((c) => c.id === childId)!;
  // Whose first name alone would point at another child: the meeting's, these children's siblings', and those the item's actions are for.
  const firstNamesOf = [
    ...source.meetingChildren,
    ...agendaItem.children.flatMap((c) => (c.siblingGroupId === null ? [] : (source.siblingsByGroup.get(c.siblingGroupId) ?? []))),
    ...[...item.actions, ...item.earlierActions].flatMap((a) => a.children.map(named)),
  ];
  const redactor = source.names.redactorFor(agendaItem.children.map(named), firstNamesOf);
  const model = redactExtract(extractOf(source.full, source.detail, index, childId), redactor);
  const m = source.detail.agenda.meeting;
  return {
    childId,
    itemId: agendaItem.id,
    fileName: extractFileName(child, m.typeName, m.date, source.full.approval === null),
    buffer: await buildMinutesDocx(model),
    redactions: redactor.count,
    // Who exported it is not what it says.
    contentHash: createHash('sha256').update(JSON.stringify({ ...model, preparedBy: '' })).digest('hex'),
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
  const source = await loadExtractSource(ctx, input.meetingId);
  const built = await buildExtract(source, input.childId);
  const m = source.detail.agenda.meeting;
  // An approved extract saved on its own may be filed like one from the folder, so it goes on the checklist (which audits it).
  if (source.full.approval) {
    await recordExtract(ctx, m.id, built);
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
