import Papa from 'papaparse';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { LEGAL_STATUS, MEETING_KIND, PERMANENCE_OPTION, RAG } from '../../../../shared/domain/vocabulary';
import type { ServiceContext } from '../../context';
import { allTrackerRows } from './tracker-query';
import { write } from '../../data/write';

/**
 * The tracker as the person sees it (same filters, same order) for a spreadsheet.
 * A leading BOM makes Excel read it as UTF-8; cells that start with = + - @ are
 * quoted with an apostrophe so Excel never runs them as formulas.
 */
export async function exportTrackerCsv(ctx: ServiceContext, input: ParsedInput<'tracker.exportCsv'>): Promise<ProcedureOutput<'tracker.exportCsv'>> {
  const result = await allTrackerRows(ctx, input);
  const rows = result.rows.map((r) => ({
    'Case reference': r.caseRef,
    'First name': r.firstName,
    'Last name': r.lastName,
    Team: r.teamName ?? '',
    'Social worker': r.socialWorkerName ?? '',
    'Legal status': LEGAL_STATUS.labels[r.legalStatus],
    'Proceedings issued': formatUkDate(r.proceedingsIssued),
    'Weeks since issue': r.weeksSinceIssue ?? '',
    'Week 26': formatUkDate(r.week26Date),
    'Primary plan': r.primaryPlan ? PERMANENCE_OPTION.labels[r.primaryPlan] : '',
    'Parallel plans': r.parallelPlans.map((p) => PERMANENCE_OPTION.labels[p]).join('; '),
    RAG: r.rag ? RAG.labels[r.rag] : '',
    'RAG reason': r.ragReason ?? '',
    'RAG date': formatUkDate(r.ragDate),
    'Last three ratings': r.trend.map((t) => RAG.labels[t]).join(', '),
    'Last discussed': r.lastDiscussed ? `${MEETING_KIND.labels[r.lastDiscussed.kind]} ${formatUkDate(r.lastDiscussed.date)}` : '',
    'Next due': r.nextDue ? `${MEETING_KIND.labels[r.nextDue.kind]} ${formatUkDate(r.nextDue.date)}` : '',
    'Why due': r.nextDue?.reason ?? '',
    Overdue: r.overdue ? 'Yes' : 'No',
    Flags: r.flags.map((f) => f.message).join('; '),
  }));
  const csv = '\ufeff' + Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'tracker', entityId: null, summary: `Exported the Permanence Tracker to CSV (${rows.length} children)`, details: input }));
  return { fileName: `Permanence Tracker ${result.today}.csv`, csv };
}
