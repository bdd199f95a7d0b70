import { round9 } from "../cells/round-product";

/**
 * Cut-offs for rank-share tiering (DESIGN.md "rank-share"): with p = the number of values strictly
 * greater than v, v goes to the first tier i with p < round9(cumShare_i × n). Walking the sorted values
 * from the top one group of equal values at a time gives each tier's smallest value, so equal values
 * can never be split. Returns k − 1 cut-offs for {@link assignByCutoffs}; an empty tier repeats the
 * cut-off before it.
 *
 * @param sorted finite values, ascending (see sortedFinite)
 * @param cumShares cumulative shares, last = 1 (see cumulativeShares)
 */
export function rankShareCutoffs(sorted: ArrayLike<number>, cumShares: ArrayLike<number>): Float64Array {
  const n = sorted.length;
  const k = cumShares.length;
  const limits = new Float64Array(k);
  for (let i = 0; i < k; i++) limits[i] = round9(cumShares[i] * n);
  const cut = new Float64Array(k - 1).fill(Infinity);
  let tier = 0;
  let above = 0; // values strictly greater than the current group
  let j = n - 1;
  while (j >= 0) {
    const v = sorted[j];
    let g = j;
    while (g > 0 && sorted[g - 1] === v) g--;
    while (tier < k - 1 && !(above < limits[tier])) tier++;
    if (tier < k - 1) cut[tier] = v;
    above += j - g + 1;
    j = g - 1;
  }
  for (let i = 1; i < k - 1; i++) if (cut[i] === Infinity) cut[i] = cut[i - 1];
  return cut;
}
