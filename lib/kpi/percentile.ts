/**
 * Percentile by linear interpolation between the two closest ranks — Hyndman & Fan type 7, the
 * method of Excel's PERCENTILE.INC / MEDIAN and numpy's default — so a community manager who
 * re-computes a figure from the CSV export in a spreadsheet gets the same number.
 *
 * For sorted values x[0..n-1] and p in [0, 1]: h = (n - 1)·p, result = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]).
 * Example: [10, 20, 30, 40] → median 25, p90 = 30 + 0.7·10 = 37.
 * Returns null for an empty list (no data is not "zero minutes").
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Percentile must be within [0, 1], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}
