import { round9 } from "../cells/round-product";

/**
 * Cut-offs for value-share (Pareto) tiering (DESIGN.md "value-share"): only positive values carry
 * value; S(v) = (sum of positive values strictly greater than v) / (sum of all positive values), and v
 * goes to the first tier i with round9(S) < cumShare_i. Walking the sorted values from the top one
 * group of equal values at a time gives each tier's smallest value. Values ≤ 0 fall below every
 * cut-off, so they land in the last tier. When no value is positive every cut-off is +Infinity.
 *
 * @param sorted finite values, ascending
 * @param cumShares cumulative shares, last = 1
 */
export function valueShareCutoffs(sorted: ArrayLike<number>, cumShares: ArrayLike<number>): Float64Array {
  const n = sorted.length;
  const k = cumShares.length;
  let total = 0;
  for (let j = n - 1; j >= 0 && sorted[j] > 0; j--) total += sorted[j];
  const cut = new Float64Array(k - 1).fill(Infinity);
  let tier = 0;
  let above = 0; // sum of positive values strictly greater than the current group
  let j = n - 1;
  while (j >= 0 && sorted[j] > 0) {
    const v = sorted[j];
    let g = j;
    while (g > 0 && sorted[g - 1] === v) g--;
    // round9 (toFixed) is costly per value; it can only change the comparison within 1e-8 of a limit.
    const raw = above / total;
    while (
      tier < k - 1 &&
      !(Math.abs(raw - cumShares[tier]) > 1e-8 ? raw < cumShares[tier] : round9(raw) < cumShares[tier])
    )
      tier++;
    if (tier < k - 1) cut[tier] = v;
    for (let i = j; i >= g; i--) above += sorted[i];
    j = g - 1;
  }
  for (let i = 1; i < k - 1; i++) if (cut[i] === Infinity) cut[i] = cut[i - 1];
  return cut;
}
