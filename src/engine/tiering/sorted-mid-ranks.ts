/**
 * Mid-rank percentile of each position of an ascending array (DESIGN.md "score"; as
 * (RANK.AVG − 1) / (n − 1) in Excel with ascending order):
 *   p = (count strictly less + (count equal − 1) / 2) / (n − 1), and p = 1 when n = 1.
 * One pass, one group of equal values at a time; out[i] is the percentile of sorted[i], so callers
 * scatter it to rows with the argsort's order (see RadixArgsort).
 *
 * @param sorted finite values, ascending
 * @param out where to write (length ≥ sorted.length; may be `sorted` itself, each group is read
 *   before it is written); a new array when omitted
 */
export function sortedMidRanks(
  sorted: Float64Array,
  out: Float64Array = new Float64Array(sorted.length),
): Float64Array {
  const n = sorted.length;
  if (n === 1) out[0] = 1;
  let i = 0;
  while (i < n && n > 1) {
    const v = sorted[i];
    let e = i + 1;
    while (e < n && sorted[e] === v) e++;
    const p = (i + (e - i - 1) / 2) / (n - 1);
    for (let j = i; j < e; j++) out[j] = p;
    i = e;
  }
  return out;
}
