import { InputError } from "../errors";
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
  const n = values.length;
  if (groupKeys.length !== n) {
    throw new InputError("grouped.rows", { keys: groupKeys.length, values: n },
      `grouped tiering: expected one group key per row (${n}), found ${groupKeys.length}.`);
  }
  const ids = new Map<string, number>();
  const groupOf = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const key = groupKeys[r];
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    groupOf[r] = id;
  }
  const g = ids.size;
  const start = new Int32Array(g + 1);
  for (let r = 0; r < n; r++) start[groupOf[r] + 1]++;
  for (let i = 0; i < g; i++) start[i + 1] += start[i];
  const fill = start.slice(0, g);
  const rowsByGroup = new Int32Array(n);
  for (let r = 0; r < n; r++) rowsByGroup[fill[groupOf[r]]++] = r;

  const out = new Int32Array(n);
  for (let i = 0; i < g; i++) {
    const a = start[i];
    const b = start[i + 1];
    const part = new Float64Array(b - a);
    for (let j = a; j < b; j++) part[j - a] = values[rowsByGroup[j]];
    const tiers = method(part);
    for (let j = a; j < b; j++) out[rowsByGroup[j]] = tiers[j - a];
  }
  return out;
}
