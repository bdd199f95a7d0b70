import type { Rect } from "./a1";
import type { XlRange } from "./xl-types";

/**
 * The Range properties that place a range on its sheet: load them, then read the rectangle with rectOf
 * (Range.rowIndex/columnIndex/rowCount/columnCount, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.range).
 */
export const GEOMETRY = "address,rowIndex,columnIndex,rowCount,columnCount";

/** The rectangle of a range loaded with GEOMETRY. */
export function rectOf(r: XlRange): Rect {
  return { row: r.rowIndex, column: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };
}
