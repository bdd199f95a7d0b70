import {
  computedAbc,
  cumulativeShares,
  naturalBreaks,
  rankShareCutoffs,
  sortedFinite,
  valueShareCutoffs,
} from "../engine/tiering/numeric";
import { distinctCount } from "./distinct-count";
import { valueError } from "./errors";
import { RANK_SHARE_DEFAULTS, VALUE_SHARE_DEFAULTS } from "./spill-share-tiers";

/** The methods TIER.OF knows, each with its DESIGN.md defaults (3 tiers). */
export const TIER_OF_METHODS = ["abc", "pareto", "computed", "breaks"] as const;
export type TierOfMethod = (typeof TIER_OF_METHODS)[number];

/** Tier index (0 = top) of one number within the prepared values. */
export type TierLookup = (value: number) => number;

/** First tier whose cut-off the value reaches, else the last: the engine's assignByCutoffs for one value. */
function byCutoffs(cut: Float64Array): TierLookup {
  return (v) => {
    let t = 0;
    while (t < cut.length && v < cut[t]) t++;
    return t;
  };
}

/**
 * Does the one sort (and the cut-off search) of a method once, so that looking up any single value
 * afterwards costs a few comparisons. The lookups reproduce the engine exactly: rank-share and
 * value-share through the engine's own cut-offs, computed ABC through its abLimit / bcLimit, natural
 * breaks through its clusters' lower bounds. Used by TIER.OF behind a content cache.
 */
export function prepareTierLookup(method: TierOfMethod, values: Float64Array): TierLookup {
  switch (method) {
    case "abc":
      return byCutoffs(rankShareCutoffs(sortedFinite(values), cumulativeShares(RANK_SHARE_DEFAULTS)));
    case "pareto":
      return byCutoffs(valueShareCutoffs(sortedFinite(values), cumulativeShares(VALUE_SHARE_DEFAULTS)));
    case "computed": {
      const { abLimit, bcLimit } = computedAbc(values);
      return (v) => (v > abLimit ? 0 : v < bcLimit ? 2 : 1);
    }
    case "breaks": {
      const distinct = distinctCount(sortedFinite(values));
      if (distinct < 3)
        throw valueError(
          `values: natural breaks makes 3 tiers, but the values hold only ${distinct} distinct number${distinct === 1 ? "" : "s"}.`,
        );
      const { lowerBounds } = naturalBreaks(values, 3);
      return byCutoffs(Float64Array.from(lowerBounds.slice(0, -1)));
    }
  }
}
