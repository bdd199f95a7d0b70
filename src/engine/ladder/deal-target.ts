import { round9 } from "../cells/round-product";
import { InputError } from "../errors";
import { showValue } from "./checks";

/**
 * Deals needed to reach a revenue target: ceil(revenue / average deal size), with the quotient
 * rounded to 9 decimals first (DESIGN.md), so 300,000 / 100,000 is 3 deals and 300,001 is 4.
 */
export function dealTarget(revenue: number, averageDealSize: number): number {
  if (typeof revenue !== "number" || !Number.isFinite(revenue) || revenue < 0) {
    throw new InputError(
      "revenueTargetInvalid",
      { found: showValue(revenue) },
      `The revenue target must be a number of 0 or more; found ${showValue(revenue)}.`,
    );
  }
  if (typeof averageDealSize !== "number" || !Number.isFinite(averageDealSize) || averageDealSize <= 0) {
    throw new InputError(
      "averageDealInvalid",
      { found: showValue(averageDealSize) },
      `The average deal size must be a number greater than 0; found ${showValue(averageDealSize)}.`,
    );
  }
  return Math.ceil(round9(revenue / averageDealSize));
}
