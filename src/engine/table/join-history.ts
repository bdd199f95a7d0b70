import type { CellValue, Grid } from "../cells/cell-value";
import { aggregateOrders, type AggregatedOrders, type AggregateOrdersOptions } from "./aggregate-orders";
import { badCellIssue } from "./cell-issue";
import { checkColumn } from "./check-column";
import { customerName } from "./customer-key";
import type { ColumnInfo, ColumnRole, InputIssue, Table } from "./types";

/** The history columns added to the customer list, in this order. */
export type HistoryColumn = "value" | "orders" | "firstDate" | "lastDate" | "recency" | "averageValue" | "recentOrders";

export interface JoinHistoryOptions {
  /** The customer column of the customer list (0-based). */
  readonly customerKey: number;
  /** How to read the order list: its customer, amount and date columns and the as-of date. */
  readonly orders: Pick<AggregateOrdersOptions, "customer" | "amount" | "date" | "asOf">;
  /** "Orders in the last N days" counts lines dated 0 to N days before the as-of date (default 90). */
  readonly recentDays?: number;
  /** Add the order list's customers missing from the customer list as new rows (default false: only listed). */
  readonly addUnmatched?: boolean;
  /** Headers of the added columns (English by default), so a Chinese pane can name them in Chinese. */
  readonly headers?: Partial<Record<HistoryColumn, string>>;
}

export interface JoinedHistory {
  /** The customer list's rows and columns, then one column per history figure; blank where a customer never ordered. */
  readonly table: Table;
  /** Index in `table.columns` of each added column. */
  readonly columns: Readonly<Record<HistoryColumn, number>>;
  /** Customers of the order list not in the customer list, with the order list's grid rows of their valid lines. */
  readonly unmatched: readonly { readonly customer: string; readonly rows: readonly number[] }[];
  /** Rows of the customer list (grid rows) whose customer has no valid order line. */
  readonly noOrders: readonly { readonly customer: string; readonly row: number }[];
  /** Rows appended for unmatched customers (when `addUnmatched`): `table.rows` from this index on. */
  readonly addedFrom: number;
  /** Order lines left out (no customer, amount or date), with grid rows of the order list. */
  readonly orderIssues: InputIssue[];
  /** Rows of the customer list without a customer name, with grid rows of the customer list. */
  readonly customerIssues: InputIssue[];
}

const DEFAULT_HEADERS: Record<HistoryColumn, string> = {
  value: "Total order value",
  orders: "Orders",
  firstDate: "First order date",
  lastDate: "Last order date",
  recency: "Days since last order",
  averageValue: "Average order value",
  recentOrders: "Orders in the last 90 days",
};
const HISTORY: readonly { id: HistoryColumn; role: ColumnRole; kind: ColumnInfo["kind"] }[] = [
  { id: "value", role: "value", kind: "number" },
  { id: "orders", role: "frequency", kind: "number" },
  { id: "firstDate", role: "other", kind: "date" },
  { id: "lastDate", role: "date", kind: "date" },
  { id: "recency", role: "recency", kind: "number" },
  { id: "averageValue", role: "other", kind: "number" },
  { id: "recentOrders", role: "other", kind: "number" },
];

/** A customer's row with the history cells of customer `c` of `agg` after it, in HISTORY's order (blank when c < 0). */
function joinedRow(row: readonly CellValue[], agg: AggregatedOrders, c: number): CellValue[] {
  // One array written in a loop: spreading the row and a history array per customer cost a tenth of the join.
  const width = row.length;
  const out = new Array<CellValue>(width + HISTORY.length);
  for (let j = 0; j < width; j++) out[j] = row[j];
  if (c < 0) {
    for (let j = 0; j < HISTORY.length; j++) out[width + j] = null;
    return out;
  }
  // Read by column (OrderSums), not from `agg.customers`: no object per customer to make and collect.
  const s = agg.sums;
  out[width] = s.value[c];
  out[width + 1] = s.orders[c];
  out[width + 2] = s.first[c];
  out[width + 3] = s.last[c];
  out[width + 4] = s.recencyDays(c, agg.asOf);
  out[width + 5] = s.value[c] / s.orders[c];
  out[width + 6] = s.recent[c];
  return out;
}

/**
 * The history decides value, frequency, recency and date: a column of the customer list that had one of those
 * roles (say a "Potential" guessed as value) becomes "other" in the joined table, keeping its guess.
 */
function yieldHistoryRole(c: ColumnInfo): ColumnInfo {
  return HISTORY.some((h) => h.role === c.role && h.role !== "other") ? { ...c, role: "other" } : c;
}

function historyColumns(width: number, headers: Record<HistoryColumn, string>): ColumnInfo[] {
  return HISTORY.map((h, j) => ({
    index: width + j,
    header: headers[h.id],
    role: h.role,
    guessedRole: h.role,
    kind: h.kind,
  }));
}

/**
 * A customer list joined with its order history (DESIGN.md "Customer history"): the order lines are summed per
 * customer (`aggregateOrders`) and matched to the list on `customerKey` (trimmed, NFKC, lower case). Every
 * customer of the list keeps its row and gains the history columns (blank when it never ordered, so a method
 * can tell "never purchased" from a zero). A customer on several rows of the list gets its history on the first
 * only (the input report lists such duplicates). Order customers missing from the list are reported, and added
 * as rows when asked.
 */
export function joinHistory(customers: Table, orders: Table, options: JoinHistoryOptions): JoinedHistory {
  checkColumn(customers, options.customerKey, "options.customerKey");
  // "Orders in the last N days" is counted in the aggregation pass (inclusive, as lifecycle windows are).
  const agg = aggregateOrders(orders, { ...options.orders, recentDays: options.recentDays ?? 90 });
  const byKey = agg.indexOfKey;
  const used = new Uint8Array(agg.sums.count);
  const width = customers.columns.length;
  const issues: InputIssue[] = [];
  const noOrders: { customer: string; row: number }[] = [];
  const rows: Grid = customers.rows.map((row, i) => {
    const id = customerName(row[options.customerKey]);
    const gridRow = customers.firstRow + i;
    if (!id) {
      const header = customers.columns[options.customerKey].header;
      const cell = { row: gridRow, column: options.customerKey, header, value: row[options.customerKey] };
      issues.push({ ...badCellIssue(cell, "a customer name"), reason: "missing-customer" });
      return joinedRow(row, agg, -1);
    }
    const c = byKey.get(id.key);
    if (c === undefined || used[c]) {
      if (c === undefined) noOrders.push({ customer: id.name, row: gridRow });
      return joinedRow(row, agg, -1);
    }
    used[c] = 1;
    return joinedRow(row, agg, c);
  });
  const unmatchedIndexes = Array.from(used.keys()).filter((c) => !used[c]);
  const addedFrom = rows.length;
  if (options.addUnmatched) {
    for (const c of unmatchedIndexes) {
      const row: CellValue[] = customers.columns.map(() => null);
      row[options.customerKey] = agg.sums.names[c];
      rows.push(joinedRow(row, agg, c));
    }
  }
  const headers = {
    ...DEFAULT_HEADERS,
    recentOrders: `Orders in the last ${options.recentDays ?? 90} days`,
    ...options.headers,
  };
  return {
    table: {
      ...customers,
      columns: [...customers.columns.map(yieldHistoryRole), ...historyColumns(width, headers)],
      rows,
    },
    columns: Object.fromEntries(HISTORY.map((h, j) => [h.id, width + j])) as Record<HistoryColumn, number>,
    unmatched: unmatchedIndexes.map((c) => ({
      customer: agg.sums.names[c],
      rows: Array.from(agg.rowsOf(c)),
    })),
    noOrders,
    addedFrom,
    orderIssues: agg.issues,
    customerIssues: issues,
  };
}
