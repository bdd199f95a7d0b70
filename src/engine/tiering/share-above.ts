import type { TierResult } from "./tier-result";

/**
 * Share of customers in a row's group with a strictly greater ranking key: (rank − 1) / group size, the
 * "x % of customers above" of an explanation; NaN for a row without a rank. Worked out per row when asked
 * rather than kept as a column: a million-row result is 8 MB lighter, which the pane re-tiering on every
 * keystroke feels as fewer full garbage collections (issue 16).
 */
export function shareAbove(result: Pick<TierResult, "rank" | "groupSize">, row: number): number {
  const rank = result.rank[row];
  return rank > 0 ? (rank - 1) / result.groupSize[row] : NaN;
}
