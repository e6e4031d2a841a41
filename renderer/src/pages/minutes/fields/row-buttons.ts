import { focusSoon } from '../../../components/focus-soon';

/**
 * After a row is removed, the keyboard goes to the next row's remove button, else the
 * previous row's, else the add button: never to the top of the page.
 */
export function focusAfterRemoval(removeIds: string[], removedIndex: number, addId: string): void {
  const after = removeIds.filter((_, i) => i !== removedIndex);
  focusSoon(...[after[removedIndex], after[removedIndex - 1], addId].filter((x): x is string => Boolean(x)));
}

/** After a row is added, the keyboard goes to its first cell. */
export function focusNewRow(firstCellId: string): void {
  focusSoon(firstCellId);
}
