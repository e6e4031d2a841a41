import Papa from 'papaparse';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import type { ServiceContext } from '../../context';
import { auditDetailLines } from '../../../../shared/audit/detail-lines';
import { write } from '../../data/write';
import { auditLog } from '../../data/tables/audit-log';
import { allAuditEntries, countAuditEntries, pageOfAuditEntries } from './repository';

/** Who changed what, and when: newest first, a page at a time. */
export async function listAudit(ctx: ServiceContext, q: ParsedInput<'audit.list'>): Promise<ProcedureOutput<'audit.list'>> {
  const total = await countAuditEntries(ctx.db, q);
  const rows = await pageOfAuditEntries(ctx.db, q, q);
  return { total, rows: rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, summary: r.summary, details: [...auditDetailLines(parseDetails(r.details)), ...loginLine(r.actor, r.login)] })) };
}

/** The person is "who"; the computer login they used stays beside it, in the details. */
function loginLine(actor: string, login: string | null): { label: string; value: string }[] {
  return login && login !== actor ? [{ label: 'Computer login', value: login }] : [];
}

/** Details are JSON written by the app; an unreadable one is shown as it is rather than hidden (the column's own reading). */
function parseDetails(raw: string | null): unknown {
  return auditLog.columns.details.decode(raw);
}

/** The whole matching log as CSV; the export is itself recorded, as every export is. */
export async function exportAudit(ctx: ServiceContext, q: ParsedInput<'audit.exportCsv'>): Promise<ProcedureOutput<'audit.exportCsv'>> {
  const rows = await allAuditEntries(ctx.db, q);
  const csv =
    '\ufeff' +
    Papa.unparse(
      rows.map((r) => ({ 'When (UTC)': r.at, Who: r.actor, 'Computer login': r.login ?? '', Action: r.action, Record: r.entity, 'Record id': r.entity_id ?? '', What: r.summary, Details: r.details ?? '' })),
      { escapeFormulae: true, newline: '\r\n' },
    );
  await write(ctx, (w) => w.audit({ action: 'export', entity: 'audit_log', entityId: null, summary: `Exported the audit log (${rows.length} entries)`, details: q }));
  return { fileName: `Panelroom audit log ${ctx.now().toISOString().slice(0, 10)}.csv`, csv };
}
