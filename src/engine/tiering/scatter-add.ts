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
  for (let i = 0; i < n; i++) next[(rows[i] >>> BLOCK_BITS) + 1]++;
  for (let b = 0; b < blocks; b++) next[b + 1] += next[b];
  for (let i = 0; i < n; i++) {
    const j = next[rows[i] >>> BLOCK_BITS]++;
    scratchRows[j] = rows[i];
    scratchX[j] = x[i];
  }
  if (flip) for (let j = 0; j < n; j++) out[scratchRows[j]] += weight * (1 - scratchX[j]);
  else for (let j = 0; j < n; j++) out[scratchRows[j]] += weight * scratchX[j];
}
