import { valueError } from "./errors";
import { checkRangeSize, MAX_RANGE_CELLS } from "./size-limit";

/** How a one-dimensional range was laid out: a column in gives a column out, a row in a row out. */
export type Orientation = "column" | "row";

/** A range argument read as a flat list of cells, with the layout it came in. */
export interface Cells {
  cells: unknown[];
  orientation: Orientation;
}

/**
 * Reads a range argument that must be one row or one column (or a single cell). Excel passes a range
 * as a 2-D array, row-major; a scalar is accepted as a single cell so a literal (`=TIER.STAGES(3, 0.5)`)
 * works too. A block of several rows and columns is a #VALUE! naming the argument and its size, and
 * so is a range past MAX_RANGE_CELLS (size-limit.ts).
 */
export function readCells(arg: unknown, name: string, maxCells = MAX_RANGE_CELLS): Cells {
  if (!Array.isArray(arg)) return { cells: [arg], orientation: "column" };
  const rows = arg.map((row) => (Array.isArray(row) ? row : [row]));
  if (rows.length === 0 || rows[0].length === 0)
    throw valueError(`${name}: the range is empty; expected one row or one column of cells.`);
  const width = rows[0].length;
  checkRangeSize(rows.length * width, name, maxCells);
  if (rows.length === 1) return { cells: rows[0].slice(), orientation: width > 1 ? "row" : "column" };
  if (width !== 1)
    throw valueError(`${name}: expected one row or one column, found ${rows.length} rows × ${width} columns.`);
  const cells = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) cells[i] = rows[i][0];
  return { cells, orientation: "column" };
}
