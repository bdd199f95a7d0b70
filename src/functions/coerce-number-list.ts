import { parseNumber, type CellValue } from "../engine/cells";
import { readCells } from "./coerce-cells";
import { describeCell } from "./coerce-describe";
import { valueError } from "./errors";

/**
 * Reads a parameter list (shares, bounds, rates, weights, counts) where every cell must be a number:
 * unlike data ranges, a blank or text here is a mistake, reported as #VALUE! with its position.
 */
export function readNumberList(arg: unknown, name: string): number[] {
  const { cells } = readCells(arg, name);
  return cells.map((cell, i) => {
    const x = parseNumber(cell as CellValue);
    if (Number.isNaN(x)) throw valueError(`${name}: item ${i + 1} is ${describeCell(cell)}; expected a number.`);
    return x;
  });
}
