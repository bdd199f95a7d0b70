import { radixSortKeys } from "./radix-sort-keys";

/** What {@link RadixArgsort.sort} returns: views into the sorter's buffers, valid until its next sort. */
export interface SortedRows {
  /** Row index of each sorted value (ascending; equal values in row order). */
  readonly order: Uint32Array;
  /** The values themselves in ascending order: sorted[i] = values[order[i]], bit for bit. */
  readonly sorted: Float64Array;
}

/**
 * A stable argsort of finite doubles by LSD radix sort ({@link radixSortKeys}): the row index rides
 * along with each key, so every pass reads sequentially, and the sorted values come back too, so
 * callers walk groups of equal values without a random gather. This avoids the random access of one
 * binary search per row, which dominates on large columns.
 *
 * The buffers are kept between calls, so one sorter serves several columns of the same length (the
 * factors of a score) without allocating again.
 */
export class RadixArgsort {
  private keys: Float64Array;
  private keys2: Float64Array;
  private order: Uint32Array;
  private order2: Uint32Array;

  constructor(capacity = 0) {
    this.keys = new Float64Array(capacity);
    this.keys2 = new Float64Array(capacity);
    this.order = new Uint32Array(capacity);
    this.order2 = new Uint32Array(capacity);
  }

  /**
   * Sorts values[rows[j]] for every j (or every value when rows is omitted) ascending. The values read
   * must be finite (callers leave NaN rows out through `rows`).
   */
  sort(values: ArrayLike<number>, rows?: Uint32Array): SortedRows {
    const n = rows ? rows.length : values.length;
    if (this.keys.length < n) {
      this.keys = new Float64Array(n);
      this.keys2 = new Float64Array(n);
      this.order = new Uint32Array(n);
      this.order2 = new Uint32Array(n);
    }
    const keys = this.keys.subarray(0, n),
      order = this.order.subarray(0, n);
    gather(values, rows, keys, order);
    const keys2 = this.keys2.subarray(0, n),
      order2 = this.order2.subarray(0, n);
    if (countingSortSmallWholeNumbers(keys, order, keys2, order2)) return { order: order2, sorted: keys2 };
    const out = radixSortKeys(keys, keys2, order, order2);
    return { order: out.order!, sorted: out.keys };
  }
}

/**
 * keys[j] = values[rows[j]] and order[j] = rows[j] (rows omitted: every row). A function of its own,
 * with nothing after its loop, so that its loop compiled during the first call stays compiled.
 */
function gather(
  values: ArrayLike<number>,
  rows: Uint32Array | undefined,
  keys: Float64Array,
  order: Uint32Array,
): void {
  const n = keys.length;
  if (rows) {
    for (let i = 0; i < n; i++) keys[i] = values[(order[i] = rows[i])];
  } else {
    for (let i = 0; i < n; i++) {
      keys[i] = values[i];
      order[i] = i;
    }
  }
}

/** Widest range of whole numbers sorted by counting (a count per value: 256 KB at most). */
const COUNTING_RANGE = 1 << 16;

/**
 * Columns of small whole numbers (order counts, days since the last order) are sorted in two
 * sequential passes by a stable counting sort (Knuth, TAOCP vol. 3 §5.2, Algorithm D) instead of the
 * radix passes: the same order, equal values in row order. Writes into keys2/order2 and returns true,
 * or returns false (nothing written) when a value is not whole, is −0 (kept bit for bit by the radix
 * sort), or the range is wider than COUNTING_RANGE.
 */
function countingSortSmallWholeNumbers(
  keys: Float64Array,
  order: Uint32Array,
  keys2: Float64Array,
  order2: Uint32Array,
): boolean {
  const n = keys.length;
  if (n < 2) return false;
  let min = keys[0],
    max = keys[0];
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v !== Math.floor(v) || (v === 0 && 1 / v < 0)) return false;
    if (v < min) min = v;
    else if (v > max) max = v;
    if (max - min >= COUNTING_RANGE) return false;
  }
  const next = new Uint32Array(max - min + 2);
  for (let i = 0; i < n; i++) next[keys[i] - min + 1]++;
  for (let b = 1; b < next.length; b++) next[b] += next[b - 1];
  for (let i = 0; i < n; i++) {
    const j = next[keys[i] - min]++;
    keys2[j] = keys[i];
    order2[j] = order[i];
  }
  return true;
}
