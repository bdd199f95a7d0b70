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
  const n = value.length;
  const above = new Float64Array(n).fill(NaN);
  const cumulative = new Float64Array(n).fill(NaN);
  // Bucket the rows by group with one counting sort; a left-out row (group −1) is in none.
  const start = new Int32Array(groups.names.length + 1);
  for (let r = 0; r < n; r++) if (groups.of[r] >= 0) start[groups.of[r] + 1]++;
  for (let g = 0; g < groups.names.length; g++) start[g + 1] += start[g];
  const rows = new Int32Array(start[groups.names.length]);
  const next = start.slice(0, groups.names.length);
  for (let r = 0; r < n; r++) if (groups.of[r] >= 0) rows[next[groups.of[r]]++] = r;
  for (let g = 0; g < groups.names.length; g++) {
    const part = valueShares(Float64Array.from(rows.subarray(start[g], start[g + 1]), (r) => value[r]));
    for (let j = start[g]; j < start[g + 1]; j++) {
      above[rows[j]] = part.above[j - start[g]];
      cumulative[rows[j]] = part.cumulative[j - start[g]];
    }
  }
  return { above, cumulative };
}
