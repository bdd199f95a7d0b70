import { round9 } from "../cells/round-product";
import { checkCounts, checkCountsMatchRates, checkRates } from "./checks";

/**
 * Expected closes from today's pipeline (DESIGN.md, "Forward"): Σᵢ countᵢ × Π_{j ≥ i} rateⱼ, i.e. each
 * open deal weighted by its probability of reaching the last stage (the stage-probability "weighted
 * pipeline" forecast). Counts are the deals currently *in* each stage (not "reached at least"), and
 * deals already at the last stage count as closed (empty product = 1). Rounded to 9 decimals.
 */
export function forwardExpectation(counts: readonly number[], rates: readonly number[]): number {
  checkCountsMatchRates(counts, rates);
  checkCounts(counts);
  checkRates(rates);
  // Horner-style from the last stage: expected = (…((c₀·r₀ + c₁)·r₁ + c₂)·r₂ …) + c_last.
  let expected = 0;
  for (let i = 0; i < rates.length; i++) expected = (expected + counts[i]) * rates[i];
  return round9(expected + counts[rates.length]);
}
