import { round9 } from "../cells/round-product";
import { checkRates } from "./checks";

/**
 * Cumulative conversion from the first stage to each stage: 1, r₀, r₀r₁, … (length = rates.length + 1),
 * rounded to 9 decimals. For the seed ladder: 1, 0.5, 0.2, 0.1, 0.05, 0.03.
 */
export function cumulativeRates(rates: readonly number[]): number[] {
  checkRates(rates);
  const out = [1];
  let product = 1;
  for (const rate of rates) {
    product *= rate;
    out.push(round9(product));
  }
  return out;
}
