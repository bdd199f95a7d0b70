import { NO_TIER, type TierIndexes } from "../engine/tiering/numeric";

/** Turns tier indexes into the labels Excel shows; a row without a tier shows "". */
export function labelTiers(tiers: TierIndexes, labels: readonly string[]): string[] {
  const out = new Array<string>(tiers.length);
  for (let i = 0; i < tiers.length; i++) out[i] = tiers[i] === NO_TIER ? "" : labels[tiers[i]];
  return out;
}
