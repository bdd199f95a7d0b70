import { bisectLeft } from "./bisect";

const STRIDE = 64;

/**
 * A counter of "how many sorted values are strictly less than v" for many lookups into one large
 * sorted array. A plain binary search over 8 MB misses the cache at almost every step; searching a
 * small guide of every 64th value first (it stays in cache) and then one 64-value block costs about
 * two cache misses per lookup instead of ~20.
 */
export function countBelow(sorted: Float64Array): (v: number) => number {
  const n = sorted.length;
  const guide = new Float64Array(Math.ceil(n / STRIDE));
  for (let g = 0; g < guide.length; g++) guide[g] = sorted[g * STRIDE];
  return (v) => {
    // guide[g] = sorted[64g]; the first value ≥ v lies in (64(g − 1), 64g] for g = bisectLeft(guide, v).
    const g = bisectLeft(guide, v);
    const lo = g === 0 ? 0 : (g - 1) * STRIDE + 1;
    const hi = Math.min(n, g * STRIDE);
    return bisectLeft(sorted, v, lo, hi);
  };
}
