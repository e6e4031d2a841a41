/**
 * Spreadsheet exports dress values up in ways a person never sees: padding, non-breaking
 * spaces, Excel's ="00123" trick for keeping leading zeros and the leading apostrophe
 * that forces text. These undo them so a cell holds what the person meant.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2007\u202F]/g;

export function cleanCell(raw: string): string {
  let s = raw.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trim();
  const formula = /^="(.*)"$/s.exec(s);
  if (formula) s = formula[1]!.replace(/""/g, '"').trim();
  else if (s.startsWith("'")) s = s.slice(1).trim();
  // What lookups and database exports write for "nothing here".
  if (s === '#N/A' || s.toUpperCase() === 'NULL') return '';
  return s;
}

/** One line of text: runs of spaces, tabs and line breaks become one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** How two names are compared: case, spacing and punctuation do not matter. */
export function nameKey(s: string): string {
  return oneLine(s).toLowerCase();
}

/** How coded values and headings are compared: only letters and digits count ("S.20" = "s20", "Family & friends" = "family and friends"). */
export function looseKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}
