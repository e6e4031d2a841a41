import type { ProcedureOutput } from '../../../../shared/contract';
import type { safetyProcedures } from '../../../../shared/procedures/safety';
import type { BackupInfo } from '../../../../shared/schemas/safety';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import type { BackupReason } from '../../safety/backups';
import { appStatus } from './app-status';

/** What the core host does for the file itself, which the handlers expose. */
export interface SafetyOperations {
  health(): ProcedureOutput<'app.health'>;
  listBackups(): BackupInfo[];
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  restore(name: string): Promise<ProcedureOutput<'backups.restore'>>;
  restoreNewestGood(): Promise<ProcedureOutput<'backups.restoreNewestGood'>>;
}

/** The app and its data file: what version, whether the data can be used, its backups. */
export function safetyHandlers(ctx: ServiceContext, info: () => ProcedureOutput<'app.info'>, safety: SafetyOperations): HandlersOf<typeof safetyProcedures> {
  return {
    'app.info': info,
    'app.status': () => appStatus(ctx),
    'app.health': () => safety.health(),
    'backups.list': () => safety.listBackups(),
    'backups.create': () => safety.backupNow('manual'),
    'backups.restore': (i) => safety.restore(i.name),
    'backups.restoreNewestGood': () => safety.restoreNewestGood(),
  };
}
