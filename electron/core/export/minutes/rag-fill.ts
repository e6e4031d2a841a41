import type { Rag } from '../../../../shared/domain/vocabulary';

/**
 * Light tints, so black text on them keeps a contrast ratio above 9:1 and the word
 * printed in the cell stays readable on a black-and-white copy.
 */
export const RAG_FILL: Record<Rag, string> = {
  red: 'F4B6B6',
  amber: 'FFD966',
  green: 'A9D08E',
};
