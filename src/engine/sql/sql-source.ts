import { InputError } from "../errors";
import { dateToSerial } from "../cells";
import type { ColumnRef, Scheme } from "../scheme";
import type { Dialect } from "./dialect";
import { columnIndex, requiredRole, roleIndex } from "./sql-columns";
import { daySerialOf } from "./sql-date";
import { cellText, numberOf } from "./sql-number";
import type { SqlSource } from "./sql-types";

/** The aliases every source gives: the key shown (`key_`), the value (`v`, NULL = not a number) and the group (`g`). */
export interface SourceSql {
  /** The CTEs that read the table (one for a customer list; lines, then customers, for an order list). */
  readonly ctes: readonly { name: string; sql: string }[];
  /** The key column's SQL name, as the output names it. */
  readonly keyName: string;
}

/**
 * The table as the methods read it: one row per customer, with the columns a method asks for added as aliases
 * (x1, x2, …). A customer list is read as it is; an order list is summed per customer first (DESIGN.md "Order
 * lines"): lines whose customer is blank, whose amount is not a number or whose date is not a date are left out;
 * customers are matched trimmed and without case (the engine also folds full-width to half-width, NFKC, which
 * SQL cannot; and it shows a customer as first written, SQL as the smallest of its spellings, since a table has no
 * row order); total, order count, first and last order day (Excel serials), recency in days to scheme.source.asOf,
 * and orders in the last N days. Another column of an order list is a customer's smallest non-blank text.
 */
export class SourceContext {
  private readonly extras: string[] = [];
  /** The source columns read, each once as trimmed text (t<index>) in the first CTE. */
  private readonly texts = new Set<number>();
  private readonly orderExtras: string[] = [];
  private readonly orders: boolean;

  readonly d: Dialect;
  readonly scheme: Scheme;
  readonly source: SqlSource;
  /** Whether the method tiers within scheme.groupBy. */
  readonly grouped: boolean;
  /** An order list's window for recent orders (the behaviour method's days). */
  readonly recentDays?: number;

  constructor(o: { d: Dialect; scheme: Scheme; source: SqlSource; grouped: boolean; recentDays: number | undefined }) {
    this.d = o.d;
    this.scheme = o.scheme;
    this.source = o.source;
    this.grouped = o.grouped;
    this.recentDays = o.recentDays;
    this.orders = o.scheme.source.kind === "orders";
  }

  /** A source column's quoted name. */
  column(index: number): string {
    return this.d.ident(this.source.columns[index]);
  }

  /** The alias of a source column's trimmed text (NULL for NULL), read once in the first CTE. */
  private textOf(index: number): string {
    this.texts.add(index);
    return `t${index}`;
  }

  private alias(expr: string): string {
    const name = `x${this.extras.length + 1}`;
    this.extras.push(`${expr} AS ${name}`);
    return name;
  }

  /** An order list's column per customer: its smallest non-blank text (an alias of the lines). */
  private perCustomerText(index: number): string {
    const name = `o${this.orderExtras.length + 1}`;
    this.orderExtras.push(`${this.textOf(index)} AS ${name}`);
    return `MIN(CASE WHEN ${name} <> '' THEN ${name} END)`;
  }

  /** An order list's aggregated column for a scheme column, when it is one of the aggregation's own. */
  private aggregated(index: number | undefined, ref: ColumnRef): string | undefined {
    const s = this.scheme.source.columns;
    if (ref === "value" || (index !== undefined && index === s.value)) return "v";
    if (ref === "frequency") return "orders_";
    if (ref === "recency") return "recency_";
    if (ref === "date" || (index !== undefined && index === s.date)) return "last_";
    return undefined;
  }

  /** The alias of a scheme column's numbers (DESIGN.md "Numbers"; NULL where not a number). */
  number(ref: ColumnRef, what: string): string {
    if (this.orders) {
      const index = typeof ref === "number" ? columnIndex(this.scheme, this.source, ref, what) : undefined;
      const own = this.aggregated(index, ref);
      if (own) return own;
      return this.alias(numberOf(this.d, this.perCustomerText(columnIndex(this.scheme, this.source, ref, what))));
    }
    return this.alias(numberOf(this.d, this.textOf(columnIndex(this.scheme, this.source, ref, what))));
  }

  /** The alias of a scheme column's text, trimmed and in lower case ('' for a blank). */
  text(ref: ColumnRef, what: string): string {
    const index = columnIndex(this.scheme, this.source, ref, what);
    const t = this.orders ? this.perCustomerText(index) : this.textOf(index);
    return this.alias(`LOWER(COALESCE(${t}, ''))`);
  }

  /** The alias of a source role's numbers (recency, frequency): the order list's own, else the scheme's column. */
  role(role: "recency" | "frequency"): string {
    if (this.orders) return role === "recency" ? "recency_" : "orders_";
    return this.number(requiredRole(this.scheme, this.source, role), `source.columns.${role}`);
  }

  /** The alias of a customer list's date column as serial days, and whether its cell is blank. */
  dates(ref: ColumnRef, what: string): { serial: string; blank: string } {
    const t = this.textOf(columnIndex(this.scheme, this.source, ref, what));
    return { serial: this.alias(daySerialOf(this.d, t)), blank: this.alias(`COALESCE(${t}, '') = ''`) };
  }

  /** The alias of whether a customer list's role column is blank (NULL, or only spaces). */
  blankOf(role: "frequency"): string {
    const t = this.textOf(requiredRole(this.scheme, this.source, role));
    return this.alias(`COALESCE(${t}, '') = ''`);
  }

  /** Whether the source is an order list (first / last order days and recent orders are its own). */
  get isOrders(): boolean {
    return this.orders;
  }

  /** The as-of date as an Excel serial day (scheme.source.asOf). */
  asOfSerial(what = "source.asOf"): number {
    const text = this.scheme.source.asOf;
    if (!text) {
      throw new InputError(
        "scheme.asOf",
        { found: "none" },
        `${what}: expected the as-of date (yyyy-mm-dd) the days are counted to; SQL has no "today" of the workbook's.`,
      );
    }
    return Math.floor(dateToSerial(new Date(`${text}T00:00:00Z`)));
  }

  /** Whether the source has a value column (the scheme names one). */
  get hasValue(): boolean {
    return roleIndex(this.scheme, this.source, "value") !== undefined;
  }

  /** The CTEs reading the table, once the method has asked for its columns. */
  build(): SourceSql {
    return this.orders ? this.ordersSql() : this.customersSql();
  }

  private customersSql(): SourceSql {
    const { d, scheme, source } = this;
    const keyIndex = requiredRole(scheme, source, "customer");
    const valueIndex = roleIndex(scheme, source, "value");
    const cols = [
      "key_",
      `${valueIndex !== undefined ? numberOf(d, this.textOf(valueIndex)) : `CAST(NULL AS ${d.double})`} AS v`,
      `${this.groupOf((i) => `COALESCE(${this.textOf(i)}, '')`)} AS g`,
      ...this.extras,
    ];
    return {
      ctes: [
        this.cells(`${this.column(keyIndex)} AS key_`),
        { name: "src", sql: `SELECT\n    ${cols.join(",\n    ")}\n  FROM cells` },
      ],
      keyName: source.columns[keyIndex],
    };
  }

  /** The first CTE: the columns read, each as trimmed text once (and `first`, e.g. the key as it is). */
  private cells(first?: string): { name: string; sql: string } {
    const cols = [
      ...(first ? [first] : []),
      ...[...this.texts].map((i) => `${cellText(this.d, this.column(i))} AS t${i}`),
    ];
    return { name: "cells", sql: `SELECT\n    ${cols.join(",\n    ")}\n  FROM ${this.table()}` };
  }

  private groupOf(text: (index: number) => string): string {
    const { groupBy } = this.scheme;
    if (groupBy === undefined || !this.grouped) return "''";
    return text(columnIndex(this.scheme, this.source, groupBy, "groupBy"));
  }

  private table(): string {
    return this.source.table
      .split(".")
      .map((part) => this.d.ident(part))
      .join(".");
  }

  private ordersSql(): SourceSql {
    const { d, scheme, source } = this;
    const keyIndex = requiredRole(scheme, source, "customer");
    const amount = this.textOf(requiredRole(scheme, source, "value"));
    const date = this.textOf(requiredRole(scheme, source, "date"));
    const asOf = this.asOfSerial();
    const group = this.groupOf((i) => `COALESCE(${this.perCustomerText(i)}, '')`);
    const key = this.textOf(keyIndex);
    const lines = [
      `LOWER(${key}) AS ckey_`,
      `${key} AS name_`,
      `${numberOf(d, amount)} AS amount_`,
      `${daySerialOf(d, date)} AS day_`,
      ...this.orderExtras,
    ];
    const days = this.recentDays ?? 0;
    const customers = [
      "MIN(name_) AS key_",
      "SUM(amount_) AS v",
      "COUNT(*) AS orders_",
      "MIN(day_) AS first_",
      "MAX(day_) AS last_",
      `${asOf} - MAX(day_) AS recency_`,
      `SUM(CASE WHEN ${asOf} - day_ BETWEEN 0 AND ${days} THEN 1 ELSE 0 END) AS recent_`,
      `${group} AS g`,
      ...this.extras,
    ];
    return {
      ctes: [
        this.cells(),
        { name: "lines", sql: `SELECT\n    ${lines.join(",\n    ")}\n  FROM cells` },
        {
          name: "src",
          sql: `SELECT\n    ${customers.join(",\n    ")}\n  FROM lines\n  WHERE ckey_ <> '' AND amount_ IS NOT NULL AND day_ IS NOT NULL\n  GROUP BY ckey_`,
        },
      ],
      keyName: source.columns[keyIndex],
    };
  }
}
