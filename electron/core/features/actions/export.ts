import Papa from 'papaparse';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { daysBetween, formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import { RAG } from '../../../../shared/domain/vocabulary';
import type { ActionQuery, ActionRow } from '../../../../shared/schemas/actions';
import { AppError } from '../../errors';
import { actionLogFileName, buildActionLogDocx } from '../../export/action-log-docx';
import type { ActionLogDocModel } from '../../export/models';
import type { ServiceContext } from '../../context';
import { loadAuthorityName } from '../settings/authority';
import { type ActionFilter, childNamed, countActions, idsOfActions } from './repository/list';
import { actionRows } from './rows';
import { write } from '../../data/write';
import { personNamed, teamNamed } from '../settings/repository';

/**
 * Beyond this a Word table is no use to anyone (hundreds of pages); the person is asked
 * to narrow the filters, or take the CSV, which has no limit.
 */
export const WORD_ACTION_LIMIT = 5000;

/** The filters alone: an export is every matching action, never the page on screen. */
const filterOf = (q: ActionQuery): ActionFilter => ({
  ownerId: q.ownerId,
  ownerName: q.ownerName,
  teamId: q.teamId,
  childId: q.childId,
  status: q.status,
  dueBy: q.dueBy,
  overdue: q.overdue,
  progressRag: q.progressRag,
  impactRag: q.impactRag,
});

function countMatching(ctx: ServiceContext, filter: ActionFilter, today: string): Promise<number> {
  return countActions(ctx.db, filter, today);
}

/** Every matching action in the list's order (due date, then id). actionRows loads them in chunks, within SQLite's limit on bound values. */
async function allMatching(ctx: ServiceContext, filter: ActionFilter, today: string): Promise<ActionRow[]> {
  return actionRows(ctx.db, await idsOfActions(ctx.db, filter, today));
}

const isOverdue = (row: ActionRow, today: string) => row.status === 'open' && row.dueOn < today;

/** Each child as 'EX100237 Amelia Jones', in both files. */
const childWords = (r: ActionRow) => r.children.map((c) => `${c.caseRef} ${c.firstName} ${c.lastName}`);

/** e.g. 'open', 'overdue, filtered': the status only, so no person's or child's name reaches a file name. */
function scopeWords(f: ActionFilter): string {
  const status = f.overdue ? 'overdue' : f.status === 'all' ? 'all' : ACTION_STATUS.labels[f.status].toLowerCase();
  const narrowed = f.ownerId !== null || f.ownerName !== null || f.teamId !== null || f.childId !== null || f.dueBy !== null || f.progressRag !== null || f.impactRag !== null;
  return narrowed ? `${status}, filtered` : status;
}

/** The filters in words for the document's heading, names looked up so the reader need not know the ids. */
async function filterWords(ctx: ServiceContext, f: ActionFilter, today: string): Promise<{ label: string; value: string }[]> {
  const [team, owner, child] = await Promise.all([
    f.teamId === null ? undefined : teamNamed(ctx.db, f.teamId),
    f.ownerId === null ? undefined : personNamed(ctx.db, f.ownerId),
    f.childId === null ? undefined : childNamed(ctx.db, f.childId),
  ]);
  const owners = [...(f.ownerId === null ? [] : [owner?.name ?? 'a person no longer on the list']), ...(f.ownerName === null ? [] : [`name containing “${f.ownerName}”`])];
  const lines = [
    { label: 'Status', value: f.status === 'all' ? 'All' : ACTION_STATUS.labels[f.status] },
    { label: 'Team', value: f.teamId === null ? 'All teams' : (team?.name ?? 'A team no longer on the list') },
    { label: 'Owner', value: owners.length === 0 ? 'Anyone' : owners.join(' and ') },
  ];
  if (f.childId !== null) lines.push({ label: 'Child', value: child ? `${child.first_name} ${child.last_name} (${child.case_ref})` : 'A child no longer on the list' });
  if (f.dueBy !== null) lines.push({ label: 'Due by', value: formatUkDate(f.dueBy) });
  if (f.overdue) lines.push({ label: 'Overdue', value: `Only open actions due before ${formatUkDate(today)}` });
  if (f.progressRag !== null) lines.push({ label: 'Progress RAG', value: f.progressRag === 'none' ? 'Not rated' : RAG.labels[f.progressRag] });
  if (f.impactRag !== null) lines.push({ label: 'Impact RAG', value: f.impactRag === 'none' ? 'Not rated' : RAG.labels[f.impactRag] });
  return lines;
}

/**
 * The action log for Word: the coordinator's working list on paper. It names children
 * (see buildActionLogDocx) and is not for a child's case record.
 */
export async function exportActionsDocx(ctx: ServiceContext, input: ParsedInput<'actions.exportDocx'>): Promise<ProcedureOutput<'actions.exportDocx'>> {
  const today = todayIso(ctx.now());
  const filter = filterOf(input);
  // Counted before anything is loaded, so a refusal is quick whatever the number of actions.
  const matching = await countMatching(ctx, filter, today);
  if (matching > WORD_ACTION_LIMIT) {
    throw new AppError(
      'INVALID_INPUT',
      `${matching.toLocaleString('en-GB')} actions match these filters, more than a Word document can usefully hold (${WORD_ACTION_LIMIT.toLocaleString('en-GB')} at most). Narrow the filters (for example by team, owner or due date), or export to CSV, which has no limit.`,
    );
  }
  const rows = await allMatching(ctx, filter, today);
  const model: ActionLogDocModel = {
    authorityName: await loadAuthorityName(ctx.db),
    filters: await filterWords(ctx, filter, today),
    producedOn: today,
    rows: rows.map((r) => ({
      dueOn: r.dueOn,
      text: r.text,
      children: childWords(r),
      owner: r.ownerName,
      status: r.status === 'done' && r.completedOn ? `Done on ${formatUkDate(r.completedOn)}` : ACTION_STATUS.labels[r.status],
      overdueDays: isOverdue(r, today) ? daysBetween(r.dueOn, today) : null,
      progressRag: r.progressRag ? RAG.labels[r.progressRag] : null,
      impactRag: r.impactRag ? RAG.labels[r.impactRag] : null,
      meetingType: r.meetingTypeName,
      meetingDate: r.meetingDate,
    })),
    preparedBy: ctx.actor,
  };
  const buffer = await buildActionLogDocx(model);
  const fileName = actionLogFileName(scopeWords(filter), today);
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'action', entityId: null, summary: `Exported the action log to Word (${rows.length} actions)`, details: { fileName, rows: rows.length, filter } }));
  return { fileName, base64: buffer.toString('base64') };
}

/** The spreadsheet's columns: heading and cell. Overdue is a status of its own here, so a spreadsheet filter finds it. */
const csvColumns = (today: string): [string, (r: ActionRow) => string][] => [
  ['Due', (r) => formatUkDate(r.dueOn)],
  ['Status', (r) => (isOverdue(r, today) ? 'Overdue' : ACTION_STATUS.labels[r.status])],
  ['Action', (r) => r.text],
  ['Owner', (r) => r.ownerName],
  ['Children', (r) => childWords(r).join('; ')],
  ['Team', (r) => r.teamName ?? ''],
  ['Agreed at', (r) => `${r.meetingTypeName} ${formatUkDate(r.meetingDate)}`],
  ['Completed', (r) => formatUkDate(r.completedOn)],
  ['Progress RAG', (r) => (r.progressRag ? RAG.labels[r.progressRag] : '')],
  ['Impact RAG', (r) => (r.impactRag ? RAG.labels[r.impactRag] : '')],
  ['Latest note', (r) => r.lastNote ?? ''],
];

/**
 * Every matching action for a spreadsheet, as the tracker's CSV: a leading BOM so Excel
 * reads UTF-8, and cells starting = + - @ quoted with an apostrophe so Excel never runs
 * them as formulas. No limit: a spreadsheet copes with what a Word table cannot.
 */
export async function exportActionsCsv(ctx: ServiceContext, input: ParsedInput<'actions.exportCsv'>): Promise<ProcedureOutput<'actions.exportCsv'>> {
  const today = todayIso(ctx.now());
  const filter = filterOf(input);
  const rows = await allMatching(ctx, filter, today);
  const columns = csvColumns(today);
  // Fields given separately, so an empty result still has its header row.
  const csv = '\ufeff' + Papa.unparse({ fields: columns.map(([heading]) => heading), data: rows.map((r) => columns.map(([, cell]) => cell(r))) }, { escapeFormulae: true, newline: '\r\n' });
  const fileName = `Action log (${scopeWords(filter)}) ${today}.csv`;
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'action', entityId: null, summary: `Exported the action log to CSV (${rows.length} actions)`, details: { fileName, rows: rows.length, filter } }));
  return { fileName, csv };
}
