import { looseKey } from './clean-cell';

/**
 * What case systems and spreadsheets write in a cell that holds nothing: "N/A", "-",
 * "None", "Unknown", "00/00/0000"... In an optional field these read as blank, never as
 * a value (a person called "N/A") or an error (a date of birth "N/A").
 */
const BLANK_LIKE = new Set(['na', 'none', 'nil', 'null', 'unknown', 'notknown', 'notapplicable', 'notrecorded', 'tbc', 'tba', '0', '00000000', '000000']);
/** Cells of punctuation alone: "-", "--", "?", "." */
const ONLY_MARKS = /^[\s\-–—_.?/\\*]+$/;

export function isBlankLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || ONLY_MARKS.test(trimmed)) return true;
  return BLANK_LIKE.has(looseKey(trimmed));
}

/** Besides the blank-likes, what a worker column says when nobody is allocated. */
const NOBODY = new Set(['unallocated', 'notallocated', 'vacant', 'awaitingallocation', 'noworker', 'noneallocated']);

export function isNobody(text: string): boolean {
  return isBlankLike(text) || NOBODY.has(looseKey(text));
}
