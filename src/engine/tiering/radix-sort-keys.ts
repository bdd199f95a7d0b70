const BUCKETS = 2048;

/**
 * LSD radix sort of finite doubles on their IEEE-754 bit patterns (Knuth, TAOCP vol. 3 §5.2.5; the key
 * flip of Herf, "Radix tricks", 2001: flip the sign bit of positives and all bits of negatives, and
 * unsigned order is numeric order). Six passes of 11/11/10 bits per 32-bit half, each a sequential
 * read and a write to at most 2048 runs; a pass whose digit is the same for every value is skipped
 * (e.g. the low half of whole numbers). When `order` is given it is carried along (a stable argsort).
 * -0 sorts just before +0, as in the native sort.
 *
 * Works in `keys` and `scratch` (same length); returns whichever ends up holding the sorted values
 * (and the matching order buffer). NaN must not be present.
 */
export function radixSortKeys(
  keys: Float64Array,
  scratch: Float64Array,
  order?: Uint32Array,
  orderScratch?: Uint32Array,
): { keys: Float64Array; order: Uint32Array | undefined } {
  const n = keys.length;
  let bits = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
  let bits2 = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  const counts = new Uint32Array(6 * BUCKETS);
  flipAndCount(bits, counts);
  const offsets = new Uint32Array(BUCKETS);
  let a = keys,
    b = scratch;
  let oa = order,
    ob = orderScratch;
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * BUCKETS;
    const digit: Digit = { shift: (pass % 3) * 11, mask: pass % 3 === 2 ? 0x3ff : 0x7ff, half: pass < 3 ? 0 : 1 };
    // A digit shared by every value would not move anything.
    let first = 0;
    while (first < digit.mask && counts[base + first] === 0) first++;
    if (counts[base + first] === n) continue;
    for (let d = 0, sum = 0; d <= digit.mask; d++) {
      offsets[d] = sum;
      sum += counts[base + d];
    }
    if (oa && ob) {
      scatterWithOrder(bits, digit, offsets, { from: a, to: b, orderFrom: oa, orderTo: ob });
      [oa, ob] = [ob, oa];
    } else {
      scatterKeys(bits, digit, offsets, { from: a, to: b });
    }
    [a, b] = [b, a];
    [bits, bits2] = [bits2, bits];
  }
  unflip(bits);
  return { keys: a, order: oa };
}

// Each pass over the values is a function of its own, with nothing after its loop that V8 has not
// seen run: the loop is compiled on the fly (on-stack replacement) during the first call, and the
// compiled loop is not thrown away on reaching untried code after it, so a second call runs compiled.

/** Which bits of which 32-bit half make a pass's digit. */
interface Digit {
  readonly shift: number;
  readonly mask: number;
  readonly half: number;
}

/** Flips each key's bit pattern in place (unsigned order = numeric order) and counts every digit. */
function flipAndCount(bits: Uint32Array, counts: Uint32Array): void {
  const n = bits.length >> 1;
  for (let i = 0; i < n; i++) {
    let lo = bits[2 * i],
      hi = bits[2 * i + 1];
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    bits[2 * i] = lo;
    bits[2 * i + 1] = hi;
    counts[lo & 0x7ff]++;
    counts[BUCKETS + ((lo >>> 11) & 0x7ff)]++;
    counts[2 * BUCKETS + (lo >>> 22)]++;
    counts[3 * BUCKETS + (hi & 0x7ff)]++;
    counts[4 * BUCKETS + ((hi >>> 11) & 0x7ff)]++;
    counts[5 * BUCKETS + (hi >>> 22)]++;
  }
}

/** One stable pass: each key to the next slot of its digit. */
function scatterKeys(
  bits: Uint32Array,
  { shift, mask, half }: Digit,
  offsets: Uint32Array,
  { from, to }: { from: Float64Array; to: Float64Array },
): void {
  const n = from.length;
  for (let i = 0; i < n; i++) to[offsets[(bits[2 * i + half] >>> shift) & mask]++] = from[i];
}

/** One stable pass carrying the row order along. */
function scatterWithOrder(
  bits: Uint32Array,
  { shift, mask, half }: Digit,
  offsets: Uint32Array,
  arrays: { from: Float64Array; to: Float64Array; orderFrom: Uint32Array; orderTo: Uint32Array },
): void {
  const { from, to, orderFrom, orderTo } = arrays;
  const n = from.length;
  for (let i = 0; i < n; i++) {
    const j = offsets[(bits[2 * i + half] >>> shift) & mask]++;
    to[j] = from[i];
    orderTo[j] = orderFrom[i];
  }
}

/** Undoes flipAndCount on the sorted keys. */
function unflip(bits: Uint32Array): void {
  const n = bits.length >> 1;
  for (let i = 0; i < n; i++) {
    const hi = bits[2 * i + 1];
    if (hi & 0x80000000) bits[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      bits[2 * i + 1] = ~hi >>> 0;
      bits[2 * i] = ~bits[2 * i] >>> 0;
    }
  }
}
