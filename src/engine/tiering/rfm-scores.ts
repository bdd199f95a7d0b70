import { InputError } from "../errors";
import { quantile7 } from "./quantile7";
import { sortedFinite } from "./sorted-finite";

/** RFM quintile cut points: the type-7 quantiles at 20/40/60/80 %. */
export const RFM_PROBABILITIES = [0.2, 0.4, 0.6, 0.8] as const;

export interface RfmScores {
  /** Recency score 1–5 (5 = most recent); 0 where the row is not valid in all three columns. */
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  /** The quantile cut points used, per column (for explanations). */
  readonly cuts: { readonly recency: Float64Array; readonly frequency: Float64Array; readonly monetary: Float64Array };
}

/** How many of the 4 ascending cut points v lies strictly above (no branches: random data mispredicts them). */
function above(v: number, q: Float64Array): number {
  return Number(v > q[0]) + Number(v > q[1]) + Number(v > q[2]) + Number(v > q[3]);
}

/** The type-7 quantiles at RFM_PROBABILITIES of the finite values: one sort, then quantile7. */
function cutPoints(col: ArrayLike<number>): Float64Array {
  const sorted = sortedFinite(col);
  return Float64Array.from(RFM_PROBABILITIES, (p) => quantile7(sorted, p));
}

/**
 * RFM scores 1–5 (DESIGN.md "RFM"; quintile scoring as in Hughes 1994 "Strategic Database
 * Marketing", with R's quantile(type = 7) / Excel PERCENTILE.INC cut points). With Q the type-7
 * quantiles at 0.2/0.4/0.6/0.8 of a column (over the rows valid in all three columns):
 * F and M = 1 + #{q ∈ Q : v > q}; R = 5 − #{q ∈ Q : v > q} (fewer days since the last order is better).
 *
 * @param recency days since the last purchase
 * @param frequency number of purchases
 * @param monetary total value
 */
export function rfmScores(
  recency: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
): RfmScores {
  const n = recency.length;
  if (frequency.length !== n || monetary.length !== n) {
    throw new InputError(
      "rfm.rows",
      { recency: n, frequency: frequency.length, monetary: monetary.length },
      `RFM: expected recency, frequency and monetary columns of the same length, found ${n}, ${frequency.length} and ${monetary.length} rows.`,
    );
  }
  const valid = new Uint8Array(n);
  let validCount = 0;
  for (let i = 0; i < n; i++) {
    const ok = Number.isFinite(recency[i]) && Number.isFinite(frequency[i]) && Number.isFinite(monetary[i]);
    valid[i] = ok ? 1 : 0;
    if (ok) validCount++;
  }
  // Quantiles over the rows valid in all three columns; when every row is valid, no masked copy.
  const masked = (col: ArrayLike<number>): ArrayLike<number> => {
    if (validCount === n) return col;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = valid[i] ? col[i] : NaN;
    return out;
  };
  const qr = cutPoints(masked(recency));
  const qf = cutPoints(masked(frequency));
  const qm = cutPoints(masked(monetary));
  const r = new Uint8Array(n);
  const f = new Uint8Array(n);
  const m = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!valid[i]) continue;
    r[i] = 5 - above(recency[i], qr);
    f[i] = 1 + above(frequency[i], qf);
    m[i] = 1 + above(monetary[i], qm);
  }
  return { r, f, m, cuts: { recency: qr, frequency: qf, monetary: qm } };
}
