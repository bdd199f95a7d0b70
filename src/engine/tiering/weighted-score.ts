import { InputError } from "../errors";
import { sortedMidRanks } from "./sorted-mid-ranks";
import { RadixArgsort } from "./radix-argsort";
import { scatterAdd } from "./scatter-add";
import { scaledToUnit } from "./power-of-two-scale";
import { wholeNumberMidRanks } from "./whole-number-mid-ranks";
import { addTermByValue } from "./add-term-by-value";

/** The argsort and the scatter's buffers, shared by every factor that is sorted. */
interface ArgsortBuffers {
  readonly sorter: RadixArgsort;
  readonly scratchRows: Uint32Array;
  readonly scratchX: Float64Array;
}

const allFinite = (col: ArrayLike<number>): boolean => {
  for (let r = 0; r < col.length; r++) if (!Number.isFinite(col[r])) return false;
  return true;
};

/** 1 = higher is better, −1 = lower is better (e.g. days since the last order). */
export type Direction = 1 | -1;

/**
 * Weighted score 0..100 (DESIGN.md "score"): each factor becomes a mid-rank percentile p in [0, 1]
 * (1 − p when lower is better), and score = 100 × Σ wᵢ·pᵢ / Σ wᵢ. Percentiles are computed over the
 * rows valid in every factor; a row where any factor is not a number gets NaN. The weights are
 * first scaled by a power of two that brings the largest into [0.5, 1) (exact: see
 * power-of-two-scale.ts), so scaling every weight by the same factor never changes a score, and
 * weights of 1e308 (whose sum overflows) or 5e-324 (whose products underflow) work like any others.
 *
 * @param factors one column per factor, all the same length
 * @param weights one non-negative weight per factor, not all 0
 * @param directions one Direction per factor
 */
export function weightedScore(
  factors: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  directions: readonly Direction[],
): Float64Array {
  const k = factors.length;
  if (k === 0) throw new InputError("score.noFactors", {}, "score: expected at least 1 factor, found none.");
  if (weights.length !== k || directions.length !== k) {
    throw new InputError(
      "score.lengths",
      { factors: k, weights: weights.length, directions: directions.length },
      `score: expected one weight and one direction per factor (${k}), found ${weights.length} weights and ${directions.length} directions.`,
    );
  }
  const n = factors[0].length;
  let weightSum = 0;
  for (let f = 0; f < k; f++) {
    if (factors[f].length !== n) {
      throw new InputError(
        "score.rows",
        { factor: f + 1, expected: n, found: factors[f].length },
        `score, factor ${f + 1}: expected ${n} rows like factor 1, found ${factors[f].length}.`,
      );
    }
    const w = weights[f];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new InputError(
        "score.weight",
        { factor: f + 1, found: String(w) },
        `score, factor ${f + 1}: expected a weight ≥ 0, found ${String(w)}.`,
      );
    }
    if (directions[f] !== 1 && directions[f] !== -1) {
      throw new InputError(
        "score.direction",
        { factor: f + 1, found: String(directions[f]) },
        `score, factor ${f + 1}: expected direction 1 (higher is better) or -1 (lower is better), found ${String(directions[f])}.`,
      );
    }
    weightSum += w;
  }
  if (!(weightSum > 0))
    throw new InputError("score.weightSum", {}, "score: expected at least one weight above 0, found all 0.");
  const unitWeights = scaledToUnit(weights);
  let unitSum = 0;
  for (let f = 0; f < k; f++) unitSum += unitWeights[f];

  // Rows valid in every factor; percentiles are computed over those rows only. When every row is
  // valid (the usual case) the columns are sorted as they are, without a mask or a list of rows.
  let validRows: Uint32Array | undefined;
  let valid: Uint8Array | undefined;
  if (!factors.every(allFinite)) {
    valid = new Uint8Array(n).fill(1);
    for (const col of factors) for (let r = 0; r < n; r++) if (!Number.isFinite(col[r])) valid[r] = 0;
    let count = 0;
    for (let r = 0; r < n; r++) count += valid[r];
    validRows = new Uint32Array(count);
    for (let r = 0, j = 0; r < n; r++) if (valid[r]) validRows[j++] = r;
  }
  const m = validRows ? validRows.length : n;
  const score = new Float64Array(n);
  // Factor by factor, in order, so each row's sum is formed exactly as Σ wᵢ·pᵢ left to right.
  // A column of small whole numbers (order counts, days) gets its percentiles from a table by value,
  // added row by row; any other column is argsorted and its percentiles scattered back to the rows.
  let buffers: ArgsortBuffers | undefined; // one set of buffers for every sorted factor, made when needed
  for (let f = 0; f < k; f++) {
    const weight = unitWeights[f];
    const flip = directions[f] === -1;
    const table = wholeNumberMidRanks(factors[f], validRows);
    if (table) {
      addTermByValue(score, factors[f], table, { weight, flip, rows: validRows });
      continue;
    }
    buffers ??= { sorter: new RadixArgsort(m), scratchRows: new Uint32Array(m), scratchX: new Float64Array(m) };
    const { order, sorted } = buffers.sorter.sort(factors[f], validRows);
    const p = sortedMidRanks(sorted, sorted); // in place: the sorted values are not needed after this
    scatterAdd(score, order, p, { weight, flip, scratchRows: buffers.scratchRows, scratchX: buffers.scratchX });
  }
  return finishScores(score, unitSum, valid);
}

/**
 * score[r] = 100 × score[r] / unitSum, NaN where a factor is not a number. A function of its own, with
 * nothing after its loop, so that its loop compiled during the first call stays compiled.
 */
function finishScores(score: Float64Array, unitSum: number, valid: Uint8Array | undefined): Float64Array {
  for (let r = 0; r < score.length; r++) score[r] = !valid || valid[r] ? (100 * score[r]) / unitSum : NaN;
  return score;
}
