import { countBelow } from "./count-below";
import { sortedFinite } from "./sorted-finite";

/**
 * Mid-rank percentile of each value among the finite values (DESIGN.md "score"; the "mid-rank"
 * percentile rank, as (RANK.AVG − 1) / (n − 1) in Excel with ascending order):
 *   p = (count strictly less + (count equal − 1) / 2) / (n − 1), and p = 1 when n = 1.
 * The lowest distinct value gets 0, the highest 1, ties share the average. NaN where not finite.
 */
export function midRankPercentiles(values: ArrayLike<number>): Float64Array {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  const out = new Float64Array(values.length);
  const below = countBelow(sorted);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (!Number.isFinite(v)) {
      out[r] = NaN;
      continue;
    }
    if (n === 1) {
      out[r] = 1;
      continue;
    }
    const less = below(v);
    // Continuous data has few ties: step over equal values rather than search again.
    let le = less + 1;
    while (le < n && sorted[le] === v) le++;
    out[r] = (less + (le - less - 1) / 2) / (n - 1);
  }
  return out;
}

