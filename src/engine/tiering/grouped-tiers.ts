import { gatherGroup, groupRows } from "./group-rows";
import type { TierIndexes } from "./types";

/** A tiering method of one column: values in, tier per value out (NaN → NO_TIER). */
export type TierMethod = (values: Float64Array) => TierIndexes;

/**
 * Any method applied separately inside each group (DESIGN.md "grouped": per region, product line or
 * sales rep), as dplyr's group_by() |> mutate(). Rows are bucketed by key once (a counting sort of
 * group ids), each group's values are copied into one Float64Array and tiered, and the tiers are
 * written back to the original rows. Blank keys form a group of their own.
 */
export function groupedTiers(groupKeys: readonly string[], values: ArrayLike<number>, method: TierMethod): TierIndexes {
  const groups = groupRows(groupKeys, values.length);
  const out = new Int32Array(values.length);
  for (let g = 0; g < groups.names.length; g++) {
    const tiers = method(gatherGroup(groups, g, values));
    for (let j = groups.start[g]; j < groups.start[g + 1]; j++) out[groups.rows[j]] = tiers[j - groups.start[g]];
  }
  return out;
}
