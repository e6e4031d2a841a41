import { LEGAL_STATUS } from '../../../../shared/domain/vocabulary';
import { id, integer, oneOf, text } from '../codecs';
import { table } from '../table';

/** Each legal status a child has been recorded with, from the (local) day it was recorded: kept by the database's triggers, never written by a service. */
export const legalStatusHistory = table('legal_status_history', {
  id: id(),
  child_id: integer(),
  legal_status: oneOf(LEGAL_STATUS.values),
  since: text(),
});
