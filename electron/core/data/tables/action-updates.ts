import { RAG } from '../../../../shared/domain/vocabulary';
import { actionHistoryEntry } from '../../../../shared/schemas/actions';
import { id, integer, nullable, oneOf, text } from '../codecs';
import { table } from '../table';

/** An action's follow-up between panels: made, progressed, completed, reopened, reviewed. Not the minutes. */
export const actionUpdates = table('action_updates', {
  id: id(),
  action_id: integer(),
  kind: oneOf(actionHistoryEntry.shape.kind.options),
  note: nullable(text()),
  progress_rag: nullable(oneOf(RAG.values)),
  impact_rag: nullable(oneOf(RAG.values)),
  at: text(),
  by: text(),
});
