import { gatherGroup, type RowGroups } from "./group-rows";
import { rankStats, type RankStats } from "./rank-stats";

/** The per-row figures behind every explanation, each within the row's group. */
export interface RowStats {
  readonly rank: Int32Array;
  readonly shareAbove: Float64Array;
  readonly valueShareAbove: Float64Array;
  readonly cumValueShare: Float64Array;
  readonly groupSize: Int32Array;
}

/** Writes one group's rank statistics back to its rows. */
function scatterStats(groups: RowGroups, g: number, s: RankStats, out: RowStats): void {
  for (let j = groups.start[g]; j < groups.start[g + 1]; j++) {
    const r = groups.rows[j],
      i = j - groups.start[g];
    out.rank[r] = s.rank[i];
    out.shareAbove[r] = s.shareAbove[i];
    out.valueShareAbove[r] = s.valueShareAbove[i];
    out.cumValueShare[r] = s.cumValueShare[i];
    out.groupSize[r] = s.n;
  }
}

/**
 * Step 4 of tierTable: rank by `key` (the score, else the value) and value shares along the ABC curve,
 * within each group. `hasValue` false: there is no value column, so no value shares.
 */
export function rowStats(
  key: Float64Array,
  value: Float64Array,
  hasValue: boolean,
  groups: RowGroups | undefined,
): RowStats {
  const n = value.length;
  const statsFor = (keyPart: Float64Array, valuePart: Float64Array) =>
    rankStats(keyPart, hasValue ? valuePart : undefined);
  if (!groups) {
    const s = statsFor(key, value);
    return {
      rank: s.rank,
      shareAbove: s.shareAbove,
      valueShareAbove: s.valueShareAbove,
      cumValueShare: s.cumValueShare,
      groupSize: new Int32Array(n).fill(s.n),
    };
  }
  const out: RowStats = {
    rank: new Int32Array(n),
    shareAbove: new Float64Array(n),
    valueShareAbove: new Float64Array(n),
    cumValueShare: new Float64Array(n),
    groupSize: new Int32Array(n),
  };
  for (let g = 0; g < groups.names.length; g++) {
    // Ranking by the value itself: one gathered column, so rankStats sorts it once.
    const valuePart = gatherGroup(groups, g, value);
    scatterStats(groups, g, statsFor(key === value ? valuePart : gatherGroup(groups, g, key), valuePart), out);
  }
  return out;
}
