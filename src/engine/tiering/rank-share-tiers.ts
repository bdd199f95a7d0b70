import { assignByCutoffs } from "./assign-by-cutoffs";
import { copyFinite } from "./copy-finite";
import { cumulativeShares } from "./cumulative-shares";
import { rankShareCutoffsUnsorted } from "./rank-share-cutoffs-unsorted";
import { KeptArray } from "../kept-array";
import type { TierIndexes } from "./types";

/** The copy quickselect reorders (kept: see KeptArray). */
const finiteCopy = new KeptArray((n) => new Float64Array(n));

/**
 * Rank-share tiering (DESIGN.md; the classic "top 20 % of customers are A" rule): with p = the number
 * of customers with a strictly greater value and n the number of valid values, a customer goes to the
 * first tier i with p < round9(cumShare_i × n). Equal values always share a tier. NaN → NO_TIER.
 * Example (20/30/50 on 1..10): A {10, 9}, B {8, 7, 6}, C the rest.
 * The k − 1 cut-offs are order statistics, found by quickselect on a copy (no full sort). The tiers
 * returned are a new array; the copy is kept memory.
 *
 * @param shares fractions summing to 1, one per tier (≥ 2 tiers); see normaliseShares for percents
 */
export function rankShareTiers(values: ArrayLike<number>, shares: ArrayLike<number>): TierIndexes {
  const cum = cumulativeShares(shares);
  const finite = finiteCopy.take(values.length);
  const count = copyFinite(values, finite);
  return assignByCutoffs(values, rankShareCutoffsUnsorted(finite.subarray(0, count), cum));
}
