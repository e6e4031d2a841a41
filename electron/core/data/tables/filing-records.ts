import { id, integer, nullable, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

/** One child's extract of one meeting on the filing checklist: exported, and ticked as filed to the case record. */
export const filingRecords = table('filing_records', {
  id: id(),
  meeting_id: integer(),
  child_id: integer(),
  item_id: integer(),
  file_name: text(),
  redactions: withDefault(integer()),
  /** A fingerprint of what the extract says, so the checklist knows whether a filed copy is still the current one. */
  content_hash: text(),
  filed_hash: nullable(text()),
  exported_at: text(),
  exported_by: text(),
  filed_at: nullable(text()),
  filed_by: nullable(text()),
  taken_out: withDefault(integer()),
  kept: withDefault(integer()),
});
export type FilingRecordRow = Row<typeof filingRecords>;
