import { HEADER_HEIGHT, ROW_HEADER_WIDTH } from "./grid-sizes";
import type { CellPos } from "./keyboard-move";
import type { SheetGeometry } from "./sheet-geometry";

/** One direction of the scrolling box: where it is scrolled to, its size, and how much of it at the start is
 * covered by the headers and the frozen panes. */
interface ViewSpan {
  readonly scroll: number;
  readonly size: number;
  readonly covered: number;
}

/** The scroll position that brings [start, end) into view, showing its start first; the same when in view. */
function scrollTo(view: ViewSpan, start: number, end: number): number {
  if (start < view.scroll + view.covered) return start - view.covered;
  if (end > view.scroll + view.size) return Math.min(start - view.covered, end - view.size);
  return view.scroll;
}

/**
 * Where the grid must scroll so the active cell is in view below the column letters and the frozen rows, and
 * right of the row numbers and the frozen columns; a frozen row or column is always in view.
 */
export function scrollForCell(
  geometry: SheetGeometry,
  cell: CellPos,
  view: { top: number; left: number; height: number; width: number },
): { top: number; left: number } {
  const { rows, columns, frozenRows, frozenColumns } = geometry;
  const vertical = { scroll: view.top, size: view.height, covered: HEADER_HEIGHT + rows.offset(frozenRows) };
  const horizontal = { scroll: view.left, size: view.width, covered: ROW_HEADER_WIDTH + columns.offset(frozenColumns) };
  return {
    top:
      cell.row < frozenRows
        ? view.top
        : scrollTo(vertical, HEADER_HEIGHT + rows.offset(cell.row), HEADER_HEIGHT + rows.offset(cell.row + 1)),
    left:
      cell.column < frozenColumns
        ? view.left
        : scrollTo(
            horizontal,
            ROW_HEADER_WIDTH + columns.offset(cell.column),
            ROW_HEADER_WIDTH + columns.offset(cell.column + 1),
          ),
  };
}
