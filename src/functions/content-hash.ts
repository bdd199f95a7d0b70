/**
 * A fast 32-bit hash of a Float64Array's bytes (MurmurHash3's 32-bit mixing, Appleby 2011, over the
 * array's 32-bit words, seeded with the length). Used only to find candidates in a cache; equality is
 * then checked value by value, so a collision costs time, never a wrong result.
 */
export function hashFloat64(values: Float64Array): number {
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  let h = values.length | 0;
  for (let i = 0; i < words.length; i++) {
    let k = Math.imul(words[i], 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** True when both arrays hold the same values in the same order (NaN equals NaN). */
export function sameFloat64(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && (x === x || y === y)) return false;
  }
  return true;
}
