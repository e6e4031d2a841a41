import { id, integer, nullable, text } from '../codecs';
import { table } from '../table';

/** Each export of a meeting's extracts for filing: where to (the desktop's folder) and how many. */
export const filingExports = table('filing_exports', {
  id: id(),
  meeting_id: integer(),
  at: text(),
  by: text(),
  folder: nullable(text()),
  files: integer(),
});
