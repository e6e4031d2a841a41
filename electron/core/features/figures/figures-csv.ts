import Papa from 'papaparse';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { figureTables } from '../../../../shared/figures/tables';
import type { ServiceContext } from '../../context';
import { safeFileStem } from '../../export/file-name';
import { recordAudit } from '../../services/audit';
import { getFigures } from './figures';

/**
 * One table of the figures as the page shows it, for a spreadsheet: the period and team in
 * the file name, a BOM so Excel reads UTF-8, and formula-like cells quoted (as the tracker's CSV).
 */
export async function exportFiguresCsv(ctx: ServiceContext, input: ParsedInput<'figures.exportCsv'>): Promise<ProcedureOutput<'figures.exportCsv'>> {
  const result = await getFigures(ctx, input);
  const table = figureTables(result).find((t) => t.id === input.table)!;
  const csv = '\ufeff' + Papa.unparse({ fields: table.columns, data: table.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]) }, { escapeFormulae: true, newline: '\r\n' });
  const team = result.period.teamName ?? 'All teams';
  await recordAudit(ctx.db, ctx, { action: 'export', entity: 'figures', entityId: null, summary: `Exported the figures table "${table.title}" to CSV (${team}, ${input.from} to ${input.to})`, details: input });
  return { fileName: `${safeFileStem(`${table.title} ${team} ${input.from} to ${input.to}`)}.csv`, csv };
}
