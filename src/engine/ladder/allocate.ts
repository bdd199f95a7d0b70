import { round9 } from "../cells/round-product";
import { InputError } from "../errors";
import { scaledToUnit } from "../tiering/power-of-two-scale";
import { checkCountTarget, showValue } from "./checks";

/**
 * Splits a whole-number total into whole parts proportional to weights by the largest-remainder
 * (Hamilton / Hare-quota) method: each part gets floor(quota), quota = total × wᵢ / Σw, and the seats
 * left over go one each to the largest remainders; equal remainders go to the earlier entry. The
 * parts always sum to the total and are never negative. Quotas are rounded to 9 decimals first so
 * 0.2 × 10 counts as exactly 2 (DESIGN.md). The weights are scaled by a power of two first (exact,
 * so the parts are unchanged) so that weights like 1e308 + 1e308 cannot overflow the sum.
 * Reference: Hamilton's method, e.g. Balinski & Young, "Fair Representation" (2001), ch. 2.
 *
 * @param total whole number ≥ 0
 * @param weights numbers ≥ 0, not all 0 (capacity, last year's share, seasonality, …)
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  checkCountTarget(total, "total to split");
  if (weights.length === 0) {
    throw new InputError(
      "weightsEmpty",
      {},
      "Give at least one weight to split the total across; the list of weights is empty.",
    );
  }
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new InputError(
        "weightInvalid",
        { index: i + 1, found: showValue(w) },
        `Weight ${i + 1} must be a number of 0 or more; found ${showValue(w)}.`,
      );
    }
    sum += w;
  }
  if (sum === 0) {
    throw new InputError(
      "weightsAllZero",
      { count: weights.length },
      `All ${weights.length} weights are 0, so there is nothing to split the total by. Give at least one positive weight.`,
    );
  }
  const unit = scaledToUnit(weights);
  let unitSum = 0;
  for (let i = 0; i < unit.length; i++) unitSum += unit[i];
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const quota = round9((total * unit[i]) / unitSum);
    parts[i] = Math.floor(quota);
    remainders[i] = round9(quota - parts[i]);
    given += parts[i];
  }
  let left = total - given;
  if (left > 0) {
    // Stable sort by remainder, largest first: equal remainders keep their original (earlier) order.
    const order = Array.from(weights, (_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
    for (let k = 0; left > 0; k = (k + 1) % order.length) {
      // Only entries with a positive weight may receive a leftover unit.
      if (weights[order[k]] > 0) {
        parts[order[k]]++;
        left--;
      }
    }
  }
  return parts;
}
