import type { AgendaChild } from '../../../../shared/schemas/agenda';

export function childName(c: Pick<AgendaChild, 'firstName' | 'lastName'>): string {
  return `${c.firstName} ${c.lastName}`;
}

/** "Amy Ashby and Ben Ashby": how an item is named to a screen reader and in messages. */
export function itemName(children: readonly Pick<AgendaChild, 'firstName' | 'lastName'>[]): string {
  const names = children.map(childName);
  return names.length <= 1 ? (names[0] ?? 'this item') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
