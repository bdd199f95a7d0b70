import { round9 } from "../cells/round-product";
import { checkRates } from "./checks";

/**
 * Probability that a deal now in stage i reaches the last stage: Π_{j ≥ i} rateⱼ (1 for the last
 * stage), rounded to 9 decimals; the weights of {@link forwardExpectation}. Seed ladder: 0.03, 0.06,
 * 0.15, 0.3, 0.6, 1.
 */
export function ratesToClose(rates: readonly number[]): number[] {
  checkRates(rates);
  const out = new Array<number>(rates.length + 1);
  let product = 1;
  out[rates.length] = 1;
  for (let i = rates.length - 1; i >= 0; i--) {
    product *= rates[i];
    out[i] = round9(product);
  }
  return out;
}
