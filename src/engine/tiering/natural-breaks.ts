import { InputError } from "../errors";
import { NO_TIER } from "./types";
import { ckmeansWeighted } from "./ckmeans-weighted";
import { sortFloat64 } from "./sort-float64";

export interface NaturalBreaksResult {
  /** 0 = the highest cluster; NO_TIER where the value is not a number. */
  tiers: Int32Array;
  /** Smallest value in each tier, top tier first. */
  lowerBounds: number[];
}

/**
 * Natural breaks as optimal univariate k-means: the clustering of the values into k groups of
 * consecutive values with the least total within-group sum of squares, as `Ckmeans.1d.dp(x, k)` in
 * the R package Ckmeans.1d.dp (Wang & Song 2011, The R Journal 3(2): 29–33). Clusters are numbered
 * from the highest down (tier 0 holds the largest values).
 *
 * The DP runs on the distinct values weighted by their counts (see ckmeansWeighted). An optimal
 * clustering never splits equal values (moving all copies to the nearer mean strictly lowers the
 * cost), so this is the same optimum, with equal values sharing a tier by construction, and the DP
 * is smaller when values repeat.
 *
 * NaN (and ±Infinity, which parseNumber never produces) gets NO_TIER and is left out.
 * k must be an integer ≥ 2 and at most the number of distinct values, else InputError.
 * Cost: one sort (sortFloat64) plus O(k·m·log m) for m distinct values.
 */
export function naturalBreaks(values: ArrayLike<number>, k: number): NaturalBreaksResult {
  if (!Number.isInteger(k) || k < 2) {
    throw new InputError(
      "naturalBreaksK",
      { k: String(k) },
      `Natural breaks: the number of tiers k must be a whole number of at least 2; got ${k}.`,
    );
  }
  const total = values.length;
  // The finite values, copied and counted in one pass.
  const finite = new Float64Array(total);
  let count = 0;
  for (let i = 0; i < total; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite[count++] = v;
  }
  const sorted = sortFloat64(finite.subarray(0, count));

  // Distinct values (ascending) with their counts, written in place over the sorted copy.
  const weights = new Float64Array(count);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    if (distinct > 0 && sorted[i] === sorted[distinct - 1]) weights[distinct - 1]++;
    else {
      sorted[distinct] = sorted[i];
      weights[distinct++] = 1;
    }
  }
  if (k > distinct) {
    throw new InputError(
      "naturalBreaksTooFewValues",
      { k, distinct },
      `Natural breaks: k = ${k} tiers needs at least ${k} distinct numbers; found ${distinct}.`,
    );
  }
  const unique = sorted.subarray(0, distinct);
  const starts = ckmeansWeighted(unique, weights.subarray(0, distinct), k);
  const ascendingBounds = Array.from(starts, (s) => unique[s]);

  const tiers = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      tiers[i] = NO_TIER;
      continue;
    }
    // Largest cluster q (ascending) whose smallest value is ≤ v; tier k−1−q counts from the top.
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ascendingBounds[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    tiers[i] = k - 1 - lo;
  }
  return { tiers, lowerBounds: ascendingBounds.reverse() };
}
