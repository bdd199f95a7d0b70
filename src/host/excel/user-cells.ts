import { type Rect, MAX_COLUMNS, columnLetters } from "./a1";

/**
 * Cells the user typed on one of TierLadder's sheets outside TierLadder's own tables and blocks. A refresh
 * clears the sheet and writes the new output; these cells are then written back where they were, or — when
 * the new output grew over them — moved right of it, keeping their layout (DESIGN: nothing of the user's
 * is lost).
 */
export interface UserCell {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | boolean;
  readonly format: string;
  /** The cell's formula (Range.formulas) when it holds one: written back as the formula. */
  readonly formula?: string;
}

/** Range.formulas gives a formula cell's formula and a constant's value: a formula is text starting with "=" that differs from the value. */
export function isUserFormula(value: unknown, formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/**
 * Marks a user's formula passed through the engine's carry-over as a plan value, so the table write puts
 * it back as a formula; TierLadder's own text never starts with this character (NUL), so text it writes
 * starting with = + - @ stays text (DESIGN).
 */
export const FORMULA_MARK = "\u0000";
export function markFormula(formula: string): string {
  return FORMULA_MARK + formula;
}
/** The formula of a marked plan value, or undefined. */
export function markedFormula(value: unknown): string | undefined {
  return typeof value === "string" && value.startsWith(FORMULA_MARK) ? value.slice(FORMULA_MARK.length) : undefined;
}

type Cells<T> = readonly (readonly T[])[];

/** A grid as read from `rect`'s top-left: values, number formats and (when read) Range.formulas. */
export interface ReadCells {
  readonly rect: Rect;
  readonly values: Cells<string | number | boolean>;
  readonly formats: Cells<string>;
  readonly formulas?: Cells<string | number | boolean>;
}

/** Non-blank cells of a grid read that lie in none of `areas` (TierLadder's own cells). */
export function findUserCells(grid: ReadCells, areas: readonly Rect[]): UserCell[] {
  const { rect, values, formats, formulas } = grid;
  const cells: UserCell[] = [];
  values.forEach((row, i) => {
    const r = rect.row + i;
    const across = areas.filter((a) => r >= a.row && r < a.row + a.rowCount);
    row.forEach((v, j) => {
      if (v === "" || v === null || v === undefined) return;
      const c = rect.column + j;
      if (across.some((a) => c >= a.column && c < a.column + a.columnCount)) return;
      const f = formulas?.[i]?.[j];
      cells.push({
        row: r,
        column: c,
        value: v,
        format: formats[i]?.[j] ?? "General",
        ...(isUserFormula(v, f) ? { formula: f } : {}),
      });
    });
  });
  return cells;
}

export interface PlacedUserCells {
  readonly cells: UserCell[];
  /** How many cells were in the way of the new output and moved, with every user cell right of them. */
  readonly moved: number;
  /** Columns they moved by (0 when none moved). */
  readonly shift: number;
  /** The leftmost column that moved. */
  readonly from: number;
}

/**
 * Places user cells around the new output `areas`: cells clear of it stay; if any is covered, every user
 * cell from the leftmost covered cell's column rightward moves right by the same number of columns, so the
 * leftmost covered one lands just right of the output (relative layout kept, nothing lands on the output or
 * on another user cell). Throws a RangeError when that would pass Excel's last column.
 */
export function placeUserCells(cells: readonly UserCell[], areas: readonly Rect[]): PlacedUserCells {
  const covered = cells.filter((cell) => areas.some((a) => inside(a, cell.row, cell.column)));
  if (covered.length === 0) return { cells: [...cells], moved: 0, shift: 0, from: 0 };
  const from = Math.min(...covered.map((c) => c.column));
  const right = Math.max(...areas.map((a) => a.column + a.columnCount));
  const shift = right - from;
  const placed = cells.map((c) => (c.column >= from ? { ...c, column: c.column + shift } : c));
  const last = Math.max(...placed.map((c) => c.column));
  if (last >= MAX_COLUMNS)
    throw new RangeError(
      `Moving the cells typed from column ${columnLetters(from)} right of the new output would pass column XFD.`,
    );
  return { cells: placed, moved: placed.filter((c, k) => c !== cells[k]).length, shift, from };
}

export interface UserCellRect {
  readonly rect: Rect;
  readonly values: (string | number | boolean)[][];
  /** True where the cell is the user's formula (then `values` holds the formula text). */
  readonly isFormula: boolean[][];
  readonly formats: string[][];
}

/**
 * Rectangles to write the user cells with: per row, a run from one user cell to the next unless a cell
 * of the new output lies between (gaps are written blank and General, they were cleared anyway); then
 * consecutive rows with the same runs merge, so a block the user typed goes back in one write.
 */
export function userCellRects(cells: readonly UserCell[], areas: readonly Rect[]): UserCellRect[] {
  const byRow = new Map<number, UserCell[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const runs: UserCellRect[] = [];
  const open = new Map<string, UserCellRect>(); // last rectangle per column span, to extend by a row
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row)!.sort((a, b) => a.column - b.column);
    let start = 0;
    for (let k = 1; k <= list.length; k++) {
      const blocked =
        k < list.length &&
        areas.some(
          (a) =>
            row >= a.row &&
            row < a.row + a.rowCount &&
            a.column < list[k].column &&
            a.column + a.columnCount > list[k - 1].column + 1,
        );
      if (k < list.length && !blocked) continue;
      const first = list[start].column,
        width = list[k - 1].column - first + 1;
      const values: (string | number | boolean)[] = new Array(width).fill("");
      const formats: string[] = new Array(width).fill("General");
      const isFormula: boolean[] = new Array(width).fill(false);
      for (let m = start; m < k; m++) {
        values[list[m].column - first] = list[m].formula ?? list[m].value;
        isFormula[list[m].column - first] = list[m].formula !== undefined;
        formats[list[m].column - first] = list[m].format;
      }
      const span = `${first}:${width}`;
      const prev = open.get(span);
      if (prev && prev.rect.row + prev.rect.rowCount === row) {
        prev.rect.rowCount++;
        prev.values.push(values);
        prev.formats.push(formats);
        prev.isFormula.push(isFormula);
      } else {
        const run = {
          rect: { row, column: first, rowCount: 1, columnCount: width },
          values: [values],
          isFormula: [isFormula],
          formats: [formats],
        };
        runs.push(run);
        open.set(span, run);
      }
      start = k;
    }
  }
  return runs;
}

function inside(a: Rect, row: number, column: number): boolean {
  return row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount;
}
