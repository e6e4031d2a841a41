/** "1 week", "4 weeks": settings can make any number appear in a sentence. */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "every week", "every 4 weeks". */
export function every(n: number, unit: string): string {
  return n === 1 ? `every ${unit}` : `every ${n} ${unit}s`;
}
