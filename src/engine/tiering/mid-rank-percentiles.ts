import { argsortFloat64 } from "./argsort-float64";

/**
 * Mid-rank percentile of each value among the finite values (DESIGN.md "score"; the "mid-rank"
 * percentile rank, as (RANK.AVG − 1) / (n − 1) in Excel with ascending order):
 *   p = (count strictly less + (count equal − 1) / 2) / (n − 1), and p = 1 when n = 1.
 * The lowest distinct value gets 0, the highest 1, ties share the average. NaN where not finite.
 * One radix argsort, then a pass over the values in order, one group of equal values at a time.
 */
export function midRankPercentiles(values: ArrayLike<number>): Float64Array {
  const rows = values.length;
  const out = new Float64Array(rows).fill(NaN);
  let n = 0;
  for (let r = 0; r < rows; r++) if (Number.isFinite(values[r])) n++;
  const finite = new Float64Array(n);
  const rowOf = new Uint32Array(n);
  for (let r = 0, j = 0; r < rows; r++) {
    const v = values[r];
    if (Number.isFinite(v)) {
      finite[j] = v;
      rowOf[j++] = r;
    }
  }
  if (n === 1) {
    out[rowOf[0]] = 1;
    return out;
  }
  const order = argsortFloat64(finite);
  let i = 0;
  while (i < n) {
    const v = finite[order[i]];
    let e = i + 1;
    while (e < n && finite[order[e]] === v) e++;
    const p = (i + (e - i - 1) / 2) / (n - 1);
    for (let j = i; j < e; j++) out[rowOf[order[j]]] = p;
    i = e;
  }
  return out;
}
