/**
 * Selection (Floyd & Rivest 1975, "Algorithm 489: SELECT", CACM 18(3): 173; the form d3-array's
 * quickselect uses): rearranges a[lo..hi] so that a[k] holds the value it would have if the range
 * were sorted, everything before it is ≤ and everything after it is ≥. On ranges over 600 values it
 * first selects within a small sample around the expected position, so the partition pivot is
 * nearly exact and about 1.5 n comparisons suffice (a median-of-three quickselect needs ~3.4 n).
 * Expected O(n); lets quantiles and rank-share cut-offs be found without sorting a whole column.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  let left = lo;
  let right = hi;
  while (right > left) {
    if (right - left > 600) {
      // Narrow to a sample range expected to hold the k-th value (the constants are Floyd & Rivest's).
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      // `| 0` keeps the indexes small integers: a double here would throw away the compiled loop below.
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd) | 0);
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd) | 0);
      selectInPlace(a, k, newLeft, newRight);
    }
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
