import { assignByCutoffs } from "./assign-by-cutoffs";
import { cumulativeShares } from "./cumulative-shares";
import { sortedFinite } from "./sorted-finite";
import { valueShareCutoffs } from "./value-share-cutoffs";
import { KeptArray } from "../kept-array";
import type { TierIndexes } from "./types";

/** The sorted copy the cut-offs are read from (kept: see KeptArray). */
const sortedCopy = new KeptArray((n) => new Float64Array(n));

/**
 * Value-share (Pareto) tiering, DESIGN.md: tier A is the smallest set of top customers whose value
 * reaches the first share (e.g. 80 %), and so on. Only positive values carry value; values ≤ 0 go to
 * the last tier (so do all values when none is positive; tierTable reports that). NaN → NO_TIER.
 * Example (80/15/5 on [1,15,25,17,2,3,5,6,2,3,22]): A {25,22,17,15,6}, B {5,3,3}, C {2,2,1}.
 */
export function valueShareTiers(values: ArrayLike<number>, shares: ArrayLike<number>): TierIndexes {
  const cum = cumulativeShares(shares);
  return assignByCutoffs(values, valueShareCutoffs(sortedFinite(values, sortedCopy.take(values.length)), cum));
}
