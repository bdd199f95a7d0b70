import { bisectRight } from "./bisect";
import { sortedFinite } from "./sorted-finite";

export interface RankStats {
  /** 1 + the number of rows with a strictly greater key; 0 where the key is not a number. */
  readonly rank: Int32Array;
  /** Share of valid rows with a strictly greater key (NaN where none). */
  readonly shareAbove: Float64Array;
  /** Share of positive value held by rows with a strictly greater value (the Pareto S). */
  readonly valueShareAbove: Float64Array;
  /** Share of positive value held by rows with a value ≥ this row's (cumulative, this level included). */
  readonly cumValueShare: Float64Array;
  /** Rows with a valid key. */
  readonly n: number;
}

/**
 * Per-row figures behind an explanation: competition rank ("1224" ranking, as Excel's RANK.EQ with
 * descending order), the share of customers above, and the cumulative share of positive value along
 * the ABC / Pareto curve. One sort per column, then a binary search per row.
 *
 * @param key what rows are ranked by (the value, or the score)
 * @param value the value column (only positive values carry value); NaN shares where it is absent
 */
export function rankStats(key: ArrayLike<number>, value: ArrayLike<number> | undefined): RankStats {
  const rows = key.length;
  const sortedKey = sortedFinite(key);
  const n = sortedKey.length;
  const rank = new Int32Array(rows);
  const shareAbove = new Float64Array(rows).fill(NaN);
  for (let r = 0; r < rows; r++) {
    const k = key[r];
    if (!Number.isFinite(k)) continue;
    const above = n - bisectRight(sortedKey, k);
    rank[r] = above + 1;
    shareAbove[r] = above / n;
  }
  const valueShareAbove = new Float64Array(rows).fill(NaN);
  const cumValueShare = new Float64Array(rows).fill(NaN);
  if (value) {
    const sorted = sortedFinite(value);
    const m = sorted.length;
    // suffix[j] = sum of the positive values among sorted[j..], summed from the top for accuracy.
    const suffix = new Float64Array(m + 1);
    for (let j = m - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + (sorted[j] > 0 ? sorted[j] : 0);
    const total = suffix[0];
    for (let r = 0; r < rows; r++) {
      const v = value[r];
      if (!Number.isFinite(v) || !(total > 0)) continue;
      const hi = bisectRight(sorted, v);
      let lo = hi;
      while (lo > 0 && sorted[lo - 1] === v) lo--;
      valueShareAbove[r] = suffix[hi] / total;
      cumValueShare[r] = v > 0 ? suffix[lo] / total : 1;
    }
  }
  return { rank, shareAbove, valueShareAbove, cumValueShare, n };
}
