/** What {@link RadixArgsort.sort} returns: views into the sorter's buffers, valid until its next sort. */
export interface SortedRows {
  /** Row index of each sorted value (ascending; equal values in row order). */
  readonly order: Uint32Array;
  /** The values themselves in ascending order: sorted[i] = values[order[i]], bit for bit. */
  readonly sorted: Float64Array;
}

const DIGIT_BITS = [11, 11, 10]; // per 32-bit half: 6 passes in all, 2048 buckets at most
const BUCKETS = 2048;

/**
 * A stable argsort of finite doubles by LSD radix sort on their IEEE-754 bit patterns (Knuth, TAOCP
 * vol. 3 §5.2.5; the key flip of Herf, "Radix tricks", 2001: flip the sign bit of positives and all
 * bits of negatives, and unsigned order is numeric order). Six passes of 11/11/10 bits per 32-bit
 * half carry the key and the row index along, so every pass reads sequentially; a pass whose digit is
 * the same for every value is skipped (e.g. the low half of whole numbers). The sorted keys are
 * flipped back at the end, so callers get the sorted values without a random gather.
 *
 * The buffers are kept between calls, so one sorter serves several columns of the same length (the
 * factors of a score) without allocating again. -0 sorts just before +0; they compare equal.
 */
export class RadixArgsort {
  private keys: Float64Array;
  private keys2: Float64Array;
  private order: Uint32Array;
  private order2: Uint32Array;
  private readonly counts = new Uint32Array(6 * BUCKETS);
  private readonly offsets = new Uint32Array(BUCKETS);

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
    let keys = this.keys, keys2 = this.keys2, order = this.order, order2 = this.order2;
    let bits = new Uint32Array(keys.buffer), bits2 = new Uint32Array(keys2.buffer);
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows ? rows[i] : i;
      keys[i] = values[row];
      order[i] = row;
      let lo = bits[2 * i], hi = bits[2 * i + 1];
      if (hi & 0x80000000) { hi = ~hi >>> 0; lo = ~lo >>> 0; } else { hi = (hi | 0x80000000) >>> 0; }
      bits[2 * i] = lo;
      bits[2 * i + 1] = hi;
      counts[lo & 0x7ff]++;
      counts[BUCKETS + ((lo >>> 11) & 0x7ff)]++;
      counts[2 * BUCKETS + (lo >>> 22)]++;
      counts[3 * BUCKETS + (hi & 0x7ff)]++;
      counts[4 * BUCKETS + ((hi >>> 11) & 0x7ff)]++;
      counts[5 * BUCKETS + (hi >>> 22)]++;
    }
    const offsets = this.offsets;
    for (let pass = 0; pass < 6; pass++) {
      const base = pass * BUCKETS;
      const shift = (pass % 3) * 11;
      const mask = (1 << DIGIT_BITS[pass % 3]) - 1;
      const half = pass < 3 ? 0 : 1;
      // A digit shared by every value would not move anything.
      let first = 0;
      while (first < mask && counts[base + first] === 0) first++;
      if (counts[base + first] === n) continue;
      for (let d = 0, sum = 0; d <= mask; d++) { offsets[d] = sum; sum += counts[base + d]; }
      for (let i = 0; i < n; i++) {
        const j = offsets[(bits[2 * i + half] >>> shift) & mask]++;
        keys2[j] = keys[i];
        order2[j] = order[i];
      }
      [keys, keys2] = [keys2, keys];
      [bits, bits2] = [bits2, bits];
      [order, order2] = [order2, order];
    }
    for (let i = 0; i < n; i++) {
      const hi = bits[2 * i + 1];
      if (hi & 0x80000000) bits[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
      else { bits[2 * i + 1] = ~hi >>> 0; bits[2 * i] = ~bits[2 * i] >>> 0; }
    }
    return { order: order.subarray(0, n), sorted: keys.subarray(0, n) };
  }
}
