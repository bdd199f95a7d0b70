import type { Rect } from "../../engine/cells";

/**
 * A sheet's layout as Excel draws it (an opened file's, kept by the fake Excel): sizes in points, as Office.js
 * gives them (Range.format.rowHeight and columnWidth are in points), indices 0-based.
 */
export interface SheetLayout {
  /** Rows `from` … `from + count - 1` of a height set by hand, in points; in row order. */
  readonly rowHeights: readonly { readonly from: number; readonly count: number; readonly height: number }[];
  readonly hiddenRows: Iterable<number>;
  /** Column → width in points, for the columns given one. */
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly hiddenColumns: Iterable<number>;
  readonly mergedAreas: readonly Rect[];
  /** Top rows and left columns that stay in place while the sheet scrolls (frozen panes). */
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

/** A sheet with nothing set: every row and column of the default size, shown, none merged or frozen. */
export const PLAIN_LAYOUT: SheetLayout = {
  rowHeights: [],
  hiddenRows: [],
  columnWidths: new Map(),
  hiddenColumns: [],
  mergedAreas: [],
  frozenRows: 0,
  frozenColumns: 0,
};
