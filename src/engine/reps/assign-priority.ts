import type { AssignCustomer } from "./assign-types";

/**
 * Customers from the highest priority to the lowest: top tier first (tier 0), within a tier the higher
 * value first (no value, NaN, last), then the earlier row. New placements follow this order; an
 * over-loaded rep gives up customers from its end.
 */
export function priorityOrder(customers: readonly AssignCustomer[]): Int32Array {
  const n = customers.length;
  const tier = new Float64Array(n);
  const value = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    tier[c] = customers[c].tier;
    const v = customers[c].value;
    value[c] = typeof v === "number" && !Number.isNaN(v) ? v : -Infinity;
  }
  const order = new Int32Array(n);
  for (let c = 0; c < n; c++) order[c] = c;
  // -Infinity (a value of -Infinity, or none) on both sides compares equal, so the row decides.
  return order.sort((a, b) => tier[a] - tier[b] || (value[a] === value[b] ? a - b : value[b] > value[a] ? 1 : -1));
}
