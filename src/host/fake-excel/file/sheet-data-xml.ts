import { rectAddress } from "../../../engine/cells";
import type { ArrayFormula } from "./array-formulas";
import { cellXmlText } from "./cell-xml-text";
import { formulaKey } from "./file-workbook";
import { RowHeightCursor } from "./row-heights";
import type { SharedStringsWriter } from "./shared-strings-writer";
import { type SheetCellWalker, type WalkedCell, columnName } from "./sheet-cell-walker";
import { XmlBytes } from "./xml-bytes";
import { FileSaveError } from "./file-save-error";

/**
 * "Total number of characters that a cell can contain: 32,767 characters" (Excel specifications and limits,
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Longer text is refused by name rather than written into a file Excel would not open as saved.
 */
const CELL_TEXT_MAX = 32_767;

/**
 * The error values a file's cells can hold (t="e"): the seven of ECMA-376 Part 1 §18.17.4, the same seven Excel's
 * web services list (https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-exspws/eb9fa891-881c-4ae5-979c-ff0076015474).
 * Newer ones (#SPILL!, #CALC! …) are not in the standard; an older reader could reject them, so they are kept as text.
 */
const FILE_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
const isFileError = (text: string) => FILE_ERRORS.has(text);

/** A formula cell's t by its last value (a number, or none yet, has no t), after the quote that ends s or r. */
function formulaType(value: WalkedCell["value"]): string {
  if (value === undefined || typeof value === "number") return '"';
  if (typeof value === "boolean") return '" t="b"';
  return isFileError(value) ? '" t="e"' : '" t="str"';
}

/**
 * The rest of a formula cell's start tag and its f start tag: an array formula's anchor (array-formulas.ts) with its
 * cm after t (CT_Cell's attributes r, s, t, cm, vm, ph, §18.3.1.4) and `<f t="array" ref="…">` (§18.3.1.40). The
 * file's ref and cm were checked to be ASCII (an A1 range, digits) when read.
 */
function formulaStart(array: ArrayFormula | undefined): string {
  if (array === undefined) return "><f>";
  const cm = array.cm === undefined ? "" : ` cm="${array.cm}"`;
  return `${cm}><f t="array" ref="${array.ref}">`;
}

/**
 * The cells of one sheet as `<sheetData>` (ECMA-376 Part 1 §18.3.1.80): `<row r>` (§18.3.1.73, hidden="1" for a
 * hidden row, ht in points with customHeight="1" for a row whose height was set) holding `<c r s t>` (§18.3.1.4) with `<f>` (§18.3.1.40) and `<v>` (§18.3.1.96). Cell types
 * (§18.18.11, ST_CellType): an opened file's array formula goes on its anchor as the file had it (formulaStart); a number has no t and is written in JavaScript's shortest text that reads back the
 * same (xsd:double); text is t="s" into the shared strings; a boolean t="b" (1 or 0); an error's text (#N/A …,
 * as the fake keeps errors) t="e"; a formula's text result t="str". `styleOf(look)` is the cellXfs index of a
 * look (look-styles.ts); 0 is not written. Rows are added a slice at a time with rows(); finish() gives the bytes.
 */
export class SheetDataXml {
  private readonly out = new XmlBytes();
  /** The row whose `<row>` is open, -1 for none. */
  private open = -1;
  /** The current row's number as the file counts (from 1). */
  private rowNumber = 0;
  private readonly span = { minRow: Infinity, maxRow: -1, minCol: Infinity, maxCol: -1 };
  private readonly onRow = (r: number) => this.row(r);
  private readonly onCell = (c: WalkedCell) => this.cell(c);
  private readonly heights: RowHeightCursor;
  /** The next of the walker's row looks (rows come in ascending order). */
  private rowLook = 0;

  constructor(
    private readonly cells: SheetCellWalker,
    private readonly styleOf: (look: number) => number,
    private readonly strings: SharedStringsWriter,
  ) {
    this.heights = new RowHeightCursor(cells.sheet.rowHeights);
    this.out.ascii("<sheetData>");
  }

  /** Rows [from, to), added to the bytes. */
  rows(from: number, to: number): void {
    this.cells.walk(from, to, this.onRow, this.onCell);
  }

  /** The whole `<sheetData>` element as UTF-8. */
  finish(): Uint8Array[] {
    this.closeRow();
    this.out.ascii("</sheetData>");
    this.out.flush();
    return this.out.chunks.splice(0);
  }

  /** The range the written cells span ("A1" when none: Excel's own dimension of an empty sheet, §18.3.1.35). */
  dimension(): string {
    const { minRow, maxRow, minCol, maxCol } = this.span;
    if (maxRow < 0) return "A1";
    return rectAddress({
      row: minRow,
      column: minCol,
      rowCount: maxRow - minRow + 1,
      columnCount: maxCol - minCol + 1,
    });
  }

  private refuse(
    problem: "textTooLong" | "notFinite",
    [r, c]: readonly [number, number],
    detail: string,
    why: string,
  ): never {
    const { name } = this.cells.sheet;
    const address = `${columnName(c)}${r + 1}`;
    throw new FileSaveError({ problem, sheet: name, address, detail }, `Sheet “${name}”, cell ${address}: ${why}`);
  }

  private closeRow(): void {
    if (this.open >= 0) this.out.ascii("</row>");
    this.open = -1;
  }

  /** The cell format of row `r`'s own style (an opened file's), 0 for none; rows are asked in ascending order. */
  private rowStyle(r: number): number {
    const runs = this.cells.rowLooks;
    if (this.rowLook > 0 && runs[this.rowLook - 1].from > r) this.rowLook = 0;
    while (this.rowLook < runs.length && runs[this.rowLook].from + runs[this.rowLook].count <= r) this.rowLook++;
    const run = runs[this.rowLook];
    return run && run.from <= r ? this.styleOf(run.look) : 0;
  }

  /**
   * Opens a row that has something of its own, hidden, a height or a style, even without cells; others open at
   * their first cell. A row's style is `s` with customFormat="1" (§18.3.1.73: s "applies to the row only if
   * customFormat is 1").
   */
  private row(r: number): void {
    this.closeRow();
    this.rowNumber = r + 1;
    const hidden = this.cells.sheet.hiddenRows.has(r);
    const height = this.heights.at(r);
    const style = this.rowStyle(r);
    const outline = this.cells.sheet.outlineRows.get(r);
    if (!hidden && height === undefined && style === 0 && outline === undefined) return;
    this.out.ascii('<row r="');
    this.out.uint(this.rowNumber);
    if (style > 0) {
      this.out.ascii('" s="');
      this.out.uint(style);
      this.out.ascii('" customFormat="1');
    }
    if (height !== undefined) {
      this.out.ascii('" ht="');
      this.out.number(height);
      this.out.ascii('" customHeight="1');
    }
    if (outline?.level) {
      this.out.ascii('" outlineLevel="');
      this.out.uint(outline.level);
    }
    if (outline?.collapsed) this.out.ascii('" collapsed="1');
    this.out.ascii(hidden ? '" hidden="1">' : '">');
    this.open = r;
  }

  private number(n: number, r: number, c: number): void {
    if (!Number.isFinite(n))
      this.refuse("notFinite", [r, c], String(n), `the value ${n} cannot be saved; a cell holds finite numbers only.`);
    this.out.ascii("<v>");
    this.out.number(n);
    this.out.ascii("</v>");
  }

  private cell(at: WalkedCell): void {
    const { out, span } = this;
    const { row: r, column: c, value, formula } = at;
    if (this.open !== r) {
      out.ascii('<row r="');
      out.uint(this.rowNumber);
      out.ascii('">');
      this.open = r;
    }
    if (r < span.minRow) span.minRow = r;
    span.maxRow = r;
    if (c < span.minCol) span.minCol = c;
    if (c > span.maxCol) span.maxCol = c;
    if (typeof value === "string" && value.length > CELL_TEXT_MAX)
      this.refuse(
        "textTooLong",
        [r, c],
        String(value.length),
        `its text of ${value.length} characters cannot be saved; an Excel cell holds at most 32,767 characters.`,
      );
    out.ascii('<c r="');
    out.ascii(columnName(c));
    out.uint(this.rowNumber);
    const s = this.styleOf(at.look);
    if (s > 0) {
      out.ascii('" s="');
      out.uint(s);
    }
    if (formula !== undefined) {
      out.ascii(formulaType(value));
      out.ascii(formulaStart(this.cells.sheet.arrayFormulas?.get(formulaKey(r, c))));
      // Range.formulas gives "=…"; the file stores the formula without "=" (§18.3.1.40).
      out.text(cellXmlText(formula.replace(/^=/, "")));
      out.ascii("</f>");
      if (typeof value === "number") this.number(value, r, c);
      else if (typeof value === "boolean") out.ascii(value ? "<v>1</v>" : "<v>0</v>");
      else if (value !== undefined) {
        out.ascii("<v>");
        out.text(cellXmlText(value));
        out.ascii("</v>");
      }
      out.ascii("</c>");
    } else if (value === undefined) out.ascii('"/>');
    else if (typeof value === "number") {
      out.ascii('">');
      this.number(value, r, c);
      out.ascii("</c>");
    } else if (typeof value === "boolean") out.ascii(value ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
    else if (!at.text && isFileError(value)) {
      out.ascii('" t="e"><v>');
      out.ascii(value);
      out.ascii("</v></c>");
    } else {
      out.ascii('" t="s"><v>');
      out.uint(this.strings.indexOf(value));
      out.ascii("</v></c>");
    }
  }
}
