import { columnIndex, columnLetters, parseAddress } from "../../engine/cells/a1";

export { columnIndex };

/** A rectangular block of cells, 0-based and inclusive on both ends. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A block on a named sheet, as an address box shows it ("Customers!A1:H501"). */
export interface SheetRect extends CellRect {
  readonly sheet: string;
}

/** The Name Box's forms: one cell or two corners, each with an optional "$" before the column and the row. */
const CELLS = /^\s*\$?[A-Za-z]{1,3}\$?\d{1,7}\s*(?::\s*\$?[A-Za-z]{1,3}\$?\d{1,7}\s*)?$/;

/**
 * Reads an A1-style address as typed in Excel's Name Box: "B2", "b2:d10", "$A$1:$H$501",
 * "Customers!A1:H501" or "'My sheet'!A1". Corners may come in any order (Excel normalises "D10:B2").
 * Returns undefined when the text is not an address, so the address box can say so.
 */
export function parseA1Range(text: string): { sheet?: string; rect: CellRect } | undefined {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang).trim();
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (sheet === "") return undefined;
    rest = rest.slice(bang + 1);
  }
  if (!CELLS.test(rest)) return undefined;
  const parsed = parseAddress(rest.replace(/\s/g, ""));
  if (!parsed) return undefined;
  const { row, column, rowCount, columnCount } = parsed.rect;
  const rect = { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 };
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** "A1" for one cell, "A1:H501" for a block (no sheet name). */
export function formatA1Range(rect: CellRect): string {
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** The block spanned by two corners (a click and a shift-click, or a drag), in any order. */
export function rectBetween(a: { row: number; column: number }, b: { row: number; column: number }): CellRect {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function rectContains(rect: CellRect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}
