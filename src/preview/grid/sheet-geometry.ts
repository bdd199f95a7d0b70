import type { Rect } from "../../engine/cells";
import { Axis } from "./axis";
import { axisRuns } from "./axis-runs";
import type { SheetLayout } from "./sheet-layout";

/** CSS pixels per point: a CSS pixel is 1/96 inch, a point 1/72 inch (CSS Values and Units, §6.2). */
export const PX_PER_POINT = 96 / 72;

/** Where the grid draws a sheet's rows and columns, which are merged, and how many are frozen. */
export interface SheetGeometry {
  readonly rows: Axis;
  readonly columns: Axis;
  readonly merges: readonly Rect[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

/**
 * The grid's geometry for a sheet of `rowCount` × `columnCount` cells: its rows at their own heights and its
 * columns at their widths (points × 96/72 px), others at the grid's defaults, hidden ones 0 px wide. Whole
 * pixels, so cell borders fall on pixels.
 */
export function sheetGeometry(
  layout: SheetLayout,
  size: { rowCount: number; columnCount: number; rowHeight: number; columnWidth: number },
): SheetGeometry {
  const px = (points: number) => Math.round(points * PX_PER_POINT);
  const heights = layout.rowHeights.map((r) => ({ from: r.from, count: r.count, size: px(r.height) }));
  const widths = [...layout.columnWidths].map(([column, width]) => ({ from: column, count: 1, size: px(width) }));
  return {
    rows: new Axis(axisRuns(heights, layout.hiddenRows), size.rowCount, size.rowHeight),
    columns: new Axis(axisRuns(widths, layout.hiddenColumns), size.columnCount, size.columnWidth),
    merges: layout.mergedAreas,
    frozenRows: Math.min(layout.frozenRows, size.rowCount),
    frozenColumns: Math.min(layout.frozenColumns, size.columnCount),
  };
}
