import { parseNumber } from "../engine/cells/parse-number";
import type { CellValue } from "../engine/cells/cell-value";
import { readCells, type Orientation } from "./coerce-cells";
import { valueError } from "./errors";

/** A data range read as numbers (NaN where a cell is not a number), with its layout. */
export interface Vector {
  values: Float64Array;
  orientation: Orientation;
  /** How many cells hold a number. */
  numberCount: number;
}

/**
 * Reads a data range (one row or one column) the way DESIGN.md "Numbers" counts numbers: finite
 * numbers and numeric text count; blanks (null, ""), other text, booleans and Excel errors become NaN,
 * so those rows get no tier. A range with no number at all is a #VALUE! naming the argument.
 * A blank cell that Excel passes as 0 is indistinguishable from 0 and counts as 0.
 */
export function readVector(arg: unknown, name: string): Vector {
  const { cells, orientation } = readCells(arg, name);
  const values = new Float64Array(cells.length);
  let numberCount = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    // Fast path for the common case; parseNumber handles text, blanks, booleans and errors.
    const x = typeof cell === "number" ? (Number.isFinite(cell) ? cell : NaN) : parseNumber(cell as CellValue);
    values[i] = x;
    if (x === x) numberCount++;
  }
  if (numberCount === 0) throw valueError(`${name}: no numbers found in ${cells.length} cell${cells.length === 1 ? "" : "s"}.`);
  return { values, orientation, numberCount };
}
