import { RadixArgsort, type SortedRows } from "./radix-argsort";

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
 * The sorter's buffers and the finite rows' list are kept from call to call (they grow to the largest
 * column seen, 24 bytes a row, and are not returned): the pane tiers the same table again on every
 * keystroke, and on a million rows the first write to fresh memory costs as much as the sort's passes.
 */
const sorter = new RadixArgsort();
let finiteRows = new Uint32Array(0);

/** The finite rows of a column sorted ascending, by a radix argsort (no per-row binary search). */
function sortFinite(column: ArrayLike<number>): SortedRows {
  const rows = column.length;
  let count = 0;
  for (let r = 0; r < rows; r++) if (Number.isFinite(column[r])) count++;
  if (count === rows) return sorter.sort(column);
  if (finiteRows.length < count) finiteRows = new Uint32Array(count);
  const list = finiteRows.subarray(0, count);
  for (let r = 0, j = 0; r < rows; r++) if (Number.isFinite(column[r])) list[j++] = r;
  return sorter.sort(column, list);
}

/**
 * Per-row figures behind an explanation: competition rank ("1224" ranking, as Excel's RANK.EQ with
 * descending order), the share of customers above, and the cumulative share of positive value along
 * the ABC / Pareto curve. One radix argsort per column (one in all when the key is the value column
 * itself), then one walk down the sorted values, a group of equal values at a time, writing each
 * row's figures: rank = 1 + (rows above the group), and the value shares from the running sum of the
 * positive values from the top (each added one at a time, largest first).
 *
 * @param key what rows are ranked by (the value, or the score)
 * @param value the value column (only positive values carry value); NaN shares where it is absent
 */
export function rankStats(key: ArrayLike<number>, value: ArrayLike<number> | undefined): RankStats {
  const rows = key.length;
  const rank = new Int32Array(rows);
  const shareAbove = new Float64Array(rows).fill(NaN);
  const byKey = sortFinite(key);
  const n = byKey.order.length;
  {
    const { order, sorted } = byKey;
    let end = n; // the group is sorted[start .. end − 1]; n − end rows lie above it
    while (end > 0) {
      const v = sorted[end - 1];
      let start = end - 1;
      while (start > 0 && sorted[start - 1] === v) start--;
      const r = n - end + 1;
      for (let j = start; j < end; j++) rank[order[j]] = r;
      end = start;
    }
  }
  for (let r = 0; r < rows; r++) if (rank[r] > 0) shareAbove[r] = (rank[r] - 1) / n;

  const valueShareAbove = new Float64Array(rows).fill(NaN);
  const cumValueShare = new Float64Array(rows).fill(NaN);
  if (value) {
    // The same sort when ranking by the value itself; else the value column's own (which reuses the
    // sorter's buffers, so byKey is not read after this).
    const { order, sorted } = value === key ? byKey : sortFinite(value);
    const m = order.length;
    let total = 0;
    for (let j = m - 1; j >= 0; j--) total += sorted[j] > 0 ? sorted[j] : 0;
    if (total > 0) {
      let above = 0; // positive value strictly above the current group, summed from the top
      let end = m;
      while (end > 0) {
        const v = sorted[end - 1];
        let start = end - 1;
        while (start > 0 && sorted[start - 1] === v) start--;
        const shareAboveGroup = above / total;
        for (let j = end - 1; j >= start; j--) above += sorted[j] > 0 ? sorted[j] : 0;
        const cumulative = v > 0 ? above / total : 1;
        for (let j = start; j < end; j++) {
          valueShareAbove[order[j]] = shareAboveGroup;
          cumValueShare[order[j]] = cumulative;
        }
        end = start;
      }
    }
  }
  return { rank, shareAbove, valueShareAbove, cumValueShare, n };
}
