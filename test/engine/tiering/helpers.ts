import type { TierIndexes } from "../../../src/engine/tiering/types";

/** Values of each tier, in descending order, for readable assertions: [[A…], [B…], [C…]]. */
export function valuesByTier(values: readonly number[], tiers: TierIndexes, k: number): number[][] {
  const out: number[][] = Array.from({ length: k }, () => []);
  values.forEach((v, i) => {
    if (tiers[i] >= 0) out[tiers[i]].push(v);
  });
  return out.map((t) => t.sort((a, b) => b - a));
}
