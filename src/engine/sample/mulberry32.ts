/**
 * mulberry32, a small 32-bit seeded PRNG (Tommy Ettinger, 2017; public domain): uniform numbers in
 * [0, 1), the same sequence for the same seed on every JavaScript engine. Good enough for sample data,
 * not for cryptography.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
