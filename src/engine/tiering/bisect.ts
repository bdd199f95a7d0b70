/**
 * Binary search in an ascending array, as d3-array's bisectLeft / bisectRight (and C++'s
 * lower_bound / upper_bound). Used to count values strictly below or strictly above a value.
 */

/** Index of the first element ≥ x, i.e. the number of elements strictly less than x. */
export function bisectLeft(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > x, i.e. the number of elements ≤ x. */
export function bisectRight(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
