import { sortFinite } from "./sort-finite";

/** Where each row stands on the ABC / Pareto curve of its value. */
export interface ValueShares {
  /** Share of positive value held by rows with a strictly greater value (the Pareto S); NaN without a value. */
  readonly above: Float64Array;
  /** Share of positive value held by rows with a value ≥ this row's (cumulative, this level included). */
  readonly cumulative: Float64Array;
}

/**
 * The value shares of one column along the ABC / Pareto curve (DESIGN.md, "explanations"): one radix
 * argsort, then one walk down the sorted values, a group of equal values at a time, with the running sum of
 * the positive values from the top (each added one at a time, largest first). A row whose value is not a
 * number, or every row when no value is positive, gets NaN; a value ≤ 0 has the whole curve above it (1).
 */
export function valueShares(value: ArrayLike<number>): ValueShares {
  const rows = value.length;
  const above = new Float64Array(rows).fill(NaN);
  const cumulative = new Float64Array(rows).fill(NaN);
  const { order, sorted } = sortFinite(value);
  const m = order.length;
  let total = 0;
  for (let j = m - 1; j >= 0; j--) total += sorted[j] > 0 ? sorted[j] : 0;
  if (!(total > 0)) return { above, cumulative };
  let sum = 0; // positive value strictly above the current group, summed from the top
  let end = m;
  while (end > 0) {
    const v = sorted[end - 1];
    let start = end - 1;
    while (start > 0 && sorted[start - 1] === v) start--;
    const shareAboveGroup = sum / total;
    for (let j = end - 1; j >= start; j--) sum += sorted[j] > 0 ? sorted[j] : 0;
    const share = v > 0 ? sum / total : 1;
    for (let j = start; j < end; j++) {
      above[order[j]] = shareAboveGroup;
      cumulative[order[j]] = share;
    }
    end = start;
  }
  return { above, cumulative };
}
