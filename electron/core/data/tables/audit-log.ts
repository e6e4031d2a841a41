import { id, integer, looseJson, nullable, text } from '../codecs';
import { table, type Row } from '../table';

/** Who changed what, and when: written by the write path only, in the same transaction as the change. */
export const auditLog = table('audit_log', {
  id: id(),
  at: text(),
  /** The person using the app, or the computer login until they have said who they are. */
  actor: text(),
  /** 'create', 'update', 'archive', 'restore', 'export', 'import' or 'delete' (kept as written: a log is read as it is). */
  action: text(),
  entity: text(),
  entity_id: nullable(integer()),
  summary: text(),
  /** JSON written by the app; an unreadable one is shown as it is rather than hidden. */
  details: nullable(looseJson()),
  /** The computer login the app ran under. */
  login: nullable(text()),
});
export type AuditRow = Row<typeof auditLog>;
