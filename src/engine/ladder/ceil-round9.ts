import { round9 } from "../cells/round-product";

/**
 * Math.ceil(round9(q)) for q ≥ 0 (DESIGN.md: round to 9 decimals before comparing, so 21 / 0.7 → 30).
 * round9 formats the number as text, which dominates a loop of many small ladders; it can only change
 * the ceiling when q lies less than 1e-9 above a whole number, so only then is it called.
 */
export function ceilRound9(q: number): number {
  const up = Math.ceil(q);
  return up - q > 1 - 1e-9 ? Math.ceil(round9(q)) : up;
}
