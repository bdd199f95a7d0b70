import { NO_TIER, type TierIndexes } from "./types";

/**
 * Tier of each value given k − 1 non-increasing cut-offs: the first tier i with v ≥ cutoffs[i], else
 * the last tier (index k − 1 = cutoffs.length). Non-finite values get NO_TIER. Equal cut-offs are
 * allowed here: a tier whose cut-off equals the one before it is simply empty. Every cut-off based
 * method (rank-share, value-share, thresholds) ends here, which makes them monotone in value and
 * keeps equal values together by construction.
 */
export function assignByCutoffs(values: ArrayLike<number>, cutoffs: ArrayLike<number>): TierIndexes {
  const n = values.length;
  const last = cutoffs.length;
  const out = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (!Number.isFinite(v)) {
      out[r] = NO_TIER;
      continue;
    }
    let t = 0;
    while (t < last && v < cutoffs[t]) t++;
    out[r] = t;
  }
  return out;
}
