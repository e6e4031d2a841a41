/**
 * Shares `total` among items in proportion to their weights (largest remainders),
 * giving each at least `minEach`, so a table gets exactly its target row count.
 */
export function allocate(total: number, weights: readonly number[], minEach = 0): number[] {
  const base = weights.map(() => minEach);
  const rest = total - minEach * weights.length;
  if (rest < 0) throw new Error(`Cannot give ${weights.length} items ${minEach} each out of ${total}.`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (rest * w) / sum));
  const out = base.map((b, i) => b + Math.floor(exact[i]!));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}

/** `n` days between `from` and `to` inclusive, in order; the last one recent when `recentLast` says so. */
export function spreadDays(rnd: { int(lo: number, hi: number): number }, n: number, from: number, to: number, recentLast: number | null): number[] {
  const lo = Math.min(from, to);
  const days: number[] = [];
  for (let i = 0; i < n; i++) days.push(rnd.int(lo, to));
  if (recentLast !== null && n > 0) days[0] = Math.max(lo, to - recentLast);
  return days.sort((a, b) => a - b);
}
