import { cumulativeShares } from "../../tiering/cumulative-shares";
import { normaliseShares } from "../../tiering/normalise-shares";
import { validateBounds } from "../../tiering/validate-bounds";
import { numberLiteral } from "../dialect";
import type { Dialect } from "../dialect";

/** A CASE over tiers: the first condition that holds gives its tier, else the last tier; NULL when `none` holds. */
export function firstTier(none: string, conditions: readonly string[]): string {
  const whens = conditions.map((c, i) => `WHEN ${c} THEN ${i}`).join(" ");
  return `CASE WHEN ${none} THEN NULL ${whens} ELSE ${conditions.length} END`;
}

/**
 * Rank-share (DESIGN.md): p = rank − 1 rows strictly above; the first tier i with p < round9(cumShare_i × n).
 * The cumulative shares are written as decimal literals (each already rounded to 9 decimals, as
 * cumulativeShares does), so cumShare × n is exact decimal arithmetic in both dialects and needs no rounding.
 */
export function rankShareTier(shares: readonly number[]): string {
  const cum = cumulativeShares(normaliseShares(shares, "tiers.shares"), "tiers.shares");
  const conditions = Array.from(cum.subarray(0, cum.length - 1), (c) => `rank_ - 1 < ${numberLiteral(c)} * n_`);
  return firstTier("rank_ IS NULL", conditions);
}

/** A bound as a double (a decimal literal compared to a double would be compared as a double anyway; said here). */
export function doubleLiteral(d: Dialect, x: number): string {
  return `CAST(${numberLiteral(x)} AS ${d.double})`;
}

/** Thresholds (DESIGN.md): key ≥ bound_1 → tier 1, ≥ bound_2 → tier 2, …, else the last; NULL key → no tier. */
export function thresholdTier(d: Dialect, key: string, bounds: readonly number[]): string {
  validateBounds(bounds);
  return firstTier(
    `${key} IS NULL`,
    bounds.map((b) => `${key} >= ${doubleLiteral(d, b)}`),
  );
}
