/** Letters as compared: case and accents do not matter ("zoe" finds Zoë). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Whether every word typed starts a word of the label: "sam w" and "work" find Sam Worker
 * (a word of the label may start with a typed word anywhere), "am" does not.
 */
export function matchesAllWords(label: string, query: string): boolean {
  const words = fold(label).split(/[^a-z0-9']+/).filter(Boolean);
  return fold(query)
    .split(/[^a-z0-9']+/)
    .filter(Boolean)
    .every((typed) => words.some((w) => w.startsWith(typed)));
}
