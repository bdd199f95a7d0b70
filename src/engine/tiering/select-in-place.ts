/**
 * Quickselect (Hoare 1961, "FIND"; median-of-three pivot): rearranges a[lo..hi] so that a[k] holds
 * the value it would have if the range were sorted, everything before it is ≤ and everything after
 * it is ≥. Expected O(n); lets quantiles be found without sorting a whole column.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot, guarding against sorted input.
    let x = a[lo], y = a[mid];
    const z = a[hi];
    if (x > y) { const t = x; x = y; y = t; }
    if (y > z) { y = z; }
    if (x > y) { y = x; }
    const pivot = y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i]; a[i] = a[j]; a[j] = t;
        i++; j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
