import type { Grid } from "../../../src/engine/cells/cell-value";

/**
 * A customer list and its order history with messy keys, graded by hand as of 2025-01-01 (serial 45658),
 * lifecycle windows 90 / 180 / 365 days (DESIGN.md "Customer history"):
 * - Acme: one order on 45600 → first order 58 days ago ≤ 90 → New.
 * - " bolt ": orders on 45000 and 45400 → first 658 days ago; last 258 days ago > 180, ≤ 365 → At risk.
 * - "Ｃａｒａ" (full-width): one order on 44000 as "cara " → last 1,658 days ago > 365 → Lost.
 * - Dee: no order → Never purchased.
 * - Zeta: orders only (row 6 of the order sheet), not in the customer list.
 */
export const CUSTOMERS: Grid = [
  ["Customer", "Type"],
  ["Acme", "Key account"],
  [" bolt ", "Retail"],
  ["Ｃａｒａ", "Retail"],
  ["Dee", "Key account"],
];
export const ORDERS: Grid = [
  ["Customer", "Order date", "Amount"],
  ["ACME", 45600, 100],
  ["Bolt", 45000, 50],
  ["Bolt", 45400, 70],
  ["cara ", 44000, 30],
  ["Zeta", 45650, 10],
];
export const ORDER_FORMATS = ORDERS.map((r, i) =>
  i === 0 ? ["General", "General", "General"] : ["General", "yyyy-mm-dd", "#,##0"],
);
export const AS_OF = "2025-01-01";
export const LIFECYCLE_BY_HAND = ["New", "At risk", "Lost", "Never purchased"];
