import { useEffect, useMemo, useRef, useState } from "react";
import type { SelectionRead } from "../../host";
import { InputError } from "../../engine/errors";
import {
  aggregateOrders, looksLikeOrderList, readTable,
  type AggregatedOrders, type ColumnRole, type InputIssue, type Table,
} from "../../engine/table";

export type ListKind = "customers" | "orders";

export interface TableModel {
  /** The selection as read, roles applied (order lines when listKind is "orders"). */
  readonly source?: Table;
  /** One row per customer: `source` itself, or the orders summed per customer. */
  readonly customers?: Table;
  readonly aggregated?: AggregatedOrders;
  /** Order lines left out of the sums (rows of the selection). */
  readonly orderIssues: InputIssue[];
  readonly error?: unknown;
  readonly roles: Partial<Record<number, ColumnRole>>;
  setRole(column: number, role: ColumnRole): void;
  readonly listKind: ListKind;
  setListKind(kind: ListKind): void;
  /** yyyy-mm-dd (an <input type="date"> value); recency counts to this day. */
  readonly asOf: string;
  setAsOf(day: string): void;
  /** Whether hidden and filtered-out rows of the selection are left out of tiering (on by default). */
  readonly leaveOutHidden: boolean;
  setLeaveOutHidden(on: boolean): void;
  /** Grid rows tierTable leaves out: the selection's hidden rows while leaveOutHidden is on. */
  readonly excludeRows?: ReadonlySet<number>;
  /** The list kind (and as-of date) of a saved scheme, kept for the next selection instead of re-detecting it. */
  adopt(kind: ListKind, asOf?: string): void;
}

/** The grid rows to leave out of tiering: the read's hidden rows when asked to, else none (undefined). */
export function hiddenRowsToLeaveOut(read: SelectionRead | undefined, leaveOut: boolean): ReadonlySet<number> | undefined {
  return leaveOut && read && read.hiddenRows.length > 0 ? new Set(read.hiddenRows) : undefined;
}

/** Today as yyyy-mm-dd in UTC, the engine's calendar. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function columnWithRole(table: Table, role: ColumnRole): number | undefined {
  return table.columns.find((c) => c.role === role)?.index;
}

/**
 * From a selection to the table the engine tiers: header and roles by readTable, the user's role
 * overrides on top, and for an order list the per-customer sums (aggregateOrders) as of a date.
 * A new selection resets overrides and re-detects customer list vs order list.
 */
export function useTableModel(read: SelectionRead | undefined): TableModel {
  const [roles, setRoles] = useState<Partial<Record<number, ColumnRole>>>({});
  const [listKind, setListKind] = useState<ListKind>("customers");
  const [asOf, setAsOf] = useState(todayIso());
  const [leaveOutHidden, setLeaveOutHidden] = useState(true);
  const adopted = useRef<ListKind | undefined>(undefined);
  const excludeRows = useMemo(() => hiddenRowsToLeaveOut(read, leaveOutHidden), [read, leaveOutHidden]);

  useEffect(() => {
    setRoles({});
    if (!read) return;
    if (adopted.current) {
      setListKind(adopted.current);
      adopted.current = undefined;
      return;
    }
    try {
      setListKind(looksLikeOrderList(readTable(read.grid, { numberFormats: read.numberFormats })) ? "orders" : "customers");
    } catch {
      setListKind("customers");
    }
  }, [read]);

  const derived = useMemo(() => {
    if (!read) return { orderIssues: [] as InputIssue[] };
    try {
      const source = readTable(read.grid, { roles, numberFormats: read.numberFormats });
      if (listKind === "customers") return { source, customers: source, orderIssues: [] as InputIssue[] };
      const customer = columnWithRole(source, "customer");
      const amount = columnWithRole(source, "value");
      const date = columnWithRole(source, "date");
      if (customer === undefined || amount === undefined || date === undefined) {
        return { source, orderIssues: [] as InputIssue[], error: new InputError("ordersColumnsMissing", {}, "An order list needs a Customer, a Value (amount) and a Date column. Set their roles on the Data tab.") };
      }
      const aggregated = aggregateOrders(source, {
        customer, amount, date,
        asOf: new Date(`${asOf}T00:00:00Z`),
        region: columnWithRole(source, "region"),
        rep: columnWithRole(source, "rep"),
        segment: columnWithRole(source, "segment"),
      });
      return { source, customers: aggregated.table, aggregated, orderIssues: aggregated.issues };
    } catch (error) {
      return { orderIssues: [] as InputIssue[], error };
    }
  }, [read, roles, listKind, asOf]);

  return {
    ...derived,
    roles,
    setRole: (column, role) => setRoles((r) => ({ ...r, [column]: role })),
    listKind,
    setListKind,
    asOf,
    setAsOf,
    leaveOutHidden,
    setLeaveOutHidden,
    excludeRows,
    adopt: (kind, day) => {
      adopted.current = kind;
      setListKind(kind);
      if (day) setAsOf(day);
    },
  };
}

