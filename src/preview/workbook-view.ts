import type { CellValue } from "../engine/cells";
import type { SheetRect } from "./grid/a1-address";
import type { SheetLayout } from "./grid/sheet-layout";

/** A chart as the preview draws it: its spec from the plan with the source cells already read. */
export interface PreviewChart {
  /** "pareto" | "columnLine" | "funnel" | "bar" (engine/plans PlanChartKind), or what the host fell back to. */
  readonly kind: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

/** One sheet of the in-memory workbook, read-only. */
export interface PreviewSheet {
  readonly name: string;
  /** Rows and columns of the used range, counted from A1. */
  readonly rowCount: number;
  readonly columnCount: number;
  value(row: number, column: number): CellValue;
  numberFormat(row: number, column: number): string | undefined;
  /** Bold and fill (from formats and "equal to" conditional fills), when the view knows them. */
  style?(row: number, column: number): { bold?: boolean; fill?: string };
  /** Merged cells, rows' heights, columns' widths, hidden rows and columns, frozen panes; none when absent. */
  readonly layout?: SheetLayout;
  charts(): readonly PreviewChart[];
}

/**
 * What the preview grid needs from the in-memory workbook (the fake Excel, a test double): read the
 * sheets, follow changes, and move the selection the way a user clicking in Excel would, so the host's
 * readSelection sees it. The adapter over src/host/fake-excel lives in fake-workbook-view.ts.
 */
export interface PreviewWorkbookView {
  /** The sheets shown as tabs, in order (hidden ones left out, as in Excel). */
  sheetNames(): readonly string[];
  sheet(name: string): PreviewSheet | undefined;
  activeSheet(): string;
  activate(sheet: string): void;
  selection(): SheetRect;
  select(rect: SheetRect): void;
  /** Calls back after every change (writes, new sheets, selection); returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Grows on every change, so React can re-render with useSyncExternalStore. */
  version(): number;
}
