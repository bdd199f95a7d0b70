import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters } from "../../../engine/cells";

/** Text outside string literals, quoted sheet names and structured references ([Column]): only there are cell references. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]/g;
/** A name-like token (and the "(" of a function call after it); a cell reference is one of them. */
const TOKEN = /[A-Za-z0-9_$.]+(\()?/g;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)$/;

/**
 * A shared formula (ECMA-376 Part 1 §18.3.1.40, `f` with t="shared") as it reads in another cell of its range:
 * the master cell holds the text, the others only its si, and each relative reference moves by the distance
 * from the master (absolute `$` parts stay), as Excel fills a formula. Tokens that are not cell references
 * (function names, defined names, columns beyond XFD) stay as they are.
 */
export function slideFormula(formula: string, dRow: number, dColumn: number): string {
  let out = "";
  let at = 0;
  for (const q of formula.matchAll(QUOTED)) {
    out += slide(formula.slice(at, q.index), dRow, dColumn) + q[0];
    at = q.index + q[0].length;
  }
  return out + slide(formula.slice(at), dRow, dColumn);
}

function slide(text: string, dRow: number, dColumn: number): string {
  return text.replace(TOKEN, (token, call: string | undefined) => {
    if (call) return token;
    const m = CELL.exec(token);
    if (!m) return token;
    let column = columnIndex(m[2]);
    let row = Number(m[4]) - 1;
    if (column < 0 || column >= MAX_COLUMNS || row >= MAX_ROWS) return token;
    if (!m[1]) column += dColumn;
    if (!m[3]) row += dRow;
    if (column < 0 || row < 0 || column >= MAX_COLUMNS || row >= MAX_ROWS) return "#REF!";
    return `${m[1]}${columnLetters(column)}${m[3]}${row + 1}`;
  });
}
