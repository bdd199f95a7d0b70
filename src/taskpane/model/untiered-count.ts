import { NO_TIER, type TierResult } from "../../engine/tiering";

/**
 * Rows the method could not tier, not counting the rows left out (hidden or filtered: they have no tier either,
 * but by the user's choice). A plain loop over the typed arrays: it runs on the page for every new preview, a
 * million rows at a time.
 */
export function untieredCount(result: Pick<TierResult, "tier" | "gridRows">, leftOut?: ReadonlySet<number>): number {
  const { tier, gridRows } = result;
  let count = 0;
  for (let i = 0; i < tier.length; i++) if (tier[i] === NO_TIER && !leftOut?.has(gridRows[i])) count++;
  return count;
}
