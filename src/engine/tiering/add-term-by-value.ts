import type { WholeNumberMidRanks } from "./whole-number-mid-ranks";

/**
 * out[r] += weight × p(values[r]) for every row r (weight × (1 − p) when flip), p from a table by value
 * ({@link wholeNumberMidRanks}): the same sum as {@link scatterAdd} forms from an argsort, each row
 * updated once with the same term, so the results are identical. The term is computed once per
 * distinct value, and the rows are read and written in order, so the pass streams through memory.
 *
 * @param rows the rows to update (every row when omitted); the values read must be finite
 */
export function addTermByValue(
  out: Float64Array,
  values: ArrayLike<number>,
  table: WholeNumberMidRanks,
  term: { readonly weight: number; readonly flip: boolean; readonly rows?: Uint32Array },
): void {
  const { weight, flip, rows } = term;
  const { min, p } = table;
  const add = new Float64Array(p.length);
  for (let d = 0; d < p.length; d++) add[d] = flip ? weight * (1 - p[d]) : weight * p[d];
  if (rows) {
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j];
      out[r] += add[(values[r] - min) | 0];
    }
  } else {
    for (let r = 0; r < out.length; r++) out[r] += add[(values[r] - min) | 0];
  }
}
