import type { z } from "zod";
import type { CellValue } from "../../cells";
import type { DateColumn, InputIssue, NumericColumn } from "../../table";
import type { RowGroups } from "../group-rows";
import type { MethodDetails, Note, TierResult } from "../tier-result";
import type { ColumnRef } from "./column-ref";
import type { MethodForm } from "./method-form";

/** The options every method's schema has: its kind, the scheme's `method.kind`. */
export interface MethodOptions {
  readonly kind: string;
}

/** Where a scheme-level check puts its message: a path in the scheme and the text. */
export type SchemeIssue = (path: readonly (string | number)[], message: string) => void;

/** What tierTable gives a method: the tiered table's columns, its groups and the scheme's tiers. */
export interface MethodContext {
  /** Rows of the tiered table (customers). */
  readonly n: number;
  /** Grid row of the tiered table's first row: an input issue's `row` minus this is its row in the table. */
  readonly firstRow: number;
  /** The scheme's tier labels. */
  readonly labels: readonly string[];
  /** The scheme's tier shares as written (percent or fractions). */
  readonly shares: readonly number[];
  /** The value column per row (NaN where not a number or there is none). */
  readonly value: Float64Array;
  /** The row groups when the scheme groups and the method tiers within groups. */
  readonly groups: RowGroups | undefined;
  /** A column's numbers (NaN where not a number); the cells that are not are added to the input report. */
  numbers(column: number): Float64Array;
  /** A column of the scheme (index or role) → its index in the tiered table; throws naming `what` when none fits. */
  resolve(ref: ColumnRef, what: string): number;
  /** A source column by role (the scheme's override, else the table's role); throws when there is none. */
  sourceColumn(role: "recency" | "frequency"): number;
  /** A column's dates as Excel serials with the issues of its cells; the method reports those that matter (report). */
  dates(column: number): DateColumn;
  /** A column's numbers with the issues of its cells, none reported yet; the method reports those that matter (report). */
  numberColumn(column: number): NumericColumn;
  /**
   * An order list's orders per customer dated 0 to `recentDays` days before the as-of date (the method's
   * TieringMethod.recentDays); undefined for a customer list, whose counts are a column of its own.
   */
  recentOrders(): Float64Array | undefined;
  /** Adds issues to the input report. */
  report(issues: readonly InputIssue[]): void;
  /** The as-of date as an Excel serial day: the scheme's `source.asOf`, else today; throws when there is neither. */
  asOfSerial(): number;
  /**
   * The first or last order date column: an order list's aggregated one, else the column `ref` names
   * (the last date defaults to the column with the role "date"); throws naming `what` when there is none.
   */
  orderDateColumn(which: "first" | "last", ref: ColumnRef | undefined, what: string): number;
  /** The header of one column of the tiered table. */
  header(column: number): string;
  /** The cells of one column of the tiered table, per row. */
  cells(column: number): CellValue[];
  /** Something the user should know about the outcome. */
  note(note: Note): void;
}

interface MethodRunBase {
  /** The score rows are ranked by, when the method makes one (else they rank by value). */
  readonly score?: Float64Array;
  readonly rfm?: TierResult["rfm"];
  /** Tier names when the method fixes them (e.g. RFM segments), in English. */
  readonly labels?: string[];
  /** What the explanation needs about how the tiers were cut (kind is added by tierTable). */
  readonly details: Omit<MethodDetails, "kind">;
}

/**
 * A method's outcome: the tier per row, or the cumulative shares to cut at by rank, which tierTable
 * does from the ranks its statistics step works out anyway (no second sort of the same column).
 */
export type MethodRun = MethodRunBase & ({ readonly tier: Int32Array } | { readonly rankShare: Float64Array });

/** One translatable part of an explanation, with its English text. */
export interface Because {
  readonly key: string;
  readonly params: Record<string, string | number>;
  /** English, after "tier X because ". */
  readonly text: string;
}

/** A method's part of a row's explanation: figures of its own, then why the row got its tier. */
export interface MethodExplanation {
  readonly parts?: Note[];
  readonly because?: Because;
}

/**
 * One tiering method (DESIGN.md "Tiering methods"), everything about it in one place: its options
 * (a zod schema, part of the scheme's), the scheme-level checks, what it reads, how it tiers one
 * table, how it explains one row, and how the pane shows its settings (data, not code).
 * Register it in registry.ts.
 */
export interface TieringMethod<O extends MethodOptions> {
  readonly kind: O["kind"];
  /** Its options in the scheme (`method`): a z.object with `kind: z.literal(kind)`. */
  readonly schema: z.ZodType<O>;
  /** Whether the scheme's `tiers.shares` must give one share per tier. */
  needsShares(options: O): boolean;
  /** Checks that need the tier count `k` (the schema alone cannot see it). */
  check?(options: O, k: number, issue: SchemeIssue): void;
  /** Whether it reads the source's value column (tierTable then requires one). */
  readonly needsValue: boolean;
  /** Whether it tiers within the scheme's groups (false: groupBy does not apply). */
  readonly grouped: boolean;
  /** The window in days an order list's "orders in the last N days" are counted over, when the method reads them. */
  recentDays?(options: O): number | undefined;
  /** Tiers the table. */
  run(options: O, ctx: MethodContext): MethodRun;
  /** Its part of explainRow for a row that has a tier. */
  explain(result: TierResult, row: number): MethodExplanation;
  /** Its tier names in a language, when it fixes them (they follow the pane's language). */
  labelNames?(details: MethodDetails, lang: "en-US" | "zh-CN"): readonly string[] | undefined;
  /** Its settings in the pane. */
  readonly form: MethodForm<O>;
}
