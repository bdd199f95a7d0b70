import { sortFloat64 } from "./sort-float64";

/**
 * The finite values of `values`, sorted ascending, in a new Float64Array. Rows holding NaN (not a
 * number) or ±Infinity are left out. Sorted by sortFloat64 (radix sort on large columns, the same
 * order as Float64Array.prototype.sort), so each method sorts once and then works on counts, never
 * on per-row objects.
 */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) count++;
  const out = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isFinite(v)) out[j++] = v;
  }
  return sortFloat64(out);
}
