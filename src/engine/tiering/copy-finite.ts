/**
 * Copies the finite values of `values` (no NaN, no ±Infinity) to the front of `out`, in order, and
 * returns how many: one pass that both filters and counts. A function of its own, with nothing after
 * its loop, so that on a million values the loop is compiled during the first call (on-stack
 * replacement) and stays compiled for the next, instead of being thrown away on reaching code after
 * it that has never run.
 */
export function copyFinite(values: ArrayLike<number>, out: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) out[count++] = v;
  }
  return count;
}
