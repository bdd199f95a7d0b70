import { sortFinite } from "./sort-finite";

export interface RankStats {
  /** 1 + the number of rows with a strictly greater key; 0 where the key is not a number. */
  readonly rank: Int32Array;
  /** Rows with a valid key. */
  readonly n: number;
}

/**
 * Competition rank ("1224" ranking, as Excel's RANK.EQ with descending order) behind an explanation; the
 * share of customers above follows from it (share-above.ts). One radix argsort, then one walk down the sorted
 * keys, a group of equal keys at a time: rank = 1 + (rows above the group).
 *
 * @param key what rows are ranked by (the value, or the score)
 */
export function rankStats(key: ArrayLike<number>): RankStats {
  const rank = new Int32Array(key.length);
  const { order, sorted } = sortFinite(key);
  const n = order.length;
  let end = n; // the group is sorted[start .. end − 1]; n − end rows lie above it
  while (end > 0) {
    const v = sorted[end - 1];
    let start = end - 1;
    while (start > 0 && sorted[start - 1] === v) start--;
    const r = n - end + 1;
    for (let j = start; j < end; j++) rank[order[j]] = r;
    end = start;
  }
  return { rank, n };
}
