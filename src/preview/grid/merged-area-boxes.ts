import type { Rect } from "../../engine/cells";
import { ROW_HEADER_WIDTH } from "./grid-sizes";
import type { SheetGeometry } from "./sheet-geometry";

/** Where a cell is drawn in its row's part, in pixels; a merged area spans rows and columns. */
export interface CellBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** One drawing of a merged area: in which part of the row, where, and whether it is a second drawing of it. */
export interface MergedAreaBox {
  readonly part: "frozen" | "body";
  readonly box: CellBox;
  /** A pane's own drawing of an area another pane draws too (across the frozen line), left out of the hooks. */
  readonly copy: boolean;
}

/**
 * Where row `row` draws merged area `m` (the first rendered row it covers): one cell over all its rows and
 * columns, hidden ones taking no room. An area across a frozen line is drawn in each pane, as Excel draws it:
 * the frozen pane's drawing cut at the line, the scrolling pane's drawing whole, its part under the frozen pane
 * covered by it. None for an area whose rows or columns are all hidden.
 */
export function mergedAreaBoxes(m: Rect, row: number, g: SheetGeometry, inFrozenRows: boolean): MergedAreaBox[] {
  const { rows, columns, frozenRows, frozenColumns } = g;
  const top = rows.offset(m.row) - rows.offset(row);
  const bottom = rows.offset(m.row + m.rowCount);
  const height = (inFrozenRows ? Math.min(bottom, rows.offset(frozenRows)) : bottom) - rows.offset(m.row);
  const start = columns.offset(m.column);
  const end = columns.offset(m.column + m.columnCount);
  const line = columns.offset(frozenColumns);
  if (end === start || height <= 0) return [];
  const rowCopy = !inFrozenRows && m.row < frozenRows;
  const body = { part: "body" as const, box: { left: start - line, top, width: end - start, height } };
  if (m.column >= frozenColumns) return [{ ...body, copy: rowCopy }];
  const frozen = { left: ROW_HEADER_WIDTH + start, top, width: Math.min(end, line) - start, height };
  return end > line
    ? [
        { part: "frozen", box: frozen, copy: rowCopy },
        { ...body, copy: true },
      ]
    : [{ part: "frozen", box: frozen, copy: rowCopy }];
}
