import { gatherGroup, type RowGroups } from "./group-rows";
import { rankStats } from "./rank-stats";

/** The per-row figures tierTable keeps: each row's rank within its group, and the group's size. */
export interface RowStats {
  readonly rank: Int32Array;
  readonly groupSize: Int32Array;
}

/**
 * Step 5 of tierTable: rank by `key` (the score, else the value) within each group. The share above follows
 * from rank and size (share-above.ts); the value shares are worked out when an explanation asks
 * (row-value-shares.ts).
 */
export function rowStats(key: Float64Array, groups: RowGroups | undefined): RowStats {
  const n = key.length;
  if (!groups) {
    const s = rankStats(key);
    return { rank: s.rank, groupSize: new Int32Array(n).fill(s.n) };
  }
  const out: RowStats = { rank: new Int32Array(n), groupSize: new Int32Array(n) };
  for (let g = 0; g < groups.names.length; g++) {
    const s = rankStats(gatherGroup(groups, g, key));
    for (let j = groups.start[g]; j < groups.start[g + 1]; j++) {
      const r = groups.rows[j];
      out.rank[r] = s.rank[j - groups.start[g]];
      out.groupSize[r] = s.n;
    }
  }
  return out;
}
