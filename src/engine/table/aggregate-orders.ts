import { dateToSerial } from "../cells/excel-serial-date";
import { cellToSerial } from "../cells/cell-to-serial";
import type { CellValue, Grid } from "../cells/cell-value";
import { parseNumber } from "../cells/parse-number";
import { InputError } from "../errors";
import { badCellIssue } from "./cell-issue";
import { checkColumn } from "./check-column";
import { customerName } from "./customer-key";
import { OrderSums } from "./order-sums";
import type { ColumnInfo, ColumnRole, InputIssue, Table } from "./types";

export interface AggregateOrdersOptions {
  /** Column indexes in the order-line table. */
  readonly customer: number;
  readonly amount: number;
  readonly date: number;
  /** The day recency counts to: an Excel serial or a Date (read in UTC). */
  readonly asOf: number | Date;
  readonly region?: number;
  readonly rep?: number;
  readonly segment?: number;
  /** When given, count per customer the valid lines dated 0 to this many days before `asOf` (inclusive). */
  readonly recentDays?: number;
  /** Headers of the computed columns (English by default), so a Chinese pane can name them in Chinese. */
  readonly headers?: Partial<Record<"orders" | "firstDate" | "lastDate" | "recency", string>>;
}

/** One customer of an order list, summed over its valid order lines. */
export interface CustomerOrders {
  /** Trimmed name as first written. */
  readonly customer: string;
  /** The name as customers are matched (customerKey), so a join need not fold it again. */
  readonly key: string;
  readonly value: number;
  /** Valid order lines (amount and date both readable). */
  readonly orders: number;
  readonly firstSerial: number;
  readonly lastSerial: number;
  /** Calendar days from the last order to the as-of date (negative if the last order lies after it). */
  readonly recencyDays: number;
  /** Valid order lines dated 0 to `recentDays` days before the as-of date; 0 when `recentDays` was not given. */
  readonly recentOrders: number;
  readonly region?: CellValue;
  readonly rep?: CellValue;
  readonly segment?: CellValue;
}

export interface AggregatedOrders {
  /** One row per customer, in order of first appearance, ready for tiering like any customer list. */
  readonly table: Table;
  /** One object per customer, made when first read (a join reads `sums` instead: 100,000 objects it would throw away). */
  readonly customers: CustomerOrders[];
  /** The same figures by column, indexed like `customers` (OrderSums). */
  readonly sums: OrderSums;
  /** The as-of date as a whole Excel serial (recency counts to it). */
  readonly asOf: number;
  /**
   * Grid rows of customer `c`'s valid order lines, in sheet order: a view into one array shared by all
   * customers, made when asked (a join asks only for the customers it cannot match; 100,000 views up front
   * cost a tenth of the join in making and collecting them).
   */
  rowsOf(c: number): Int32Array;
  /** Index in `customers` of each customer key (customerKey), as the aggregation built it (a join reuses it). */
  readonly indexOfKey: ReadonlyMap<string, number>;
  /** Column indexes in `table`. */
  readonly valueColumn: number;
  readonly frequencyColumn: number;
  readonly recencyColumn: number;
  readonly customerColumn: number;
  /** The first and the last order date per customer (Excel serials). */
  readonly firstDateColumn: number;
  readonly lastDateColumn: number;
  /** Order lines left out (bad customer, amount or date), with grid rows of the order list. */
  readonly issues: InputIssue[];
}

const isBlank = (v: CellValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function asOfSerial(asOf: number | Date): number {
  const serial = asOf instanceof Date ? dateToSerial(asOf) : cellToSerial(asOf);
  if (Number.isNaN(serial)) {
    throw new InputError(
      "orders.asOf",
      { asOf: String(asOf) },
      `asOf: ${String(asOf)} is not a date; expected an Excel serial or a Date.`,
    );
  }
  return serial;
}

type Extra = "region" | "rep" | "segment";

/**
 * The order lines summed per customer key, and the lines left out. An order list repeats each customer's name
 * on many lines, so the customer of a cell text is remembered for the pass: one map look-up per line instead of
 * NFKC and a second look-up by key (issue 13: 1,048,576 lines in under 1.5 s).
 */
function sumLines(table: Table, options: AggregateOrdersOptions, extras: readonly Extra[], asOf: number) {
  const { customer, amount, date } = options;
  const byKey = new Map<string, number>();
  const byCell = new Map<CellValue, number>();
  const sums = new OrderSums();
  const issues: InputIssue[] = [];
  const recentDays = options.recentDays ?? -1;
  // The customer of each valid line (−1: left out); its rows are gathered from this after the pass, which is
  // cheaper than a growing array per customer (a million pushes cost a third of the pass in reallocation and GC).
  const owner = new Int32Array(table.rows.length).fill(-1);
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const value = parseNumber(row[amount]);
    const serial = cellToSerial(row[date]);
    let c = byCell.get(row[customer]);
    if (c === undefined) {
      const id = customerName(row[customer]);
      if (!id || Number.isNaN(value) || Number.isNaN(serial)) {
        issues.push(...lineIssues(table, options, i, { id, value, serial }));
        continue;
      }
      c = byKey.get(id.key);
      if (c === undefined) byKey.set(id.key, (c = sums.add(id, serial)));
      // Only strings and numbers: an error cell may be a fresh object each time (no use remembering it).
      if (typeof row[customer] === "string" || typeof row[customer] === "number") byCell.set(row[customer], c);
    } else if (Number.isNaN(value) || Number.isNaN(serial)) {
      issues.push(...lineIssues(table, options, i, { id: true, value, serial })); // its customer is known
      continue;
    }
    sums.value[c] += value;
    sums.orders[c]++;
    if (serial < sums.first[c]) sums.first[c] = serial;
    if (serial > sums.last[c]) sums.last[c] = serial;
    const ago = asOf - Math.floor(serial);
    if (ago >= 0 && ago <= recentDays) sums.recent[c]++;
    owner[i] = c;
  }
  return { sums, byKey, issues, owner, extras: extrasOf(table, options, extras, { owner, count: sums.count }) };
}

/** The first non-blank region, rep and segment per customer, in a pass of their own (only when asked for). */
function extrasOf(
  table: Table,
  options: AggregateOrdersOptions,
  extras: readonly Extra[],
  { owner, count }: { owner: Int32Array; count: number },
): Partial<Record<Extra, CellValue[]>> {
  const out: Partial<Record<Extra, CellValue[]>> = {};
  for (const k of extras) {
    const col = options[k]!;
    const cells: CellValue[] = new Array<CellValue>(count).fill(null);
    for (let i = 0; i < owner.length; i++) {
      const c = owner[i];
      if (c >= 0 && cells[c] === null && !isBlank(table.rows[i][col])) cells[c] = table.rows[i][col];
    }
    out[k] = cells;
  }
  return out;
}

/** Each customer's grid rows, from the owner of each line: a counting sort into one Int32Array, a view per customer on demand. */
function rowsByCustomer(owner: Int32Array, customers: number, firstRow: number): (c: number) => Int32Array {
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < owner.length; i++) if (owner[i] >= 0) start[owner[i] + 1]++;
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const all = new Int32Array(start[customers]);
  const next = start.slice(0, customers);
  for (let i = 0; i < owner.length; i++) if (owner[i] >= 0) all[next[owner[i]]++] = firstRow + i;
  return (c) => all.subarray(start[c], start[c + 1]);
}

/**
 * Order lines → customers: per customer (same trimmed name, ignoring case) the total amount, the number
 * of order lines, the first and last order date and the recency in calendar days to `asOf`, plus the
 * first non-blank region, rep and segment seen. Lines with no customer, or an amount that is not a number
 * (DESIGN.md "Numbers"), or a cell that is not a date, are reported and left out of every total.
 */
export function aggregateOrders(table: Table, options: AggregateOrdersOptions): AggregatedOrders {
  const { customer, amount, date } = options;
  checkColumn(table, customer, "options.customer");
  checkColumn(table, amount, "options.amount");
  checkColumn(table, date, "options.date");
  const extras = (["region", "rep", "segment"] as const).filter((k) => options[k] !== undefined);
  for (const k of extras) checkColumn(table, options[k]!, `options.${k}`);
  const asOf = Math.floor(asOfSerial(options.asOf));

  const { sums, byKey, issues, owner, extras: extraCells } = sumLines(table, options, extras, asOf);
  const rowsOf = rowsByCustomer(owner, sums.count, table.firstRow);

  const customerList = (): CustomerOrders[] => {
    const list: CustomerOrders[] = sums.names.map((name, c) => ({
      customer: name,
      key: sums.keys[c],
      value: sums.value[c],
      orders: sums.orders[c],
      firstSerial: sums.first[c],
      lastSerial: sums.last[c],
      recencyDays: sums.recencyDays(c, asOf),
      recentOrders: sums.recent[c],
    }));
    // Region, rep and segment only where asked for (a spread per customer would cost a tenth of the pass).
    for (const k of extras)
      list.forEach((c, i) => ((c as { -readonly [K in Extra]?: CellValue })[k] = extraCells[k]![i]));
    return list;
  };

  let customers: CustomerOrders[] | undefined;
  let customerRows: Table | undefined;
  return {
    get customers() {
      return (customers ??= customerList());
    },
    // Built when first read: a join reads only `sums` (100,000 rows of cells it would throw away).
    get table() {
      return (customerRows ??= customerTable(table, options, extras, this.customers));
    },
    sums,
    asOf,
    rowsOf,
    indexOfKey: byKey,
    customerColumn: 0,
    valueColumn: 1,
    frequencyColumn: 2,
    recencyColumn: 5,
    firstDateColumn: 3,
    lastDateColumn: 4,
    issues,
  };
}

/** What is wrong with order line `i` (its customer, amount and date as read): no customer, an amount that is not a number, a date that is not one. */
function lineIssues(
  table: Table,
  options: AggregateOrdersOptions,
  i: number,
  read: { id: unknown; value: number; serial: number },
): InputIssue[] {
  const { customer, amount, date } = options;
  const row = table.rows[i];
  const at = (column: number) => ({
    row: table.firstRow + i,
    column,
    header: table.columns[column].header,
    value: row[column],
  });
  const issues: InputIssue[] = [];
  if (!read.id) issues.push({ ...badCellIssue(at(customer), "a customer name"), reason: "missing-customer" });
  if (Number.isNaN(read.value)) issues.push(badCellIssue(at(amount), "a number"));
  if (Number.isNaN(read.serial)) issues.push(badCellIssue(at(date), "a date", "not-a-date"));
  return issues;
}

/**
 * The customers as a table the tiering reads: customer, total amount (the source headers), orders, first and
 * last order date, days since the last order, then the region, rep and segment columns asked for.
 */
function customerTable(
  table: Table,
  options: AggregateOrdersOptions,
  extras: readonly ("region" | "rep" | "segment")[],
  customers: readonly CustomerOrders[],
): Table {
  const { customer, amount } = options;
  const h = options.headers ?? {};
  const specs: {
    header: string;
    role: ColumnRole;
    kind: ColumnInfo["kind"];
    cell: (c: CustomerOrders) => CellValue;
  }[] = [
    { header: table.columns[customer].header, role: "customer", kind: "text", cell: (c) => c.customer },
    { header: table.columns[amount].header, role: "value", kind: "number", cell: (c) => c.value },
    { header: h.orders ?? "Orders", role: "frequency", kind: "number", cell: (c) => c.orders },
    { header: h.firstDate ?? "First order date", role: "other", kind: "date", cell: (c) => c.firstSerial },
    { header: h.lastDate ?? "Last order date", role: "date", kind: "date", cell: (c) => c.lastSerial },
    { header: h.recency ?? "Days since last order", role: "recency", kind: "number", cell: (c) => c.recencyDays },
    ...extras.map((k) => ({
      header: table.columns[options[k]!].header,
      role: k as ColumnRole,
      kind: "text" as const,
      cell: (c: CustomerOrders) => c[k] ?? null,
    })),
  ];
  const columns: ColumnInfo[] = specs.map((s, index) => ({
    index,
    header: s.header,
    role: s.role,
    guessedRole: s.role,
    kind: s.kind,
  }));
  const rows: Grid = customers.map((c) => specs.map((s) => s.cell(c)));
  return { hasHeader: true, columns, rows, firstRow: 1 };
}
