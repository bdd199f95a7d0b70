/** Mean R, F and M score over the scored customers. */
export interface RfmMeans {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

/**
 * The mean of each RFM score over the rows that have scores (DESIGN.md "RFM eight classes": the
 * means are over all scored customers). A row is scored when its R score is 1–5; 0 (no valid data,
 * as rfmScores gives) or NaN (a blank, as TIER.SEGMENT reads it) leaves the row out. NaN means when
 * no row is scored.
 */
export function rfmScoreMeans(r: ArrayLike<number>, f: ArrayLike<number>, m: ArrayLike<number>): RfmMeans {
  let n = 0,
    sr = 0,
    sf = 0,
    sm = 0;
  for (let i = 0; i < r.length; i++) {
    if (!(r[i] >= 1) || !(f[i] >= 1) || !(m[i] >= 1)) continue;
    n++;
    sr += r[i];
    sf += f[i];
    sm += m[i];
  }
  return { r: sr / n, f: sf / n, m: sm / n };
}
