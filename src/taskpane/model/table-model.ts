import { InputError } from "../../engine/errors";
import {
  aggregateOrders,
  looksLikeOrderList,
  readTable,
  type AggregatedOrders,
  type ColumnRole,
  type InputIssue,
  type JoinedHistory,
  type Table,
} from "../../engine/table";
import type { SelectionRead } from "../../host";
import type { Lang } from "../../i18n/language";
import { joinOrderHistory, type OrderHistory } from "./order-history";

export type ListKind = "customers" | "orders";

/** What the Data tab's choices make of a selection: the table the engine tiers and the customers in it. */
export interface TableDerived {
  /** The table the engine tiers: the selection as read, roles applied (order lines when listKind is "orders"), joined with its order history when one was added. */
  readonly source?: Table;
  /** The selection alone, roles applied: the Data tab's columns (set even when the join failed, so its roles can be fixed). */
  readonly selection?: Table;
  /** One row per customer: `source` itself, or the orders summed per customer. */
  readonly customers?: Table;
  readonly aggregated?: AggregatedOrders;
  /** A customer list joined with its order history: the join's report (`source` is its table). */
  readonly joined?: JoinedHistory;
  /** The order history as a table (its columns for the Data tab's choices). */
  readonly orders?: Table;
  /** Order lines left out of the sums (rows of the selection). */
  readonly orderIssues: InputIssue[];
  readonly error?: unknown;
  /** Grid rows tierTable leaves out: the selection's hidden rows while leaveOutHidden is on. */
  readonly excludeRows?: ReadonlySet<number>;
}

/** The Data tab's choices about a selection. */
export interface TableChoices {
  readonly roles: Partial<Record<number, ColumnRole>>;
  readonly listKind: ListKind;
  /** yyyy-mm-dd (an <input type="date"> value); recency counts to this day. */
  readonly asOf: string;
  /** Whether hidden and filtered-out rows of the selection are left out of tiering (on by default). */
  readonly leaveOutHidden: boolean;
  /** The order history joined to a customer list (ignored for an order list, which is its own history). */
  readonly history?: OrderHistory;
}

/** The grid rows to leave out of tiering: the read's hidden rows when asked to, else none (undefined). */
export function hiddenRowsToLeaveOut(
  read: SelectionRead | undefined,
  leaveOut: boolean,
): ReadonlySet<number> | undefined {
  return leaveOut && read && read.hiddenRows.length > 0 ? new Set(read.hiddenRows) : undefined;
}

/** Today as yyyy-mm-dd in UTC, the engine's calendar. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A new selection's list kind as readTable's roles suggest (a customer list when the grid cannot be read). */
export function detectListKind(read: SelectionRead): ListKind {
  try {
    return looksLikeOrderList(readTable(read.grid, { numberFormats: read.numberFormats })) ? "orders" : "customers";
  } catch {
    return "customers";
  }
}

/** The column that has `role` in the table (the first, as tierTable resolves a role), or undefined. */
export function columnWithRole(table: Table, role: ColumnRole): number | undefined {
  return table.columns.find((c) => c.role === role)?.index;
}

function ordersToCustomers(source: Table, asOf: string): TableDerived {
  const customer = columnWithRole(source, "customer");
  const amount = columnWithRole(source, "value");
  const date = columnWithRole(source, "date");
  if (customer === undefined || amount === undefined || date === undefined) {
    return {
      source,
      orderIssues: [],
      error: new InputError(
        "ordersColumnsMissing",
        {},
        "An order list needs a Customer, a Value (amount) and a Date column. Set their roles on the Data tab.",
      ),
    };
  }
  const aggregated = aggregateOrders(source, {
    customer,
    amount,
    date,
    asOf: new Date(`${asOf}T00:00:00Z`),
    region: columnWithRole(source, "region"),
    rep: columnWithRole(source, "rep"),
    segment: columnWithRole(source, "segment"),
  });
  return { source, customers: aggregated.table, aggregated, orderIssues: aggregated.issues };
}

/** A customer list with its order history joined: the joined table is what every method tiers. */
function withOrderHistory(customers: Table, history: OrderHistory, asOf: string, lang: Lang): TableDerived {
  let orders: Table, joined: JoinedHistory;
  try {
    ({ orders, joined } = joinOrderHistory({ customers, history, asOf, lang }));
  } catch (error) {
    return { orderIssues: [], error };
  }
  // The history's left-out lines are rows of the order sheet, listed under Order history, not with the selection's.
  return { source: joined.table, customers: joined.table, joined, orders, orderIssues: [] };
}

/**
 * From a selection to the table the engine tiers: header and roles by readTable, the user's role
 * overrides on top, and for an order list the per-customer sums (aggregateOrders) as of a date.
 */
export function deriveTable(
  read: SelectionRead | undefined,
  choices: TableChoices,
  lang: Lang = "en-US",
): TableDerived {
  const excludeRows = hiddenRowsToLeaveOut(read, choices.leaveOutHidden);
  if (!read) return { orderIssues: [], excludeRows };
  try {
    const source = readTable(read.grid, { roles: choices.roles, numberFormats: read.numberFormats });
    const derived =
      choices.listKind === "orders"
        ? ordersToCustomers(source, choices.asOf)
        : choices.history
          ? withOrderHistory(source, choices.history, choices.asOf, lang)
          : { source, customers: source, orderIssues: [] };
    return { ...derived, selection: source, excludeRows };
  } catch (error) {
    return { orderIssues: [], error, excludeRows };
  }
}
