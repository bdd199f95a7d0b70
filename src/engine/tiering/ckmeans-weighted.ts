import { scaled, unitScale } from "./power-of-two-scale";

/**
 * Optimal weighted k-means in one dimension: Ckmeans.1d.dp (Wang & Song 2011, "Ckmeans.1d.dp: Optimal
 * k-means Clustering in One Dimension by Dynamic Programming", The R Journal 3(2): 29–33), each DP row
 * filled in O(m log m) by divide and conquer as in the package's default "loglinear" method (Song &
 * Zhong 2020, Bioinformatics 36(12): 3839–3840), so O(k·m·log m) after sorting.
 *
 * `values` must be strictly increasing and `weights` positive (callers pass the distinct values of the
 * data with their counts, so equal values can never be split across clusters). Returns, for each of
 * the k clusters in ascending order, the index in `values` where it starts. Requires 1 ≤ k ≤ m.
 *
 * DP: D[q][i] = min over j of D[q−1][j−1] + ssq(j, i), the least within-cluster sum of squares of
 * values[0..i] in q+1 clusters, ssq from prefix sums of w, w·(x−s), w·(x−s)² with s the middle value
 * (the shift Ckmeans.1d.dp uses to keep the sums of squares accurate). The values are first scaled
 * by a power of two that brings the largest into [0.5, 1) (power-of-two-scale.ts): exact, so the
 * clusters are those of the unscaled values, but the squares can neither overflow (1e154² is beyond
 * a double) nor underflow (1e-300² is 0), and the clusters do not depend on the data's scale.
 * Rows 1..k−2 are filled by divide and conquer (see DpRow; the smallest best j wins ties), row k − 2
 * only where the last row reads it (LazyDpRow: a few per cent of it when the top cluster is small, as
 * in sales data), and the prefix sums are running sums in locals. Only the
 * bottom-right cell of the last row is needed, so that row is one O(m) scan from the right (the
 * largest best j wins ties) that
 * stops once no smaller j can do better: previous never drops below its value at the left end, and
 * ssq only grows leftwards. Exact ties in cost do not arise between distinct values in practice;
 * when they do, either split is optimal.
 */
export function ckmeansWeighted(values: Float64Array, weights: Float64Array, k: number): Int32Array {
  const m = values.length;
  if (!(k >= 1 && k <= m)) throw new RangeError(`ckmeansWeighted: k must be in 1..${m}, got ${k}`);
  const sums = prefixSums(values, weights);
  const starts = new Int32Array(k);
  if (k === 1) return starts;

  let previous = new Float64Array(m);
  let current = new Float64Array(m);
  firstRow(sums, previous);
  // backtrack[q][i] = start of the last cluster in the best split of values[0..i] into q+1 clusters.
  const backtrack: Int32Array[] = [];
  for (let q = 1; q < k - 2; q++) {
    const row = new Int32Array(m);
    new DpRow(q, { prev: previous, cur: current, row }, sums).fill(q, m - 1, q, m - 1);
    backtrack[q] = row;
    [previous, current] = [current, previous];
  }
  // Row k − 2 (the one the last row reads) only where the last row's scan reads it.
  let lazy: LazyDpRow | undefined;
  if (k >= 3) {
    const row = new Int32Array(m);
    lazy = new LazyDpRow(new DpRow(k - 2, { prev: previous, cur: current, row }, sums), m);
    backtrack[k - 2] = row;
    previous = current;
  }

  // Last row: only the split of all m values matters.
  const q = k - 1;
  lazy?.fillOne(q - 1);
  starts[q] = lastRowBest(sums, previous, q, lazy);
  for (let r = q - 1; r >= 1; r--) starts[r] = backtrack[r][starts[r + 1] - 1];
  starts[0] = 0;
  return starts;
}

/**
 * The prefix sums of w, w·(x − s), w·(x − s)² of the scaled values, s the scaled middle value (see
 * ckmeansWeighted). Running sums in locals: each is the previous sum plus the term, as stored.
 */
function prefixSums(values: Float64Array, weights: Float64Array): PrefixSums {
  const m = values.length;
  const scale = unitScale([values[0], values[m - 1]]); // ascending: the largest |x| is at an end
  const sums = { w: new Float64Array(m + 1), s1: new Float64Array(m + 1), s2: new Float64Array(m + 1) };
  fillPrefixSums(values, weights, { ...scale, shift: scaled(values[m >> 1], scale) }, sums);
  return sums;
}

// The passes over all m values are functions of their own, with nothing after the loop (see
// radix-sort-keys.ts): compiled during the first call, they stay compiled for the next.

/** The loop of prefixSums: x = value × first × second − shift. */
function fillPrefixSums(
  values: Float64Array,
  weights: Float64Array,
  { first, second, shift }: { first: number; second: number; shift: number },
  { w, s1, s2 }: PrefixSums,
): void {
  let sw = 0;
  let sx = 0;
  let sxx = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] * first * second - shift;
    const wi = weights[i];
    w[i + 1] = sw = sw + wi;
    s1[i + 1] = sx = sx + wi * x;
    s2[i + 1] = sxx = sxx + wi * x * x;
  }
}

/** Row 0 of the DP: out[i] = ssq(0, i), the cost of values[0..i] as one cluster. */
function firstRow({ w, s1, s2 }: PrefixSums, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) {
    const sum = s1[i + 1] - s1[0];
    const r = s2[i + 1] - s2[0] - (sum * sum) / (w[i + 1] - w[0]);
    out[i] = r > 0 ? r : 0;
  }
}

/**
 * The start of the last cluster in the best split of all m values (row q = k − 1): a scan from the
 * right (the largest best j wins ties) that stops once no smaller j can do better, filling the lazy
 * row below it as it goes.
 */
function lastRowBest(sums: PrefixSums, previous: Float64Array, q: number, lazy: LazyDpRow | undefined): number {
  const m = previous.length;
  const floor = previous[q - 1];
  let best = m - 1;
  let bestCost = Infinity;
  for (let j = m - 1; j >= q; j--) {
    const s = ssq(sums, j, m - 1);
    if (s + floor >= bestCost) break;
    lazy?.fillDownTo(j - 1);
    const cost = previous[j - 1] + s;
    if (cost < bestCost) {
      bestCost = cost;
      best = j;
    }
  }
  return best;
}

/** Within-cluster sum of squares of values[j..i] (inclusive), never negative. */
function ssq({ w, s1, s2 }: PrefixSums, j: number, i: number): number {
  const sum = s1[i + 1] - s1[j];
  const r = s2[i + 1] - s2[j] - (sum * sum) / (w[i + 1] - w[j]);
  return r > 0 ? r : 0;
}

/** The prefix sums of the weights, of w·x and of w·x² (index i = the first i values). */
interface PrefixSums {
  readonly w: Float64Array;
  readonly s1: Float64Array;
  readonly s2: Float64Array;
}

/** A DP row q: the previous row's costs, and where its own costs and best splits go. */
interface RowArrays {
  readonly prev: Float64Array;
  readonly cur: Float64Array;
  readonly row: Int32Array;
}

/**
 * A DP row filled from the right on demand, for the last row's scan (which reads j − 1 for j from
 * m − 1 down and usually stops near the top: the top cluster is small). Cells come in chunks, each
 * twice the one before: the chunk's lowest cell by a scan of every split up to the bound below, the
 * rest by divide and conquer between that cell's best split and the best split of the cell just
 * right of the chunk, the same bounds the full divide and conquer uses (the leftmost best split
 * never decreases with i), so each cell gets the same cost and split as there, at a fraction of the
 * work when the scan stops early: a scan per chunk plus the chunk's own O(c log c).
 */
class LazyDpRow {
  /** Cells filledFrom..m − 2 are filled. */
  private filledFrom: number;
  private chunk: number;

  constructor(
    private readonly dp: DpRow,
    private readonly m: number,
  ) {
    this.filledFrom = m - 1;
    this.chunk = Math.max(1024, m >> 6);
  }

  /** Fills cell i alone, by a scan of every split (for the row's first cell, a single one). */
  fillOne(i: number): void {
    this.dp.fill(i, i, this.dp.q, i);
  }

  /** Fills every cell from i up (i ≥ the row's q). */
  fillDownTo(i: number): void {
    while (i < this.filledFrom) {
      const hi = this.filledFrom - 1;
      const lo = Math.max(this.dp.q, Math.min(i, hi - this.chunk + 1));
      const jMax = hi + 1 <= this.m - 2 ? this.dp.a.row[hi + 1] : hi;
      this.dp.fill(lo, lo, this.dp.q, jMax);
      this.dp.fill(lo + 1, hi, this.dp.a.row[lo], jMax);
      this.filledFrom = lo;
      this.chunk *= 2;
    }
  }
}

/**
 * One DP row by divide and conquer: the best j for the middle i bounds the search for the left half
 * (j ≤ best) and the right half (j ≥ best), since the leftmost best j never decreases with i. Each of
 * the log m levels of the recursion scans O(m) candidates in all. The arrays are read into locals once
 * per call, so the hot loop reads no object or closure state.
 */
class DpRow {
  constructor(
    readonly q: number,
    readonly a: RowArrays,
    private readonly sums: PrefixSums,
  ) {}

  /** Writes cur[i] and row[i] for i in iMin..iMax, searching splits j in jMin..jMax. */
  fill(iMin: number, iMax: number, jMin: number, jMax: number): void {
    if (iMin > iMax) return;
    const { w, s1, s2 } = this.sums;
    const prev = this.a.prev;
    const q = this.q;
    const i = (iMin + iMax) >> 1;
    const lo = jMin > q ? jMin : q;
    const hi = jMax < i ? jMax : i;
    const wEnd = w[i + 1];
    const s1End = s1[i + 1];
    const s2End = s2[i + 1];
    let best = lo;
    let bestCost = Infinity;
    for (let j = lo; j <= hi; j++) {
      const sum = s1End - s1[j];
      let ssq = s2End - s2[j] - (sum * sum) / (wEnd - w[j]);
      if (ssq < 0) ssq = 0;
      const cost = prev[j - 1] + ssq;
      if (cost < bestCost) {
        bestCost = cost;
        best = j;
      }
    }
    this.a.cur[i] = bestCost;
    this.a.row[i] = best;
    this.fill(iMin, i - 1, jMin, best);
    this.fill(i + 1, iMax, best, jMax);
  }
}
