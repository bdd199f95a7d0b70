import { InputError } from "../errors";
import { NO_TIER } from "./types";
import { ckmeansWeighted } from "./ckmeans-weighted";
import { sortFloat64 } from "./sort-float64";
import { copyFinite } from "./copy-finite";

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
  const finite = new Float64Array(total);
  const sorted = sortFloat64(finite.subarray(0, copyFinite(values, finite)));
  const weights = new Float64Array(sorted.length);
  const distinct = distinctWithCounts(sorted, weights);
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
  const tiers = tiersFromBounds(values, ascendingBounds);
  return { tiers, lowerBounds: ascendingBounds.reverse() };
}

// The passes over all values are functions of their own, with nothing after the loop (see
// radix-sort-keys.ts): compiled during the first call, they stay compiled for the next.

/** The distinct values (ascending) written in place over the sorted values, their counts in weights. */
function distinctWithCounts(sorted: Float64Array, weights: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (distinct > 0 && sorted[i] === sorted[distinct - 1]) weights[distinct - 1]++;
    else {
      sorted[distinct] = sorted[i];
      weights[distinct++] = 1;
    }
  }
  return distinct;
}

/** Tier of each value: the largest cluster q (ascending) whose smallest value is ≤ v, as k − 1 − q. */
function tiersFromBounds(values: ArrayLike<number>, ascendingBounds: readonly number[]): Int32Array {
  const k = ascendingBounds.length;
  const tiers = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      tiers[i] = NO_TIER;
      continue;
    }
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ascendingBounds[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    tiers[i] = k - 1 - lo;
  }
  return tiers;
}
