import { InputError } from "../../engine/errors";
import type { Scheme } from "../../engine/scheme";
import { joinHistory, readTable, type HistoryColumn, type JoinedHistory, type Table } from "../../engine/table";
import type { SelectionRead } from "../../host";
import { catalogFor } from "../../i18n/catalogs";
import type { Lang } from "../../i18n/language";

/** The order history's own choices: which of its columns hold the customer, the amount and the date. */
export interface HistoryColumns {
  readonly customer?: number;
  readonly amount?: number;
  readonly date?: number;
}

/** The order history as the Data tab holds it: the second selection and what the user chose about it. */
export interface OrderHistory {
  readonly read: SelectionRead;
  /** Overrides of the order list's guessed customer, value and date columns. */
  readonly columns: HistoryColumns;
  /** Add customers found only in the orders to the customer list (off: they are only listed). */
  readonly addUnmatched: boolean;
}

export type SchemeHistory = NonNullable<Scheme["source"]["history"]>;

/** The order list of a history selection, its header and guessed roles read as any selection's. */
export function historyTable(read: SelectionRead): Table {
  return readTable(read.grid, { numberFormats: read.numberFormats });
}

/** The order list's customer, amount and date columns: the user's choice, else the guessed role. */
export function historyColumnsOf(orders: Table, chosen: HistoryColumns): HistoryColumns {
  const guessed = (role: "customer" | "value" | "date") => orders.columns.find((c) => c.role === role)?.index;
  return {
    customer: chosen.customer ?? guessed("customer"),
    amount: chosen.amount ?? guessed("value"),
    date: chosen.date ?? guessed("date"),
  };
}

/** The joined columns' headers in the pane's language (the Tiers tab lists them by these names). */
function historyHeaders(lang: Lang, recentDays: number): Record<HistoryColumn, string> {
  const h = catalogFor(lang).data.history.columns;
  return { ...h, recentOrders: h.recentOrders.replace("{{days}}", String(recentDays)) };
}

export interface JoinRequest {
  /** The customer list, roles applied. */
  readonly customers: Table;
  readonly history: OrderHistory;
  /** yyyy-mm-dd: recency and recent orders count to this day. */
  readonly asOf: string;
  readonly lang: Lang;
  /** "Orders in the last N days" (default 90). */
  readonly recentDays?: number;
}

/**
 * The customer list joined with its order history (engine joinHistory): each customer gains total value, orders,
 * first and last order date, days since the last order, average order value and recent orders. Throws an
 * InputError naming what is missing when a column cannot be found.
 */
export function joinOrderHistory({ customers, history, asOf, lang, recentDays = 90 }: JoinRequest): {
  orders: Table;
  joined: JoinedHistory;
} {
  const orders = historyTable(history.read);
  const { customer, amount, date } = historyColumnsOf(orders, history.columns);
  if (customer === undefined || amount === undefined || date === undefined) {
    throw new InputError(
      "historyColumnsMissing",
      { address: history.read.address },
      `The order history (${history.read.address}) needs a Customer, an Amount and a Date column. Choose them under Order history on the Data tab.`,
    );
  }
  const key = customers.columns.find((c) => c.role === "customer")?.index;
  if (key === undefined) {
    throw new InputError(
      "historyNoCustomerColumn",
      {},
      "Orders are matched to customers by name: give one column of the customer list the role Customer on the Data tab.",
    );
  }
  const joined = joinHistory(customers, orders, {
    customerKey: key,
    orders: { customer, amount, date, asOf: new Date(`${asOf}T00:00:00Z`) },
    recentDays,
    addUnmatched: history.addUnmatched,
    headers: historyHeaders(lang, recentDays),
  });
  return { orders, joined };
}

/** What a scheme remembers of the order history, so Re-run can read it again and join it the same way. */
export function schemeHistory(history: OrderHistory): SchemeHistory {
  const { sheet, address, tableName } = history.read;
  return {
    sheet,
    address,
    ...(tableName ? { tableName } : {}),
    columns: { ...history.columns },
    ...(history.addUnmatched ? { addUnmatched: true } : {}),
  };
}

/** The order history a re-run reads, with the choices the scheme saved. */
export function historyOfScheme(saved: SchemeHistory, read: SelectionRead): OrderHistory {
  return { read, columns: saved.columns, addUnmatched: saved.addUnmatched === true };
}

/**
 * A scheme made on the joined table carries the history (where and how to join it) and the as-of date the
 * history's days are counted to; without a history the scheme is unchanged.
 */
export function withHistory(scheme: Scheme | undefined, history: OrderHistory | undefined, asOf: string) {
  if (!scheme || !history) return scheme;
  return { ...scheme, source: { ...scheme.source, asOf, history: schemeHistory(history) } };
}
