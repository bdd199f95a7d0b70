/**
 * A1-style addresses (Excel's default reference style) and the rectangle they name, 0-based row/column
 * indexes: one definition for the engine's plans, the host and the preview.
 */

/** Excel's sheet limits (Excel 2007+): 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Excel's column letters for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "XFD" → 16383; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet names with spaces or punctuation are quoted, and quotes doubled, as Excel writes them. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A rectangle on a sheet: its top-left cell and its size. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** "A1:D10" (or "A1" for one cell), optionally prefixed with the sheet: "Sheet1!A1:D10". */
export function rectAddress(rect: Rect, sheet?: string): string {
  const a = `${columnLetters(rect.column)}${rect.row + 1}`;
  const b = `${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
  const cells = rect.rowCount === 1 && rect.columnCount === 1 ? a : `${a}:${b}`;
  return sheet === undefined ? cells : `${quoteSheetName(sheet)}!${cells}`;
}

/**
 * Parses "A1", "A1:D10", "$A$1:$D$10", "A:D" (whole columns), "3:7" (whole rows), with an optional
 * "Sheet!" or "'My sheet'!" prefix. Returns undefined when the text is not such an address; throws, naming
 * the address, when it has more than two parts ("A1:B2:C3").
 */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | undefined {
  let sheet: string | undefined;
  let cells = address.trim();
  const bang = cells.lastIndexOf("!");
  if (bang >= 0) {
    sheet = cells.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    cells = cells.slice(bang + 1);
  }
  cells = cells.replace(/\$/g, "").toUpperCase();
  const parts = cells.split(":");
  // Excel formulas chain the range operator ("A1:B2:C3"); reading only the first two parts would
  // silently name a smaller block, so say so instead.
  if (parts.length > 2)
    throw new Error(
      `"${address}" has ${parts.length} parts between ":"; an address is one cell or two corners, as "A1" or "A1:D10".`,
    );
  const [from, to = from] = parts;
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    const r0 = Number(a[2]) - 1,
      r1 = Number(b[2]) - 1,
      c0 = columnIndex(a[1]),
      c1 = columnIndex(b[1]);
    return inBounds(sheet, {
      row: Math.min(r0, r1),
      column: Math.min(c0, c1),
      rowCount: Math.abs(r1 - r0) + 1,
      columnCount: Math.abs(c1 - c0) + 1,
    });
  }
  if (/^[A-Z]{1,3}$/.test(from) && /^[A-Z]{1,3}$/.test(to)) {
    const c0 = columnIndex(from),
      c1 = columnIndex(to);
    return inBounds(sheet, {
      row: 0,
      column: Math.min(c0, c1),
      rowCount: MAX_ROWS,
      columnCount: Math.abs(c1 - c0) + 1,
    });
  }
  if (/^\d{1,7}$/.test(from) && /^\d{1,7}$/.test(to)) {
    const r0 = Number(from) - 1,
      r1 = Number(to) - 1;
    return inBounds(sheet, {
      row: Math.min(r0, r1),
      column: 0,
      rowCount: Math.abs(r1 - r0) + 1,
      columnCount: MAX_COLUMNS,
    });
  }
  return undefined;
}

function inBounds(sheet: string | undefined, rect: Rect) {
  const { row, column, rowCount, columnCount } = rect;
  if (row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) return undefined;
  return { sheet, rect };
}

/** The overlap of two rectangles, or undefined. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r0 = Math.max(a.row, b.row),
    c0 = Math.max(a.column, b.column);
  const r1 = Math.min(a.row + a.rowCount, b.row + b.rowCount),
    c1 = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return r1 > r0 && c1 > c0 ? { row: r0, column: c0, rowCount: r1 - r0, columnCount: c1 - c0 } : undefined;
}

/** The smallest rectangle holding both (Excel's range operator on two blocks: "A1:B2" and "C3:D4" give A1:D4). */
export function bounding(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row),
    column = Math.min(a.column, b.column);
  const bottom = Math.max(a.row + a.rowCount, b.row + b.rowCount),
    right = Math.max(a.column + a.columnCount, b.column + b.columnCount);
  return { row, column, rowCount: bottom - row, columnCount: right - column };
}
