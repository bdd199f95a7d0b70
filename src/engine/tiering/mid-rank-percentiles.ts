import { RadixArgsort } from "./radix-argsort";
import { sortedMidRanks } from "./sorted-mid-ranks";

/**
 * Mid-rank percentile of each value among the finite values (DESIGN.md "score"; the "mid-rank"
 * percentile rank, as (RANK.AVG − 1) / (n − 1) in Excel with ascending order):
 *   p = (count strictly less + (count equal − 1) / 2) / (n − 1), and p = 1 when n = 1.
 * The lowest distinct value gets 0, the highest 1, ties share the average. NaN where not finite.
 * One radix argsort of the finite rows, then one pass over them in order (sortedMidRanks).
 */
export function midRankPercentiles(values: ArrayLike<number>): Float64Array {
  const rows = values.length;
  const out = new Float64Array(rows).fill(NaN);
  let n = 0;
  for (let r = 0; r < rows; r++) if (Number.isFinite(values[r])) n++;
  let finiteRows: Uint32Array | undefined;
  if (n < rows) {
    finiteRows = new Uint32Array(n);
    for (let r = 0, j = 0; r < rows; r++) if (Number.isFinite(values[r])) finiteRows[j++] = r;
  }
  const { order, sorted } = new RadixArgsort(n).sort(values, finiteRows);
  const p = sortedMidRanks(sorted);
  for (let i = 0; i < n; i++) out[order[i]] = p[i];
  return out;
}
