import { BODY_SIZE, DETAIL_VALUE_INDENT } from './styles';

/**
 * Advance widths of Arial Bold (the same as Helvetica Bold's published metrics), in
 * thousandths of the font size: enough to know whether a label fits before its value's
 * tab stop without a font on the machine that writes the document.
 */
const WIDTHS: Record<string, number> = {
  ' ': 278, '!': 333, '"': 474, '#': 556, $: 556, '%': 889, '&': 722, "'": 238, '(': 333, ')': 333, '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278,
  ':': 333, ';': 333, '?': 611, '’': 278, '‘': 278, '–': 556,
  A: 722, B: 722, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 556, K: 722, L: 611, M: 833, N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 611, c: 556, d: 611, e: 556, f: 333, g: 611, h: 611, i: 278, j: 278, k: 556, l: 278, m: 889, n: 611, o: 611, p: 611, q: 611, r: 389, s: 556, t: 333, u: 611, v: 556, w: 778, x: 556, y: 556, z: 500,
};
/** Digits share one width; anything not listed counts as wide, so a label is never thought shorter than it is. */
const DIGIT = 556;
const UNKNOWN = 722;

/** A label's width in twips at the body size, bold. */
export function boldLabelTwips(label: string): number {
  let units = 0;
  for (const ch of label) units += WIDTHS[ch] ?? (ch >= '0' && ch <= '9' ? DIGIT : UNKNOWN);
  // Sizes are in half-points; a twip is a twentieth of a point.
  return Math.ceil((units / 1000) * (BODY_SIZE / 2) * 20);
}

/** Room between the longest label and the values: about 3 mm, so a label never touches its value. */
const GAP = 170;
/** Values line up on quarter centimetres, so blocks with similar labels share a column. */
const STEP = 142;
/** Beyond this (about 6 cm) the values' column would squeeze the values: such a block reads 'Label: value' instead. */
export const DETAIL_INDENT_MAX = 3402;

/**
 * Where the values of a block of label lines start: clear of its longest label, never
 * nearer than the house indent, or null when a label is too long for a column of values.
 */
export function detailIndent(labels: readonly string[]): number | null {
  const widest = Math.max(0, ...labels.map((l) => boldLabelTwips(`${l}:`)));
  const indent = Math.max(DETAIL_VALUE_INDENT, Math.ceil((widest + GAP) / STEP) * STEP);
  return indent > DETAIL_INDENT_MAX ? null : indent;
}
