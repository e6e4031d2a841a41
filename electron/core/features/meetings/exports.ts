import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { agendaReason } from '../agenda/agenda-wording';
import { describeSeries } from '../../../../shared/rota/describe';
import { agendaFileName, buildAgendaDocx } from '../../export/agenda-docx';
import type { AgendaDocModel, RotaDocModel } from '../../export/models';
import { buildRotaDocx, rotaFileName } from '../../export/rota-docx';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { loadAuthorityName } from '../settings/authority';
import { meetingDetail } from './detail';
import { viewRota } from '../rota/rota';
import { write } from '../../data/write';

/** The agenda goes to the panel and the teams: names and references only, no case detail. */
export async function exportAgendaDocx(ctx: ServiceContext, input: ParsedInput<'agenda.exportDocx'>): Promise<ProcedureOutput<'agenda.exportDocx'>> {
  const detail = await meetingDetail(ctx, input.id);
  const m = detail.meeting;
  // The agenda that goes out never overruns the session without the person having seen it on screen first.
  const overrun = detail.plan.overrunMinutes;
  if (overrun > input.overrunShown) {
    throw new AppError(
      'NEEDS_CONFIRMATION',
      `The agenda runs ${overrun} ${overrun === 1 ? 'minute' : 'minutes'} past the end of the meeting (${m.endTime}). Look at it on the agenda page: shorten some slots or move children to another date, or export it as it is from there.`,
    );
  }
  const model: AgendaDocModel = {
    authorityName: await loadAuthorityName(ctx.db),
    meetingType: m.typeName,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    venue: m.venue,
    chair: m.chairName,
    team: m.teamName,
    papersDueOn: m.papersDueOn,
    items: detail.items.map((item) => ({
      start: item.start,
      end: item.end,
      children: item.children.map((c) => ({ caseRef: c.caseRef, name: `${c.firstName} ${c.lastName}`, team: c.teamName, socialWorker: c.socialWorkerName })),
      presenter: item.presenterName,
      reason: agendaReason(item),
    })),
    overrunMinutes: detail.plan.overrunMinutes,
    preparedBy: ctx.actor,
  };
  const buffer = await buildAgendaDocx(model);
  const fileName = agendaFileName(model);
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'meeting', entityId: m.id, summary: `Exported the agenda of ${m.typeName} on ${formatUkDate(m.date)} to Word`, details: { fileName, items: detail.items.length } }));
  return { fileName, base64: buffer.toString('base64') };
}

export async function exportRotaDocx(ctx: ServiceContext, input: ParsedInput<'rota.exportDocx'>): Promise<ProcedureOutput<'rota.exportDocx'>> {
  const view = await viewRota(ctx, input);
  const s = view.series;
  const model: RotaDocModel = {
    authorityName: await loadAuthorityName(ctx.db),
    title: s.name,
    meetingType: s.typeName,
    when: describeSeries(s),
    venue: s.venue,
    from: input.from,
    to: input.to,
    rows: view.occurrences.map((o) => ({ date: o.date, team: o.teamName, status: o.status, note: o.status === 'holiday' ? o.holidayName : o.note })),
    preparedBy: ctx.actor,
  };
  const buffer = await buildRotaDocx(model);
  const fileName = rotaFileName(model);
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'meeting_series', entityId: s.id, summary: `Exported the rota of “${s.name}” to Word`, details: { fileName, from: input.from, to: input.to } }));
  return { fileName, base64: buffer.toString('base64') };
}
