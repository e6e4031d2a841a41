/** "1 child", "3 children", "1,204 rows": a count read as words, the number as the UK writes it. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "Amy Ashby": how a child, or anyone recorded by first and last name, is named in sentences, on screen and in documents. */
export function personName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}

/** "Amy Ashby, Ben Ashby and Cal Ashby": several names (or anything) in one phrase. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
