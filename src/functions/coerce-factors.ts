import { parseNumber, type CellValue } from "../engine/cells";
import type { Orientation } from "./coerce-cells";
import { valueError } from "./errors";
import { checkRangeSize } from "./size-limit";

/** The factor columns of TIER.SCORE, and whether customers run down (column) or across (row). */
export interface Factors {
  factors: Float64Array[];
  orientation: Orientation;
}

/**
 * Reads a block of factors, one factor per column and one customer per row. When the number of
 * weights matches the rows and not the columns, the block is read the other way round (one factor
 * per row, customers across), so a row in gives a row out. Cells that are not numbers become NaN.
 */
export function readFactors(arg: unknown, factorCount: number): Factors {
  const rows = (Array.isArray(arg) ? arg : [[arg]]).map((row) => (Array.isArray(row) ? row : [row]));
  const height = rows.length;
  const width = height > 0 ? rows[0].length : 0;
  if (height === 0 || width === 0) throw valueError("factors: the range is empty; expected one column per factor.");
  checkRangeSize(height * width, "factors");
  if (rows.some((row) => row.length !== width))
    throw valueError("factors: rows of different lengths; expected a rectangular range.");
  const byColumns = width === factorCount;
  if (!byColumns && height !== factorCount) {
    throw valueError(
      `weights: ${factorCount} weight${factorCount === 1 ? "" : "s"} given, but factors has ${width} column${width === 1 ? "" : "s"}; give one weight per factor column.`,
    );
  }
  const customers = byColumns ? height : width;
  const factors = Array.from({ length: factorCount }, () => new Float64Array(customers));
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const x = parseNumber(rows[r][c] as CellValue);
      if (byColumns) factors[c][r] = x;
      else factors[r][c] = x;
    }
  }
  return { factors, orientation: byColumns ? "column" : "row" };
}
