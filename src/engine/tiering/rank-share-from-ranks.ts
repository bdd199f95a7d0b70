import { round9 } from "../cells/round-product";
import { NO_TIER, type TierIndexes } from "./types";

/**
 * Rank-share tiers (DESIGN.md "rank-share", as rankShareTiers) from competition ranks already at hand
 * (rankStats): with p = rank − 1 customers strictly above and n the valid customers of the row's
 * group, the first tier i with p < round9(cumShare_i × n). Rank 0 (no valid key) → NO_TIER. The
 * limits are worked out once per group size, so the rows cost one small scan each.
 *
 * @param rank 1 + rows with a strictly greater key, 0 = none (per row)
 * @param groupSize valid rows of each row's group (per row)
 * @param cumShares cumulative shares, last = 1 (see cumulativeShares)
 * @param out where to write the tiers (a new array when omitted)
 */
export function rankShareFromRanks(
  rank: Int32Array,
  groupSize: Int32Array,
  cumShares: ArrayLike<number>,
  out: TierIndexes = new Int32Array(rank.length),
): TierIndexes {
  const k = cumShares.length;
  const limitsFor = new Map<number, Float64Array>();
  let size = -1;
  let limits: Float64Array = new Float64Array(k);
  for (let r = 0; r < rank.length; r++) {
    if (rank[r] === 0) {
      out[r] = NO_TIER;
      continue;
    }
    const n = groupSize[r];
    if (n !== size) {
      let l = limitsFor.get(n);
      if (!l) {
        l = new Float64Array(k);
        for (let i = 0; i < k; i++) l[i] = round9(cumShares[i] * n);
        limitsFor.set(n, l);
      }
      size = n;
      limits = l;
    }
    const above = rank[r] - 1;
    let t = 0;
    while (t < k - 1 && !(above < limits[t])) t++;
    out[r] = t;
  }
  return out;
}
