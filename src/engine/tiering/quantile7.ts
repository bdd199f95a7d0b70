/**
 * Sample quantile of type 7 (Hyndman & Fan 1996; the default of R's quantile(), and Excel's
 * PERCENTILE.INC): with h = (n − 1)·p, interpolate linearly between the order statistics at
 * floor(h) and floor(h) + 1 (0-based). simple-statistics' quantileSorted (7.x, a devDependency used
 * as a test oracle) gives the same answers; the engine keeps these nine lines rather than ship a
 * runtime dependency for them, and reads Float64Array without a copy.
 *
 * @param sortedValues finite values, ascending, at least one
 * @param p probability in [0, 1]
 */
export function quantile7(sortedValues: ArrayLike<number>, p: number): number {
  const n = sortedValues.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const frac = h - lo;
  const a = sortedValues[lo];
  return frac === 0 ? a : a + frac * (sortedValues[hi] - a);
}
