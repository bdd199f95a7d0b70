import { bucketRows, gatherGroup } from "./group-rows";
import type { TierResult } from "./tier-result";
import { valueShares, type ValueShares } from "./value-shares";

const worked = new WeakMap<Pick<TierResult, "value" | "groups">, ValueShares>();

/**
 * Each row's value shares within its group (the whole table when not grouped): the "cumulative value" and
 * Pareto S of an explanation. Worked out when first asked for a result, and kept with it, not on every run
 * of tierTable: only explanations read them, and the pane re-tiers on every keystroke, where two fewer
 * 8-byte-a-row arrays per run are fewer full garbage collections on a million rows (issue 16). Left-out
 * rows have no value in the result, so they get NaN, as rows without a number do.
 */
export function rowValueShares(result: Pick<TierResult, "value" | "groups">): ValueShares {
  let shares = worked.get(result);
  if (!shares) {
    shares = result.groups ? groupedShares(result.value, result.groups) : valueShares(result.value);
    worked.set(result, shares);
  }
  return shares;
}

/** Value shares within each group: the rows of a group (in row order) gathered, their shares written back. */
function groupedShares(value: Float64Array, groups: NonNullable<TierResult["groups"]>): ValueShares {
  const above = new Float64Array(value.length).fill(NaN);
  const cumulative = new Float64Array(value.length).fill(NaN);
  const buckets = { ...groups, ...bucketRows(groups.of, groups.names.length) };
  for (let g = 0; g < groups.names.length; g++) {
    const part = valueShares(gatherGroup(buckets, g, value));
    for (let j = buckets.start[g]; j < buckets.start[g + 1]; j++) {
      above[buckets.rows[j]] = part.above[j - buckets.start[g]];
      cumulative[buckets.rows[j]] = part.cumulative[j - buckets.start[g]];
    }
  }
  return { above, cumulative };
}
