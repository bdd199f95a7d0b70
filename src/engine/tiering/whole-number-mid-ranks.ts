/** Widest range of whole numbers given a table (a count per value: 512 KB at most). */
const TABLE_RANGE = 1 << 16;

/** The mid-rank percentile of every whole number from `min` on: p[v − min]. */
export interface WholeNumberMidRanks {
  readonly min: number;
  readonly p: Float64Array;
}

/**
 * Mid-rank percentiles (DESIGN.md "score": p = (count strictly less + (count equal − 1) / 2) / (n − 1),
 * 1 when n = 1) for a column of small whole numbers (order counts, days since the last order), as a
 * table by value instead of one entry per row: one pass counts each value, one pass over the counts
 * gives each value its p, by the same expression as sortedMidRanks, so the same doubles. A caller then
 * reads p[v − min] row by row, sequentially, with no sort and no scatter back to the rows.
 *
 * Reads values[rows[j]] for every j (every value when rows is omitted; those read must be finite).
 * Returns undefined when a value is not whole, or the range is wider than TABLE_RANGE.
 */
export function wholeNumberMidRanks(values: ArrayLike<number>, rows?: Uint32Array): WholeNumberMidRanks | undefined {
  const n = rows ? rows.length : values.length;
  if (n === 0) return undefined;
  const range = new Float64Array(2);
  if (!wholeNumberRange(values, rows, range)) return undefined;
  const min = range[0];
  const p = new Float64Array(range[1] - min + 1);
  // Counts first, in p itself (whole numbers below 2^53 are exact), then each count becomes its p.
  countValues(values, rows, min, p);
  let less = 0;
  for (let d = 0; d < p.length; d++) {
    const equal = p[d];
    p[d] = n === 1 ? 1 : (less + (equal - 1) / 2) / (n - 1);
    less += equal;
  }
  return { min, p };
}

// The passes over the rows are functions of their own, with nothing after the loop that has not
// run, so that a loop compiled during the first call (on-stack replacement) stays compiled.

/** range = [min, max] of the values read; false when one is not whole or the range is too wide. */
function wholeNumberRange(values: ArrayLike<number>, rows: Uint32Array | undefined, range: Float64Array): boolean {
  const n = rows ? rows.length : values.length;
  let min = values[rows ? rows[0] : 0];
  let max = min;
  for (let j = 0; j < n; j++) {
    const v = values[rows ? rows[j] : j];
    if (v !== Math.floor(v)) return false;
    if (v < min) min = v;
    else if (v > max) max = v;
    if (!(max - min < TABLE_RANGE)) return false;
  }
  range[0] = min;
  range[1] = max;
  return true;
}

/** counts[v − min]++ for every value read (−0 and 0 share a slot: they are equal). */
function countValues(
  values: ArrayLike<number>,
  rows: Uint32Array | undefined,
  min: number,
  counts: Float64Array,
): void {
  const n = rows ? rows.length : values.length;
  for (let j = 0; j < n; j++) counts[(values[rows ? rows[j] : j] - min) | 0]++;
}
