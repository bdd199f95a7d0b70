const BLOCK_BITS = 10; // blocks of 1024 rows: 8 KB of the output, well inside the L1 cache

/** One factor's term of the sum, and the buffers the scatter reuses from factor to factor. */
export interface ScatterTerm {
  readonly weight: number;
  readonly flip: boolean;
  readonly scratchRows: Uint32Array;
  readonly scratchX: Float64Array;
}

/**
 * out[rows[i]] += weight × x[i] for every i (weight × (1 − x[i]) when flip), i.e. the plain scatter
 * loop, with the same arithmetic and each row updated once, so the results are identical. It runs in
 * two steps so that the writes stay in cache: the updates are first bucketed by block of 1024
 * consecutive rows (one counting-sort pass with sequential reads), then applied block by block. In
 * argsort order a plain scatter into a large column misses the cache on almost every row.
 *
 * @param rows distinct row indexes into out
 * @param term the weight, whether to flip, and scratch buffers at least rows.length long (overwritten)
 */
export function scatterAdd(out: Float64Array, rows: Uint32Array, x: Float64Array, term: ScatterTerm): void {
  const { weight, flip, scratchRows, scratchX } = term;
  const n = rows.length;
  const blocks = (out.length >>> BLOCK_BITS) + 1;
  const next = new Uint32Array(blocks + 1);
  countByBlock(rows, next);
  for (let b = 0; b < blocks; b++) next[b + 1] += next[b];
  bucketByBlock(rows, x, next, { rows: scratchRows.subarray(0, n), x: scratchX.subarray(0, n) });
  if (flip) addFlipped(out, scratchRows.subarray(0, n), scratchX, weight);
  else addWeighted(out, scratchRows.subarray(0, n), scratchX, weight);
}

// Each pass over the rows is a function of its own, with nothing after its loop, so that its loop
// compiled during the first call (on-stack replacement) stays compiled for the next.

/** next[b + 1] = how many rows fall in block b. */
function countByBlock(rows: Uint32Array, next: Uint32Array): void {
  for (let i = 0; i < rows.length; i++) next[(rows[i] >>> BLOCK_BITS) + 1]++;
}

/** Moves each (row, x) to the next slot of its block; next[b] = the block's first free slot. */
function bucketByBlock(
  rows: Uint32Array,
  x: Float64Array,
  next: Uint32Array,
  to: { rows: Uint32Array; x: Float64Array },
): void {
  const toRows = to.rows;
  const toX = to.x;
  for (let i = 0; i < rows.length; i++) {
    const j = next[rows[i] >>> BLOCK_BITS]++;
    toRows[j] = rows[i];
    toX[j] = x[i];
  }
}

/** out[rows[j]] += weight × x[j]. */
function addWeighted(out: Float64Array, rows: Uint32Array, x: Float64Array, weight: number): void {
  for (let j = 0; j < rows.length; j++) out[rows[j]] += weight * x[j];
}

/** out[rows[j]] += weight × (1 − x[j]). */
function addFlipped(out: Float64Array, rows: Uint32Array, x: Float64Array, weight: number): void {
  for (let j = 0; j < rows.length; j++) out[rows[j]] += weight * (1 - x[j]);
}
