import type { AgendaChild } from '../../../../shared/schemas/agenda';
import { andList, personName } from '../../../../shared/domain/words';

/** "Amy Ashby and Ben Ashby": how an item is named to a screen reader and in messages. */
export function itemName(children: readonly Pick<AgendaChild, 'firstName' | 'lastName'>[]): string {
  return children.length === 0 ? 'this item' : andList(children.map(personName));
}
