import { type Rect, columnIndex, parseAddress } from "../../engine/cells";

export { columnIndex };

/** A block on a named sheet, as an address box shows it ("Customers!A1:H501"). */
export interface SheetRect extends Rect {
  readonly sheet: string;
}

/** The Name Box's forms: one cell or two corners, each with an optional "$" before the column and the row. */
const CELLS = /^\s*\$?[A-Za-z]{1,3}\$?\d{1,7}\s*(?::\s*\$?[A-Za-z]{1,3}\$?\d{1,7}\s*)?$/;

/**
 * Reads an A1-style address as typed in Excel's Name Box: "B2", "b2:d10", "$A$1:$H$501",
 * "Customers!A1:H501" or "'My sheet'!A1". Corners may come in any order (Excel normalises "D10:B2").
 * Returns undefined when the text is not an address, so the address box can say so.
 */
export function parseA1Range(text: string): { sheet?: string; rect: Rect } | undefined {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang).trim();
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (sheet === "") return undefined;
    rest = rest.slice(bang + 1);
  }
  if (!CELLS.test(rest)) return undefined;
  const parsed = parseAddress(rest.replace(/\s/g, ""));
  if (!parsed) return undefined;
  return sheet === undefined ? { rect: parsed.rect } : { sheet, rect: parsed.rect };
}

/** The block spanned by two corners (a click and a shift-click, or a drag), in any order. */
export function rectBetween(a: { row: number; column: number }, b: { row: number; column: number }): Rect {
  const row = Math.min(a.row, b.row),
    column = Math.min(a.column, b.column);
  return { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
}

export function rectContains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}
