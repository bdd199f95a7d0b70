import { cumulativeShares } from "../cumulative-shares";
import { normaliseShares } from "../normalise-shares";
import type { MethodContext } from "./tiering-method";

/**
 * Tiers by rank share, by the value or the method's score: the cumulative shares tierTable cuts the
 * ranks at (rank − 1 = customers above), and the same shares for the explanation.
 */
export function byRankShare(ctx: MethodContext): { rankShare: Float64Array; details: { cumShares: number[] } } {
  const rankShare = cumulativeShares(normaliseShares(ctx.shares, "tiers.shares"), "tiers.shares");
  return { rankShare, details: { cumShares: Array.from(rankShare) } };
}

/** The shares form control of the methods that cut by rank share. */
export const RANK_SHARES_CONTROL = {
  type: "text",
  field: "shares",
  label: "tiers.shares",
  hint: "tiers.sharesHintRank",
  testId: "tiers-shares",
  problem: "shares",
} as const;
