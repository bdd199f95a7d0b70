import { parseNumber, type CellValue } from "../engine/cells";
import { describeCell } from "./coerce-describe";
import { valueError } from "./errors";

/** Unwraps a single cell passed as [[x]] (a one-cell range given to a scalar parameter). */
function unwrap(arg: unknown): unknown {
  let x = arg;
  while (Array.isArray(x) && x.length === 1) x = x[0];
  return x;
}

/** Reads a scalar number argument; not a number → #VALUE! naming the argument. */
export function readNumber(arg: unknown, name: string): number {
  const cell = unwrap(arg);
  const x = parseNumber(cell as CellValue);
  if (Number.isNaN(x)) throw valueError(`${name}: ${describeCell(cell)} is not a number.`);
  return x;
}

/** Reads a whole number ≥ `min`; a fraction or a smaller number is #VALUE! with a message. */
export function readInteger(arg: unknown, name: string, min: number): number {
  const x = readNumber(arg, name);
  if (!Number.isInteger(x) || x < min)
    throw valueError(`${name}: ${x} is not allowed; expected a whole number of at least ${min}.`);
  return x;
}
