import { parseNumber, type CellValue } from "../engine/cells";
import { readCells, type Orientation } from "./coerce-cells";
import { valueError } from "./errors";
import { checkRangeSize } from "./size-limit";
import type { KeptArray } from "../engine/kept-array";

/** What a caller may add to a read: see {@link readVector}. */
export interface ReadOptions {
  readonly expected?: Float64Array;
  readonly scratch?: Float64Array;
  /** Kept memory to read into when no scratch fits (see KeptArray): for a caller done with the values on return. */
  readonly kept?: KeptArray<Float64Array>;
  /** The most cells taken (MAX_RANGE_CELLS, size-limit.ts, unless the bench says otherwise). */
  readonly maxCells?: number;
}

/** A data range read as numbers (NaN where a cell is not a number), with its layout. */
export interface Vector {
  values: Float64Array;
  orientation: Orientation;
  /** How many cells hold a number. */
  numberCount: number;
  /** True when `expected` was given and holds exactly these values (NaN matching NaN). */
  equalsExpected: boolean;
}

/** A cell as a number, or NaN. The typeof test keeps the common case off parseNumber's text path. */
function cellNumber(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  return parseNumber(cell as CellValue);
}

/**
 * Reads a data range (one row or one column) the way DESIGN.md "Numbers" counts numbers: finite
 * numbers and numeric text count; blanks (null, ""), other text, booleans and Excel errors become NaN,
 * so those rows get no tier. A range with no number at all is a #VALUE! naming the argument.
 * A blank cell that Excel passes as 0 is indistinguishable from 0 and counts as 0.
 *
 * `options.expected`: values to compare with while reading, in the same pass, so a caller holding
 * work prepared from equal values (TIER.OF copied down) learns that without a second pass or a hash.
 * `options.scratch`: an array to read into when it has the right length, instead of allocating
 * one; the caller must be done with the result before passing the same scratch again.
 */
export function readVector(arg: unknown, name: string, options: ReadOptions = {}): Vector {
  const { expected, scratch, kept, maxCells } = options;
  // Excel passes a column as [[v1], [v2], …]: read it in place rather than flattening it first.
  const isColumn = Array.isArray(arg) && arg.length > 1 && Array.isArray(arg[0]) && arg[0].length === 1;
  const flat = isColumn ? undefined : readCells(arg, name, maxCells);
  const n = flat ? flat.cells.length : (arg as unknown[]).length;
  if (!flat) checkRangeSize(n, name, maxCells); // readCells checked the flat case
  const values =
    scratch !== undefined && scratch.length === n ? scratch : kept !== undefined ? kept.take(n) : new Float64Array(n);
  const e = expected !== undefined && expected.length === n ? expected : undefined;
  // A repeat of the expected values (TIER.OF copied down): compare only, write nothing, and hand back
  // `expected` itself, read-only. Any difference, non-number or odd shape falls through to the full read.
  if (e !== undefined && isColumn && sameColumn(arg as unknown[], e)) {
    return { values: e, orientation: "column", numberCount: n, equalsExpected: true };
  }
  const tally = flat ? readFlat(flat.cells, values, e) : readColumn(arg as unknown[], values, e, name);
  if (tally.numberCount === 0) throw valueError(`${name}: no numbers found in ${n} cell${n === 1 ? "" : "s"}.`);
  return {
    values,
    orientation: flat ? flat.orientation : "column",
    numberCount: tally.numberCount,
    equalsExpected: e !== undefined && tally.equal,
  };
}

interface Tally {
  numberCount: number;
  equal: boolean;
}

// The two loops below are the hot path of TIER.OF copied down (one pass per cell over the whole
// range), so they are kept monomorphic and branch-light: one for [[v], [v], …], one for a flat list.
// `e` has the same length as `values` when given; "equal" treats NaN as equal to NaN.

/**
 * True when every row is a one-cell array holding exactly e[i] (so every cell is a finite number:
 * e never holds ±Infinity, and NaN equals nothing). One load and one compare per row: the cheapest
 * pass over a range that still sees every value, which is what keeps a cache hit honest.
 */
function sameColumn(rows: unknown[], e: Float64Array): boolean {
  const n = rows.length;
  if ((rows[n - 1] as unknown[] | undefined)?.length !== 1) return false; // Excel ranges are rectangular
  const cells = rows as unknown[][];
  let i = 0;
  // Four rows a step, loaded before any is compared: the four loads overlap instead of each waiting
  // for the comparison before it (about a fifth faster on a column of 10,000 rows).
  for (; i + 4 <= n; i += 4) {
    const a = cells[i][0],
      b = cells[i + 1][0],
      c = cells[i + 2][0],
      d = cells[i + 3][0];
    if (a !== e[i] || b !== e[i + 1] || c !== e[i + 2] || d !== e[i + 3]) return false;
  }
  for (; i < n; i++) if (cells[i][0] !== e[i]) return false;
  return true;
}

function readColumn(rows: unknown[], values: Float64Array, e: Float64Array | undefined, name: string): Tally {
  const n = rows.length;
  const target = e ?? values; // comparing with itself keeps the loop free of a branch when e is absent
  // Fast pass: numbers are stored as they are; `spoilt` turns NaN as soon as any value is NaN or
  // ±Infinity (x − x is 0 only for finite x), which is cheaper than testing each value.
  let spoilt = 0;
  let same = true;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== 1) {
      throw valueError(
        `${name}: expected one row or one column, found ${n} rows × ${Array.isArray(row) ? row.length : 1} columns at row ${i + 1}.`,
      );
    }
    const cell = row[0];
    const x = typeof cell === "number" ? cell : parseNumber(cell as CellValue);
    values[i] = x;
    spoilt += x - x;
    if (x !== target[i]) same = false;
  }
  if (spoilt === 0) return { numberCount: n, equal: same };
  return recountColumn(values, target);
}

/**
 * The second pass of readColumn when some cell is not a finite number: makes ±Infinity NaN, counts
 * the numbers and compares again with NaN matching NaN (the fast pass counted NaN as different). A
 * function of its own so that readColumn's compiled loop is not thrown away on first reaching it.
 */
function recountColumn(values: Float64Array, target: Float64Array): Tally {
  const n = values.length;
  let numberCount = 0;
  let differs = false;
  for (let i = 0; i < n; i++) {
    let x = values[i];
    if (x - x !== 0) x = values[i] = NaN;
    else numberCount++;
    const y = target[i];
    if (x !== y && (x === x || y === y)) differs = true;
  }
  return { numberCount, equal: !differs };
}

function readFlat(cells: unknown[], values: Float64Array, e: Float64Array | undefined): Tally {
  const n = cells.length;
  const target = e ?? values;
  let numberCount = 0;
  let differs = false;
  for (let i = 0; i < n; i++) {
    const x = cellNumber(cells[i]);
    values[i] = x;
    if (x === x) numberCount++;
    const y = target[i];
    if (x !== y && (x === x || y === y)) differs = true;
  }
  return { numberCount, equal: !differs };
}
