import { InputError } from "../errors";
import type { Scheme } from "../scheme";
import { aggregateOrders, type InputIssue, type Table } from "../table";
import { consecutive } from "./consecutive";
import { blankRows, excludedRows } from "./excluded-rows";
import type { ColumnRef } from "./methods";

/** The table a scheme tiers: the customer list itself, or the order list aggregated to customers. */
export interface TierSource {
  /** The table as selected (customer list or order lines). */
  readonly table: Table;
  /** The table tiered: one row per customer. */
  readonly t: Table;
  /** Grid row of each row of `t` (first order line for an order list). */
  readonly gridRows: Int32Array;
  /** Order lines left out of the aggregation (none for a customer list). */
  readonly orderIssues?: InputIssue[];
  /** Left-out rows of `t` (an order list's left-out lines are gone once aggregated). */
  readonly dropped?: Uint8Array;
  /** A scheme column (index in the selection, or role) → its index in `t`. */
  resolve(ref: ColumnRef, what: string): number;
  /** The as-of date: the scheme's, else today (undefined for a customer list with neither). */
  readonly asOf: Date | undefined;
  /** An order list's first and last order date per customer, columns of `t`. */
  readonly orderDates?: { readonly first: number; readonly last: number };
  /** An order list's orders per customer in the last `SourceOptions.recentDays` days, when those were asked for. */
  readonly recentOrders?: Float64Array;
  /** A source column by role: the scheme's override, else the table's role; undefined when none. */
  sourceColumn(role: "customer" | "value" | "frequency" | "recency"): number | undefined;
}

export interface SourceOptions {
  readonly today?: Date;
  /** Count an order list's orders per customer over this many days to the as-of date (the method's window). */
  readonly recentDays?: number;
  readonly excludeRows?: ReadonlySet<number>;
}

export const byRole = (t: Table, role: string): number | undefined => t.columns.find((c) => c.role === role)?.index;

export function missingColumn(what: string, role: string): InputError {
  return new InputError(
    "scheme.column",
    { what, role },
    `${what}: no column has the role "${role}"; choose that column in the column step or give its index in the scheme.`,
  );
}

function checkIndex(t: Table, index: number, what: string): void {
  if (index >= t.columns.length) {
    throw new InputError(
      "scheme.columnRange",
      { what, column: index, width: t.columns.length },
      `${what}: column ${index} does not exist; expected an index from 0 to ${t.columns.length - 1}.`,
    );
  }
}

/** A role, or a column index checked against the table. */
function resolveIn(t: Table, ref: ColumnRef, what: string): number {
  if (typeof ref === "string") {
    const i = byRole(t, ref);
    if (i === undefined) throw missingColumn(what, ref);
    return i;
  }
  checkIndex(t, ref, what);
  return ref;
}

function customersSource(
  table: Table,
  scheme: Scheme,
  options: SourceOptions,
  dropped: Uint8Array | undefined,
): TierSource {
  const t = dropped ? blankRows(table, dropped) : table;
  const overrides = scheme.source.columns;
  const asOf = scheme.source.asOf ? asOfDate(scheme, options.today) : options.today;
  return {
    table,
    t,
    dropped,
    asOf,
    gridRows: consecutive(table.firstRow, table.rows.length),
    resolve: (ref, what) => resolveIn(t, ref, what),
    sourceColumn: (role) => {
      const i = overrides[role] ?? byRole(t, role);
      if (i !== undefined) checkIndex(t, i, `source.columns.${role}`);
      return i;
    },
  };
}

/** The as-of date recency is counted to: the scheme's, else today. */
function asOfDate(scheme: Scheme, today: Date | undefined): Date {
  const text = scheme.source.asOf;
  const asOf = text ? new Date(`${text}T00:00:00Z`) : today;
  if (!asOf || Number.isNaN(asOf.getTime())) {
    throw new InputError(
      "scheme.asOf",
      { found: String(text) },
      "source.asOf: expected the date recency is counted to (yyyy-mm-dd) for an order list, found none.",
    );
  }
  return asOf;
}

/** A column index of the order list means the aggregated column with the same role. */
function orderColumn(table: Table, t: Table, index: number, what: string): number {
  checkIndex(table, index, what);
  const role = table.columns[index].role;
  const j = byRole(t, role === "quantity" ? "value" : role);
  if (j === undefined || role === "other") {
    throw new InputError(
      "scheme.orderColumn",
      { what, column: index, header: table.columns[index].header },
      `${what}: column "${table.columns[index].header}" of an order list cannot be used per customer; use the customer, amount, date, region, rep or segment column.`,
    );
  }
  return j;
}

function ordersSource(
  table: Table,
  scheme: Scheme,
  options: SourceOptions,
  dropped: Uint8Array | undefined,
): TierSource {
  const overrides = scheme.source.columns;
  const pick = (role: "customer" | "value" | "date") => {
    const i = overrides[role] ?? byRole(table, role);
    if (i === undefined) throw missingColumn(`source.columns.${role}`, role);
    checkIndex(table, i, `source.columns.${role}`);
    return i;
  };
  const asOf = asOfDate(scheme, options.today);
  const extras = Object.fromEntries(
    (["region", "rep", "segment"] as const).map((r) => [r, byRole(table, r)]).filter(([, i]) => i !== undefined),
  );
  // Left-out lines are blanked: they aggregate to nothing, and their issues are dropped.
  const lines = dropped ? blankRows(table, dropped) : table;
  const agg = aggregateOrders(lines, {
    customer: pick("customer"),
    amount: pick("value"),
    date: pick("date"),
    asOf,
    ...extras,
    ...(options.recentDays !== undefined ? { recentDays: options.recentDays } : {}),
  });
  const t = agg.table;
  return {
    table,
    t,
    asOf,
    orderDates: { first: agg.firstDateColumn, last: agg.lastDateColumn },
    recentOrders:
      options.recentDays !== undefined ? Float64Array.from(agg.customers, (c) => c.recentOrders) : undefined,
    gridRows: Int32Array.from(agg.customers, (_, c) => agg.rowsOf(c)[0]),
    // A left-out line's cells are blanked above, not the user's mistake.
    orderIssues: dropped ? agg.issues.filter((i) => !options.excludeRows!.has(i.row)) : agg.issues,
    resolve: (ref, what) => (typeof ref === "string" ? resolveIn(t, ref, what) : orderColumn(table, t, ref, what)),
    sourceColumn: (role) => byRole(t, role),
  };
}

/** Step 1 of tierTable: the table to tier, its grid rows, and how the scheme's columns resolve in it. */
export function tierSource(table: Table, scheme: Scheme, options: SourceOptions): TierSource {
  const dropped = excludedRows(table, options.excludeRows);
  return scheme.source.kind === "orders"
    ? ordersSource(table, scheme, options, dropped)
    : customersSource(table, scheme, options, dropped);
}
