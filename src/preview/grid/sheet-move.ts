import type { Rect } from "../../engine/cells";
import type { Axis } from "./axis";
import { type CellPos, keyboardMove } from "./keyboard-move";
import { mergeAt } from "./merged-areas";

/** What moving over a sheet needs from its geometry (sheet-geometry.ts). */
export interface MoveGrid {
  readonly rows: Axis;
  readonly columns: Axis;
  readonly merges: readonly Rect[];
}

/** The shown index nearest i, looking in direction `step` first; `fallback` when every one is hidden. */
function shownNear(axis: Axis, i: number, step: 1 | -1, fallback: number): number {
  return axis.nextShown(i, step) ?? axis.nextShown(i, step === 1 ? -1 : 1) ?? fallback;
}

/**
 * Where a key takes the active cell on a sheet laid out as in Excel: an arrow steps over a merged area as over
 * one cell (from its far edge) and over hidden rows and columns, which Excel never lands on; at the sheet's edge
 * the cell stays. PageUp/PageDown, Home and End move as keyboardMove says, then to the nearest shown cell.
 * Undefined for keys that do not move the cell.
 */
export function sheetMove(from: CellPos, key: string, grid: MoveGrid, page = 20): CellPos | undefined {
  const { rows, columns } = grid;
  const unit = mergeAt(grid.merges, from.row, from.column) ?? { ...from, rowCount: 1, columnCount: 1 };
  const stay = (i: number | undefined, current: number) => i ?? current;
  switch (key) {
    case "ArrowDown":
      return { row: stay(rows.nextShown(unit.row + unit.rowCount, 1), from.row), column: from.column };
    case "ArrowUp":
      return { row: stay(rows.nextShown(unit.row - 1, -1), from.row), column: from.column };
    case "ArrowRight":
      return { row: from.row, column: stay(columns.nextShown(unit.column + unit.columnCount, 1), from.column) };
    case "ArrowLeft":
      return { row: from.row, column: stay(columns.nextShown(unit.column - 1, -1), from.column) };
  }
  const to = keyboardMove(from, key, { rows: rows.count, columns: columns.count }, page);
  if (!to) return undefined;
  const rowStep = to.row < from.row ? -1 : 1;
  const columnStep = key === "End" ? -1 : 1;
  return {
    row: shownNear(rows, to.row, rowStep, from.row),
    column: shownNear(columns, to.column, columnStep, from.column),
  };
}
