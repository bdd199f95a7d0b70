import { round9 } from "../cells/round-product";
import { selectInPlace } from "./select-in-place";

/**
 * The same cut-offs as {@link rankShareCutoffs}, from unsorted values by quickselect instead of a full
 * sort. A value v goes to the first tier i with (values strictly greater than v) < L_i, L_i =
 * round9(cumShare_i × n), so the smallest value tier i can hold is the ⌈L_i⌉-th largest value (none
 * when L_i ≤ 0). That is the cut-off when tier i is not empty; when it is empty, the same order
 * statistic already sits in an earlier tier and equals that tier's cut-off, which is what
 * rankShareCutoffs repeats. So only k − 1 order statistics are needed, found in increasing position,
 * each in the part of the array right of the one before (as quantiles7Unsorted): O(n) expected.
 *
 * @param finite the finite values, in any order; reordered in place
 * @param cumShares cumulative shares, last = 1 (see cumulativeShares)
 */
export function rankShareCutoffsUnsorted(finite: Float64Array, cumShares: ArrayLike<number>): Float64Array {
  const n = finite.length;
  const k = cumShares.length;
  const position = new Int32Array(k - 1); // ascending index of each tier's order statistic, −1 = none
  for (let i = 0; i < k - 1; i++) {
    const limit = Math.ceil(round9(cumShares[i] * n));
    position[i] = limit <= 0 || n === 0 ? -1 : Math.max(0, n - limit);
  }
  const cut = new Float64Array(k - 1).fill(Infinity);
  let done = -1; // every index ≤ done already holds its sorted value
  // Positions fall as i rises, so walk the tiers from the last to select left to right.
  for (let i = k - 2; i >= 0; i--) {
    const p = position[i];
    if (p < 0) continue;
    if (p > done) {
      selectInPlace(finite, p, done + 1, n - 1);
      done = p;
    }
    cut[i] = finite[p];
  }
  return cut;
}
