import { round9 } from "../cells/round-product";
import { validateShares } from "./validate-shares";

/**
 * Validated shares → cumulative shares, each rounded to 9 decimals (DESIGN.md: 0.2 + 0.1 must be
 * 0.3), with the last forced to exactly 1 so the last tier always catches every remaining row.
 */
export function cumulativeShares(shares: ArrayLike<number>, what = "shares"): Float64Array {
  validateShares(shares, what);
  const k = shares.length;
  const cum = new Float64Array(k);
  let acc = 0;
  for (let i = 0; i < k; i++) {
    acc += shares[i];
    cum[i] = round9(acc);
  }
  cum[k - 1] = 1;
  return cum;
}
