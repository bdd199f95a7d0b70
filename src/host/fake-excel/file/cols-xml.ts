import { MAX_COLUMNS } from "../../../engine/cells";
import { fileColumnWidth } from "./column-width";
import { withAttributes } from "./start-tag-attributes";

/** Columns `from` … `from + count - 1` (0-based) whose own style is the cell format `xf` of the saved file. */
export interface ColumnStyle {
  readonly from: number;
  readonly count: number;
  readonly xf: number;
}

/** Excel's default column, 8.43 characters = 48 pt (column-width.ts): what a styled column without a width gets. */
const DEFAULT_WIDTH = fileColumnWidth(48);

const COLS = /<cols>([\s\S]*?)<\/cols>|<cols\/>/;
const COL = /<col\b[^>]*\/>|<col\b[^>]*>\s*<\/col>/g;
const ATTRIBUTE = /([\w:]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** A col element's attributes other than min and max, in one text: columns with the same text are one run. */
function attributesOf(col: string): string {
  const out: string[] = [];
  for (const m of col.matchAll(ATTRIBUTE)) if (m[1] !== "min" && m[1] !== "max") out.push(`${m[1]}=${m[2]}`);
  return out.join(" ");
}

const numberAttribute = (col: string, name: string) => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(col)?.[1]);

/**
 * The part of a worksheet before `<sheetData>` as ExcelJS wrote it, with its `<cols>` (ECMA-376 Part 1 §18.3.1.17)
 * given the columns' own styles (§18.3.1.13 col style) and written as runs: a style's first and last columns split
 * a range, and adjacent columns with the same attributes are one col element again. A styled column
 * ExcelJS gave no width gets Excel's default: a col without width shows as zero wide in Excel
 * (https://github.com/exceljs/exceljs/issues/204). The cols go right before sheetData when ExcelJS wrote none
 * (CT_Worksheet §18.3.1.99: sheetFormatPr?, cols*, sheetData).
 */
export function withColumnStyles(before: string, styles: readonly ColumnStyle[]): string {
  const found = COLS.exec(before);
  if (!found && styles.length === 0) return before;
  const columns: (string | undefined)[] = [];
  for (const m of (found?.[1] ?? "").matchAll(COL)) {
    const min = numberAttribute(m[0], "min");
    const max = Math.min(numberAttribute(m[0], "max"), MAX_COLUMNS);
    if (!(min >= 1) || !(max >= min)) throw new Error(`The workbook writer wrote a column range "${m[0]}".`);
    const attributes = attributesOf(m[0]);
    for (let c = min - 1; c < max; c++) columns[c] = attributes;
  }
  for (const { from, count, xf } of styles)
    for (let c = from; c < Math.min(from + count, MAX_COLUMNS); c++) {
      const was = columns[c] ?? `width="${DEFAULT_WIDTH}"`;
      columns[c] = attributesOf(withAttributes(`<col ${was}/>`, { style: xf }));
    }
  let xml = "";
  for (let c = 0; c < columns.length;) {
    const attributes = columns[c];
    let end = c + 1;
    while (end < columns.length && columns[end] === attributes) end++;
    if (attributes !== undefined) xml += `<col min="${c + 1}" max="${end}" ${attributes}/>`;
    c = end;
  }
  const cols = xml === "" ? "" : `<cols>${xml}</cols>`;
  return found ? before.slice(0, found.index) + cols + before.slice(found.index + found[0].length) : before + cols;
}
