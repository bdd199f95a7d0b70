import type { CellValue, Grid } from "../cells/cell-value";

/**
 * What a column can mean to TierLadder, in the order the pane lists the roles. Guessed from header and
 * contents; the user can override it.
 */
export const COLUMN_ROLES = [
  "customer",
  "value",
  "date",
  "region",
  "rep",
  "segment",
  "stage",
  "quantity",
  "product",
  "frequency",
  "recency",
  "other",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** What a column's cells mostly hold. */
export type ColumnKind = "number" | "text" | "date" | "mixed" | "empty";

export interface ColumnInfo {
  /** 0-based index of the column in the grid. */
  readonly index: number;
  /** Header text ("Column C" style when the grid has no header row). */
  readonly header: string;
  /** The role in force (the guess, unless overridden). */
  readonly role: ColumnRole;
  /** What the engine guessed before any override. */
  readonly guessedRole: ColumnRole;
  readonly kind: ColumnKind;
}

/** Why a cell was skipped or flagged. */
export type IssueReason =
  "blank" | "text" | "boolean" | "error" | "negative" | "not-a-date" | "duplicate-customer" | "missing-customer";

export interface InputIssue {
  /** 0-based row index in the grid that was read (header included), so the host can point at the cell. */
  readonly row: number;
  /** 0-based column index in the grid. */
  readonly column: number;
  readonly header: string;
  readonly value: CellValue;
  readonly reason: IssueReason;
  /** English one-liner, e.g. `Row 7, column "Sales": "n/a" is text; expected a number.` (row = grid index + 1). */
  readonly message: string;
}

export interface InputReport {
  readonly issues: InputIssue[];
  /** Customers that appear on more than one row of a customer list (grid row indexes). */
  readonly duplicates: { readonly customer: string; readonly rows: number[] }[];
}

/** A grid understood: header detected, roles assigned, data rows kept as they were. */
export interface Table {
  readonly hasHeader: boolean;
  readonly columns: ColumnInfo[];
  /** Data rows only (header removed), exactly as read. */
  readonly rows: Grid;
  /** Grid row index of rows[0] (1 when there is a header, else 0). */
  readonly firstRow: number;
}
