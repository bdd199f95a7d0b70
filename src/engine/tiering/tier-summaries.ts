import type { TierSummary } from "./tier-result";

/**
 * Per-tier customers, value and the range of the ranking key, in one pass over the rows.
 * Shares are of the tiered rows only (rows without a tier are left out of both sums).
 */
export function tierSummaries(
  labels: readonly string[],
  tier: Int32Array,
  value: ArrayLike<number>,
  key: ArrayLike<number>,
): TierSummary[] {
  const k = labels.length;
  const count = new Float64Array(k);
  const sum = new Float64Array(k);
  const min = new Float64Array(k).fill(Infinity);
  const max = new Float64Array(k).fill(-Infinity);
  let customers = 0;
  let total = 0;
  for (let r = 0; r < tier.length; r++) {
    const t = tier[r];
    if (t < 0 || t >= k) continue;
    customers++;
    count[t]++;
    const v = value[r];
    if (Number.isFinite(v)) {
      sum[t] += v;
      total += v;
    }
    const x = key[r];
    if (Number.isFinite(x)) {
      if (x < min[t]) min[t] = x;
      if (x > max[t]) max[t] = x;
    }
  }
  return labels.map((label, t) => ({
    label,
    customers: count[t],
    customerShare: customers ? count[t] / customers : NaN,
    value: sum[t],
    valueShare: total !== 0 ? sum[t] / total : NaN,
    min: min[t] === Infinity ? NaN : min[t],
    max: max[t] === -Infinity ? NaN : max[t],
  }));
}
