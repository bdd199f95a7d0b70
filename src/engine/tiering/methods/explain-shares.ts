import type { TierResult } from "../tier-result";
import { shareAbove } from "../share-above";
import { pct } from "./explain-format";
import type { Because } from "./tiering-method";

/** The share above a row and the band of tier `t` it falls in (from the previous cut-off to this one). */
export function shareBand(above: number, cumShares: readonly number[], t: number) {
  return { above: pct(above), limit: pct(cumShares[t]), from: t > 0 ? pct(cumShares[t - 1]) : "0%" };
}

/** Why rank-share put a row in tier `t` (also score and RFM when they cut by rank share). */
export function rankShareBecause(result: TierResult, row: number, cumShares: readonly number[]): Because {
  const t = result.tier[row];
  const label = result.labels[t];
  const params = shareBand(shareAbove(result, row), cumShares, t);
  const text =
    t === 0
      ? `${params.above} of customers rank above it, under ${label}'s ${params.limit}`
      : `${params.above} of customers rank above it, at least ${params.from} and under ${params.limit}`;
  return { key: "explain.because.rankShare", params, text };
}
