import { customerName } from "./customer-key";
import type { Table } from "./types";

/** Order lines per customer above which a list counts as an order list rather than a customer list. */
export const ORDER_LINES_PER_CUSTOMER = 1.5;

/**
 * Whether the table looks like one row per order: it has a date column and a customer column whose
 * names repeat a lot (on average at least 1.5 rows per distinct customer, ignoring case and spaces).
 */
export function looksLikeOrderList(table: Table): boolean {
  const customer = table.columns.find((c) => c.role === "customer");
  if (!customer || !table.columns.some((c) => c.role === "date")) return false;
  const keys = new Set<string>();
  let named = 0;
  for (const row of table.rows) {
    const id = customerName(row[customer.index]);
    if (!id) continue;
    named++;
    keys.add(id.key);
  }
  return keys.size > 0 && named >= ORDER_LINES_PER_CUSTOMER * keys.size;
}
