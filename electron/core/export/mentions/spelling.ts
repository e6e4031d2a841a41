import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';

/*
 * Near-misses of a name. Edit distance comes from fastest-levenshtein (a well-kept,
 * dependency-free implementation of Myers' bit-parallel algorithm: fast enough to compare
 * each unfamiliar word with every name in a register of thousands); how a name sounds from
 * double-metaphone (Lawrence Philips' Double Metaphone, built for surnames of many origins,
 * which gives 'Storyvail' and 'Storyvale', 'Kloe' and 'Chloe' the same code).
 */

/** How many slips a name of this length may carry and still be looked for: none below four letters, one to six, two from seven. */
export function slipsAllowed(nameLength: number): number {
  return nameLength >= 7 ? 2 : nameLength >= 4 ? 1 : 0;
}

/**
 * Letters added, dropped or changed between two words, with two neighbouring letters swapped
 * counted as one slip ('Chole' for 'Chloe'), as a typist makes them.
 */
export function slipsBetween(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain < 2 || a.length !== b.length) return plain;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return plain;
  const swapped = a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2);
  return Math.min(plain, 1 + distance(swapped, b));
}

/** Both Double Metaphone codes of a word, without the empty or one-letter ones that say too little. */
export function soundCodes(word: string): string[] {
  const [primary, secondary] = doubleMetaphone(word);
  return [...new Set([primary, secondary])].filter((code) => code.length >= 2);
}
