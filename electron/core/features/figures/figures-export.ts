import Papa from 'papaparse';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { figureTables, type FigureTable } from '../../../../shared/figures/tables';
import type { ServiceContext } from '../../context';
import { safeDocxFileName, safeFileStem } from '../../export/file-name';
import { write } from '../../data/write';
import { loadAuthorityName } from '../settings/authority';
import { childrenBehindEach, getFigures } from './figures';
import { buildFiguresDocx, type FiguresDocModel } from './figures-docx';
import { childrenNamed } from './repository';

/**
 * One table of the figures as the page shows it, for a spreadsheet: the period and team in
 * the file name, a BOM so Excel reads UTF-8, and formula-like cells quoted (as the tracker's CSV).
 */
export async function exportFiguresCsv(ctx: ServiceContext, input: ParsedInput<'figures.exportCsv'>): Promise<ProcedureOutput<'figures.exportCsv'>> {
  const result = await getFigures(ctx, input);
  const table = figureTables(result).find((t) => t.id === input.table)!;
  const csv = '\ufeff' + Papa.unparse({ fields: table.columns, data: table.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]) }, { escapeFormulae: true, newline: '\r\n' });
  const team = result.period.teamName ?? 'All teams';
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'figures', entityId: null, summary: `Exported the figures table "${table.title}" to CSV (${team}, ${input.from} to ${input.to})`, details: input }));
  return { fileName: `${safeFileStem(`${table.title} ${team} ${input.from} to ${input.to}`)}.csv`, csv };
}

/** The children named in the report's appendix, when asked for: those behind each drift flag and the open proceedings past the timescale. */
async function appendixOf(ctx: ServiceContext, input: ParsedInput<'figures.exportDocx'>, tables: FigureTable[]): Promise<FiguresDocModel['appendix']> {
  const wanted = [
    ...(tables.find((t) => t.id === 'drift')?.rows ?? []).map((r) => ({ heading: r.label, part: r.cells[0]!.part! })),
    ...(tables.find((t) => t.id === 'proceedings')?.rows ?? []).filter((r) => r.label.includes('(past')).map((r) => ({ heading: `Proceedings ${r.label.toLowerCase()}`, part: r.cells[0]!.part! })),
  ];
  const behind = await childrenBehindEach(ctx, wanted.map((w) => w.part), { from: input.from, to: input.to, teamId: input.teamId });
  const groups: NonNullable<FiguresDocModel['appendix']> = [];
  for (const w of wanted) {
    const rows = await childrenNamed(ctx.db, behind.get(w.part) ?? []);
    groups.push({ heading: w.heading, children: rows.map((r) => ({ name: `${r.first_name} ${r.last_name}`, caseRef: r.case_ref, team: r.team ?? 'No team' })) });
  }
  return groups;
}

/** The Word report for the performance meeting; children named only in its appendix, and only when asked for. */
export async function exportFiguresDocx(ctx: ServiceContext, input: ParsedInput<'figures.exportDocx'>): Promise<ProcedureOutput<'figures.exportDocx'>> {
  const result = await getFigures(ctx, input);
  const tables = figureTables(result);
  const team = result.period.teamName ?? 'All teams';
  const buffer = await buildFiguresDocx({
    authorityName: await loadAuthorityName(ctx.db),
    from: input.from,
    to: input.to,
    teamName: result.period.teamName,
    producedOn: result.period.today,
    preparedBy: ctx.actor,
    tables,
    appendix: input.withNames ? await appendixOf(ctx, input, tables) : null,
  });
  const fileName = safeDocxFileName(`Permanence figures ${team} ${input.from} to ${input.to}`);
  await write(ctx, (w) => w.audit({
    action: 'export',
    entity: 'figures',
    entityId: null,
    summary: `Exported the performance figures to Word (${team}, ${input.from} to ${input.to}${input.withNames ? ', with the appendix naming children' : ', counts only'})`,
    details: { fileName, ...input },
  }));
  return { fileName, base64: buffer.toString('base64') };
}
