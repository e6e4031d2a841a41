import type { auditProcedures } from '../../../../shared/procedures/audit';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { exportAudit, listAudit } from './audit-log';

/** The audit log: each procedure wired to its service. */
export function auditHandlers(ctx: ServiceContext): HandlersOf<typeof auditProcedures> {
  return {
    'audit.list': (i) => listAudit(ctx, i),
    'audit.exportCsv': (i) => exportAudit(ctx, i),
  };
}
