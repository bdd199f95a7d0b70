import { InputError } from "../../engine/errors";
import type { TierSummary } from "../../engine/tiering";

/**
 * What is wrong with the data when tier shares cannot be computed, as an InputError with a catalog key
 * (`errors.summary*`): no customer has a tier, the values add up to more than a double holds
 * (about 1.8e308: Excel's own limit is 9.99e307), or every tiered value is 0. Undefined when the
 * summary can be made.
 */
export function summaryDataProblem(tiers: readonly TierSummary[]): InputError | undefined {
  let customers = 0;
  let total = 0;
  for (const t of tiers) {
    customers += t.customers;
    total += t.value;
  }
  if (customers === 0) {
    return new InputError(
      "summaryNoCustomers",
      {},
      "No customer has a tier: no row under the header holds a number in the value column. Check the input report on the Tiers tab.",
    );
  }
  if (!Number.isFinite(total) || tiers.some((t) => !Number.isFinite(t.value))) {
    return new InputError(
      "summaryValueTooLarge",
      {},
      "The values add up to more than Excel can hold, so shares of value cannot be computed. Check the value column for values far too large (such as 1E+308).",
    );
  }
  if (total === 0) {
    return new InputError(
      "summaryNoValue",
      { count: customers },
      `All ${customers} tiered customers have a value of 0, so there is no value to share out between the tiers. Check that the value column is the right one.`,
    );
  }
  return undefined;
}
