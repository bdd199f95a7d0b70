import { copyFinite } from "./copy-finite";
import { sortFloat64 } from "./sort-float64";

/**
 * The finite values of `values`, sorted ascending, in a new Float64Array (or at the front of `into`, of at
 * least values.length, when given). Rows holding NaN (not a
 * number) or ±Infinity are left out. Copied and counted in one pass (copyFinite), then sorted by
 * sortFloat64 (radix sort on large columns, the same order as Float64Array.prototype.sort), so each
 * method sorts once and then works on counts, never on per-row objects.
 */
export function sortedFinite(values: ArrayLike<number>, into?: Float64Array): Float64Array {
  const out = into ?? new Float64Array(values.length);
  return sortFloat64(out.subarray(0, copyFinite(values, out)));
}
