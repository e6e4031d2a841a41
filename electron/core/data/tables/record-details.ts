import { recordDetails as details } from '../../../../shared/schemas/record-details';
import { integer, json, text } from '../codecs';
import { table } from '../table';

/** A child's core details and key dates as they stood when the meeting started, for the records of that meeting. */
export const recordDetails = table('record_details', {
  item_id: integer(),
  child_id: integer(),
  details: json(details),
  taken_at: text(),
});
