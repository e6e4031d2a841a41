/** Short words a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'eg', 'e.g', 'ie', 'i.e', 'etc', 'no', 'vs', 'approx', 'prof', 'cllr', 'ref', 'tel', 'hhj']);
/** How much of a long sentence is shown either side of the mention. */
const REACH = 160;

function isBoundary(text: string, at: number): boolean {
  const ch = text[at]!;
  if (ch === '\n') return true;
  if (!'.!?…'.includes(ch)) return false;
  const after = text[at + 1];
  if (after !== undefined && !/\s/u.test(after)) return false;
  if (ch !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1]?.toLocaleLowerCase('en-GB');
  return word === undefined || !ABBREVIATIONS.has(word);
}

/** Where the sentence holding [start, end) begins and ends. */
export function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !isBoundary(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isBoundary(text, to)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (from < start && /\s/u.test(text[from]!)) from++;
  while (to > end && /\s/u.test(text[to - 1]!)) to--;
  return { from, to };
}

/** A sentence cut to the mention's reach either side, with '…' where it was cut. */
export function cutSentence(before: string, match: string, after: string): { before: string; match: string; after: string } {
  return {
    before: before.length > REACH ? `…${before.slice(before.length - REACH)}` : before,
    match,
    after: after.length > REACH ? `${after.slice(0, REACH)}…` : after,
  };
}

/** Whether a word starting at `at` opens a sentence (or a line, a cell, a list entry): its capital says nothing there. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'([•*–—-]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return isBoundary(text, i) || text[i] === ':' || text[i] === ';';
}

/** Whether the gap after a word ends a sentence (or a line): cheaper than looking back from each word. */
export function opensAfter(previousWord: string, gap: string): boolean {
  if (gap.includes('\n') || /[!?…:;]/u.test(gap)) return true;
  if (!gap.includes('.')) return false;
  return !(gap.startsWith('.') && ABBREVIATIONS.has(previousWord.toLowerCase()));
}
