import { KeptArray } from "../kept-array";
import { radixSortKeys } from "./radix-sort-keys";

/** Below this length the native sort is as fast and needs no scratch. */
const NATIVE_BELOW = 8192;

/** The radix sort's second buffer (kept: see KeptArray); the sorted values always end in `values`. */
const scratch = new KeptArray((n) => new Float64Array(n));

/**
 * Sorts finite doubles ascending in place and returns the same array: the same result as
 * Float64Array.prototype.sort (bit for bit, -0 before +0), by {@link radixSortKeys} on large arrays,
 * which is about 3× faster than the native sort at a million values. NaN must not be present.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  if (values.length < NATIVE_BELOW) return values.sort();
  const { keys } = radixSortKeys(values, scratch.take(values.length));
  if (keys !== values) values.set(keys);
  return values;
}
