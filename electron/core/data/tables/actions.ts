import { ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import { RAG } from '../../../../shared/domain/vocabulary';
import { id, integer, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

export const actions = table('actions', {
  id: id(),
  meeting_id: integer(),
  item_id: integer(),
  text: text(),
  owner_id: nullable(integer()),
  owner_name: text(),
  due_on: text(),
  status: withDefault(oneOf(ACTION_STATUS.values)),
  completed_on: nullable(text()),
  progress_rag: nullable(oneOf(RAG.values)),
  impact_rag: nullable(oneOf(RAG.values)),
  last_note: nullable(text()),
  position: integer(),
  created_at: text(),
  created_by: text(),
  updated_at: text(),
  /** The key of the SMART plan row the action was made from, if any. */
  plan_row: nullable(text()),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type ActionDbRow = Row<typeof actions>;
