/**
 * Indexes that sort finite doubles ascending (a stable argsort), by LSD radix sort on the IEEE-754
 * bit patterns (Knuth, TAOCP vol. 3 §5.2.5; the float key trick of Herf, "Radix tricks", 2001: flip
 * the sign bit of positives, all bits of negatives, and the unsigned order is the numeric order).
 * Six passes of 11/11/10 bits per 32-bit half carry key and index along, so every pass reads
 * sequentially; passes whose digit is the same for all values are skipped. This avoids the random
 * access of one binary search per row, which dominates on large columns. NaN must not be present.
 */
export function argsortFloat64(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n), hi = new Uint32Array(n), idx = new Uint32Array(n);
  let lo2 = new Uint32Array(n), hi2 = new Uint32Array(n), idx2 = new Uint32Array(n);
  const SHIFT = [0, 11, 22], WIDTH = [11, 11, 10];
  const counts = new Uint32Array(6 * 2048);
  for (let i = 0; i < n; i++) {
    let l = bits[2 * i], h = bits[2 * i + 1];
    if (h & 0x80000000) { h = ~h >>> 0; l = ~l >>> 0; } else { h = (h | 0x80000000) >>> 0; }
    lo[i] = l; hi[i] = h; idx[i] = i;
    counts[(l & 0x7ff)]++;
    counts[2048 + ((l >>> 11) & 0x7ff)]++;
    counts[4096 + (l >>> 22)]++;
    counts[6144 + (h & 0x7ff)]++;
    counts[8192 + ((h >>> 11) & 0x7ff)]++;
    counts[10240 + (h >>> 22)]++;
  }
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * 2048;
    const shift = SHIFT[pass % 3];
    const mask = (1 << WIDTH[pass % 3]) - 1;
    const useHi = pass >= 3;
    // Skip a pass whose digit is constant: it would not move anything.
    let skip = false;
    for (let b = 0; b <= mask; b++) if (counts[base + b] === n) { skip = true; break; } else if (counts[base + b] !== 0) break;
    if (skip || n === 0) continue;
    const offset = new Uint32Array(mask + 1);
    for (let b = 0, sum = 0; b <= mask; b++) { offset[b] = sum; sum += counts[base + b]; }
    const key = useHi ? hi : lo;
    for (let i = 0; i < n; i++) {
      const d = (key[i] >>> shift) & mask;
      const j = offset[d]++;
      lo2[j] = lo[i]; hi2[j] = hi[i]; idx2[j] = idx[i];
    }
    [lo, lo2] = [lo2, lo]; [hi, hi2] = [hi2, hi]; [idx, idx2] = [idx2, idx];
  }
  return idx;
}
