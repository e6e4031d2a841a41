/**
 * How the extract's passes read typed text: words, the gaps between them and the forms
 * of a name or reference that compare equal. Shared by the redaction (what is taken out
 * without asking) and the search for possible mentions (what a person must see).
 */

/** A word: letters, combining marks and digits, with apostrophes inside ('O’Brien'). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
/** What may stand between the words of a name: spaces and hyphens ('Smith-Jones', 'Smith - Jones'). */
export const NAME_GAP = /^[\s\-‐‑]+$/u;
/** What may stand between the parts of a reference: 'WS-1005', 'WS 1005', 'AB/300', 'A.B.300', 'WS – 1005'. */
export const REF_GAP = /^[\s\-‐‑–—/._]*$/u;
/** The longest reference, in words, worth trying ('AB / 12 / 345' is three, 'W S 7 1005' four). */
export const REF_MAX_WORDS = 4;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export const stripPossessive = (word: string) => word.replace(/['’]s$/u, '');
const ASCII = /^[\x20-\x7e]*$/u;
/**
 * Case, accents typed either way and the two apostrophes ('O'Brien', 'O’Brien') compare equal.
 * (Lower case without a locale: English has no special cases, and the locale-aware call costs
 * a hundred times more, on every word of every extract.)
 */
export const fold = (s: string) => (ASCII.test(s) ? s : s.normalize('NFC')).toLowerCase().replace(/'/g, '’');
/** Folded, and without accents: what a hurried typist's 'Zoe' and the register's 'Zoë' have in common. */
export const bare = (s: string) => (ASCII.test(s) ? s.toLowerCase().replace(/'/g, '’') : fold(s).normalize('NFD').replace(/\p{M}/gu, ''));
export const words = (s: string) => [...s.normalize('NFC').matchAll(WORD)].map((m) => m[0]);
/** A reference with its spacing and punctuation taken out, so every way of typing it compares equal. */
export const refKey = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, '');

/** The words of a text with where each sits, for a pass that replaces some of them. */
export function wordsAt(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
