/**
 * A WorkbookPlan is TierLadder's output described as pure data: which sheets and columns to write,
 * with which values, number formats, tables, validations, conditional fills and charts. The engine
 * builds plans; src/host/excel applies them (on real Excel, or on the fake Excel in tests and the
 * preview). Nothing here knows about the Office JavaScript API.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, column 0 = column A) and, inside a sheet plan,
 * relative to the sheet's top-left cell.
 */
import type { Rect } from "../cells";

export type PlanLang = "en-US" | "zh-CN";

/** A cell value to write. null leaves the cell blank. Strings are written as text, never as formulas. */
export type PlanValue = string | number | boolean | null;

/** A block of cells. Row 0 .. headerRows-1 are headers (bold, filled with headerFill). */
export interface PlanCellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: PlanValue[][];
  /** Number format per column (Excel format codes: "0.0%", "yyyy-mm-dd", "#,##0"); undefined = General. */
  readonly columnFormats?: readonly (string | undefined)[];
  readonly headerRows?: number;
  readonly headerFill?: string;
  /** For the apply report: "tier summary", "workload per owner". */
  readonly what: string;
}

/** An Excel table (ListObject) with a header row. Its header is row `row`, data from row + 1. */
export interface PlanTable {
  /** Preferred name; the host makes it unique in the workbook. */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  readonly rows: PlanValue[][];
  readonly columnFormats?: readonly (string | undefined)[];
  readonly what: string;
  /**
   * Set on tables the user works in (the task list): when TierLadder refreshes its sheet, the rows the
   * user edited keep their Status and Notes, and nothing they typed is dropped (see carryOverTable).
   */
  readonly carryOver?: PlanCarryOver;
}

/** How a refreshed table keeps what the user typed into the previous one (see carryOverTable). */
export interface PlanCarryOver {
  /** Columns (indexes into headers) that together identify a row across runs, e.g. customer, task, due date. */
  readonly keyColumns: readonly number[];
  /** Columns the user fills in (Status, Notes): a new row with the same key takes their previous values. */
  readonly userColumns: readonly number[];
  /** Header of the last column marking rows kept from the previous table: [0] is written; all are recognised (every language). */
  readonly keptHeaders: readonly string[];
  /** What that column says on a kept row. */
  readonly keptMark: string;
  /** Previous user values to translate (a status written in the other language → this language's). */
  readonly translate?: Readonly<Record<string, string>>;
}

/** A list data validation (in-cell drop-down), ExcelApi 1.8. */
export interface PlanListValidation {
  readonly range: Rect;
  readonly list: readonly string[];
}

/** Conditional fills: a cell whose value equals `equals` gets fill colour `fill` (ExcelApi 1.6). */
export interface PlanConditionalFills {
  readonly range: Rect;
  readonly rules: readonly { readonly equals: string; readonly fill: string }[];
}

/**
 * A native chart. kind:
 * - "pareto": Excel's Pareto chart (ExcelApi 1.9); fallback "columnLine" using `series[1]` (cumulative share).
 * - "columnLine": clustered columns for series[0] and a line on the secondary axis for series[1].
 * - "funnel": Excel's funnel chart (ExcelApi 1.9); fallback "bar".
 * - "bar": clustered bars.
 */
export type PlanChartKind = "pareto" | "columnLine" | "funnel" | "bar";

export interface PlanChartSeries {
  readonly name: string;
  /** One column of values (no header). */
  readonly values: Rect;
}

export interface PlanChart {
  readonly kind: PlanChartKind;
  readonly title: string;
  /** One column of category labels (no header). */
  readonly categories: Rect;
  readonly series: readonly PlanChartSeries[];
  /** Where the chart sits (top-left and bottom-right cells). */
  readonly position: Rect;
  /** Show each point's value on the chart (a cosmetic step: left out with a warning where unsupported). */
  readonly dataLabels?: boolean;
  /** Axis titles (cosmetic, as dataLabels). */
  readonly axisTitles?: { readonly category: string; readonly value: string };
  /** Number format of the value axis' tick labels (cosmetic, ExcelApi 1.8); undefined: Excel's own. */
  readonly valueAxisFormat?: string;
  /** Number format of the data labels (cosmetic, ExcelApi 1.8), only where every series is in the same unit. */
  readonly dataLabelFormat?: string;
}

/**
 * How a sheet prints: the print area and "fit to N pages wide" (as many pages tall as needed). A cosmetic
 * step: applied after the data, left out with a warning where the host cannot (ExcelApi 1.9 page layout).
 */
export interface PlanPrint {
  readonly area: Rect;
  readonly fitToPagesWide: number;
  /** Pages tall; unset leaves Excel's setting. */
  readonly fitToPagesTall?: number;
  readonly landscape?: boolean;
}

/** A sheet TierLadder owns: created on the first run, refreshed (cleared and rewritten) on later runs. */
export interface PlanSheet {
  /** Output tag ("summary", "tasks", "funnel", "movement"): a re-run refreshes the sheet with this tag. */
  readonly key: string;
  /** Preferred name; "TierLadder Summary (2)" when a user sheet already has it. */
  readonly name: string;
  readonly blocks: readonly PlanCellBlock[];
  readonly tables: readonly PlanTable[];
  readonly validations: readonly PlanListValidation[];
  readonly conditionalFills: readonly PlanConditionalFills[];
  readonly charts: readonly PlanChart[];
  /** Column widths in points, for columns that should not be autofitted. */
  readonly columnWidths?: readonly { readonly column: number; readonly width: number }[];
  /** Autofit the columns of every block and table. */
  readonly autofit: boolean;
  /** Rows frozen at the top (0 = none). */
  readonly freezeRows: number;
  /** Print settings (the summary is a one-page-wide report). */
  readonly print?: PlanPrint;
}

/** The rectangle holding every block, table and chart of a sheet plan (for its print area). */
export function sheetBounds(sheet: Pick<PlanSheet, "blocks" | "tables" | "charts">): Rect {
  const rects: Rect[] = [
    ...sheet.blocks.map((b) => ({
      row: b.row,
      column: b.column,
      rowCount: b.values.length,
      columnCount: b.values.reduce((w, r) => Math.max(w, r.length), 0),
    })),
    ...sheet.tables.map((t) => ({
      row: t.row,
      column: t.column,
      rowCount: t.rows.length + 1,
      columnCount: t.headers.length,
    })),
    ...sheet.charts.map((c) => c.position),
  ].filter((r) => r.rowCount > 0 && r.columnCount > 0);
  if (rects.length === 0) return { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  const row = rects.reduce((m, r) => Math.min(m, r.row), Infinity),
    column = rects.reduce((m, r) => Math.min(m, r.column), Infinity);
  const bottom = rects.reduce((m, r) => Math.max(m, r.row + r.rowCount), 0),
    right = rects.reduce((m, r) => Math.max(m, r.column + r.columnCount), 0);
  return { row, column, rowCount: bottom - row, columnCount: right - column };
}

/**
 * Columns written beside the user's data (Tier, Score, Rank, Why). When `tableName` is set the data is an
 * Excel table and the columns become new table columns; otherwise they go to `firstColumn` or, when that
 * is occupied and `findEmptyToRight`, to the first empty columns to the right. A re-run refreshes the
 * block TierLadder wrote last time for the same sheet and header row.
 */
export interface PlanColumns {
  readonly key: string;
  readonly sheet: string;
  readonly tableName?: string;
  /** Row of the header (0-based on the sheet); data rows follow it directly. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** One row per data row, aligned with the sheet rows headerRow+1 … */
  readonly rows: PlanValue[][];
  readonly columnFormats?: readonly (string | undefined)[];
  readonly headerFill?: string;
  /** Conditional fills on one of the new columns (index into headers). */
  readonly conditionalFills?: {
    readonly column: number;
    readonly rules: readonly { readonly equals: string; readonly fill: string }[];
  };
  /** The user agreed to overwrite non-empty cells in the target block. */
  readonly overwrite?: boolean;
  readonly findEmptyToRight?: boolean;
  readonly what: string;
}

/** A value stored in the workbook's settings (JSON-serialisable). */
export interface PlanSetting {
  readonly key: string;
  readonly value: unknown;
}

export interface WorkbookPlan {
  readonly lang: PlanLang;
  readonly sheets: readonly PlanSheet[];
  readonly columns: readonly PlanColumns[];
  readonly settings: readonly PlanSetting[];
  /** Sheet to show when done (a sheet key or a user sheet name). */
  readonly activate?: string;
}

/** Joins plans (e.g. tier columns + summary sheet) into one, applied in one go. */
export function mergePlans(...plans: WorkbookPlan[]): WorkbookPlan {
  if (plans.length === 0) throw new Error("mergePlans needs at least one plan");
  return {
    lang: plans[0].lang,
    sheets: plans.flatMap((p) => p.sheets),
    columns: plans.flatMap((p) => p.columns),
    settings: plans.flatMap((p) => p.settings),
    activate: plans.map((p) => p.activate).find((a) => a !== undefined),
  };
}
