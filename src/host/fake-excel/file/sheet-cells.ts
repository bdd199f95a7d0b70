import { MAX_COLUMNS, MAX_ROWS, dateToSerial, isDateNumberFormat } from "../../../engine/cells";
import type { Prim } from "../state";
import { type ArrayFormula, anchoredAt } from "./array-formulas";
import { namesRecord } from "./cell-metadata";
import { type CellStyleLooks, NO_LOOKS } from "./cell-style-looks";
import type { NotKeptFeature } from "./not-kept";
import { slideFormula } from "./shared-formula";
import { type LineStyleRun, addLineStyle } from "./line-styles";
import { SheetLooks } from "./sheet-looks";
import { type XmlHandler, attr, xmlText, xstring } from "./xml-scanner";

/** What a worksheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Number format by cell style index (cell-number-formats.ts). */
  readonly styleFormats: readonly (string | undefined)[];
  /** Bold and fill by cell style index (cell-style-looks.ts); none when left out. */
  readonly styleLooks?: CellStyleLooks;
  /** 1 for each cell style index with more than bold and a plain fill (styles-beyond-looks.ts); none when left out. */
  readonly beyondLooks?: Uint8Array;
  /** The workbook counts dates from 1904 (§18.2.28 workbookPr date1904). */
  readonly date1904: boolean;
  /** How many cell metadata records the workbook's kept metadata part holds (cell-metadata.ts); none when left out. */
  readonly cellMetadataRecords?: number;
  /** The shared strings written as rich text runs (shared-strings.ts); none when left out. */
  readonly richStrings?: ReadonlySet<number>;
}

/** The 1904 date system's serial 0 is 1904-01-01, 1,462 days after the 1900 system's (the fake counts from 1900). */
const DAYS_1904 = 1462;

/**
 * Reads a worksheet's `sheetData` (ECMA-376 Part 1 §18.3.1.80) as a scanner's handler, cell by cell into the
 * rows the fake stores: rows `row` (§18.3.1.73), cells `c` (§18.3.1.4) with their type `t` (§18.18.11
 * ST_CellType), value `v`, inline string `is` and formula `f` (an array formula's range and cell metadata index
 * kept beside it: array-formulas.ts). Also notes the sheet's table parts
 * (§18.3.1.95 tableParts), which come after the cells.
 * A problem throws an Error saying which cell and what was found; the caller makes it a FileOpenError.
 */
export class SheetCells implements XmlHandler {
  readonly values: (Prim | undefined)[][] = [];
  readonly formats: (string | undefined)[][] = [];
  readonly formulas: [number, number, string][] = [];
  /** Array formulas by their anchor cell: [row, column, range and cell metadata]; each also in `formulas`. */
  readonly arrayFormulas: [number, number, ArrayFormula][] = [];
  /**
   * Whether some cell's array formula or cell metadata could not be kept: a range not anchored at it, a cm on a cell
   * without one, a cm the metadata part does not hold (or no part).
   */
  arrayNotKept = false;
  /** A column is grouped (§18.3.1.13 col outlineLevel): the fake keeps rows' outline (sheet-looks.ts), not columns'. */
  private grouped = false;
  /** A cell's text is rich text (§18.4.4 r runs, shared or inline): the fake keeps the text, not its runs' fonts. */
  private richText = false;
  /** A What-If data table (§18.3.1.40 f t="dataTable"): its cells keep their last results, as values. */
  private dataTable = false;
  /** The relationship ids of the sheet's table parts. */
  readonly tableParts: string[] = [];
  /** The highest row and column numbers (1-based) that hold a cell, to check against the sheet's limits. */
  maxRow = 0;
  maxColumn = 0;
  /** Rows done, for progress. */
  rowsRead = 0;
  /** Bold, fills, widths, frozen and hidden rows and columns, row heights, merged cells. */
  readonly looks: SheetLooks;
  private readonly lookByStyle: readonly number[];
  private readonly styleLooks: CellStyleLooks;
  private readonly beyondLooks: Uint8Array;

  private row = -1; // 0-based, the current row
  private column = -1; // 0-based, the current cell's column
  private inCell = false;
  private type: string | undefined;
  private style: string | undefined;
  private reference: string | undefined;
  private value: string | undefined;
  private formula: string | undefined;
  private sharedIndex: string | undefined;
  private sharedMaster = false;
  /** The current cell's f ref when its t is "array", and its cm (cell metadata index). */
  private arrayRef: string | undefined;
  private cellMetadata: string | undefined;
  private reading: 0 | 1 | 2 | 3 = 0; // what text goes to: nothing, v, f, is/t
  private phonetic = 0;
  /**
   * The row being read, kept apart and stored as arrays of its own length when it ends: an array filled
   * cell by cell from [] reserves 17 slots (V8 grows a backing store to n + n/2 + 16), which for a million rows
   * of 4 cells was most of the memory, there and on the page.
   */
  private rowValues: (Prim | undefined)[] = [];
  private rowFormats: (string | undefined)[] = [];
  private rowValuesEnd = 0;
  private rowFormatsEnd = 0;
  private bufferedRow = -1;
  /** Shared formulas by si: the master's text and cell. */
  private readonly shared = new Map<string, { formula: string; row: number; column: number }>();

  constructor(private readonly context: SheetContext) {
    const styleLooks = context.styleLooks ?? NO_LOOKS;
    this.beyondLooks = context.beyondLooks ?? new Uint8Array(0);
    this.looks = new SheetLooks(styleLooks, this.beyondLooks);
    this.lookByStyle = styleLooks.byStyle;
    this.styleLooks = styleLooks;
  }

  /**
   * A row's or column's own style (§18.3.1.73 row s with customFormat, §18.3.1.13 col style), lines `from` …
   * `from + count - 1`: kept for the download (line-styles.ts) when it has anything beyond the plain style (a
   * number format, bold, a fill, a font, a border …).
   */
  private lineStyle(s: string | undefined, runs: LineStyleRun[], from: number, count: number): void {
    const style = Number(s ?? 0);
    if (!(style > 0) || !Number.isInteger(style)) return;
    const beyond = this.beyondLooks[style] === 1;
    const look = this.styleLooks.looks[this.lookByStyle[style] ?? 0];
    const numFmt = this.context.styleFormats[style];
    if (!beyond && !look.bold && look.fill === undefined && numFmt === undefined) return;
    addLineStyle(runs, from, count, {
      style,
      bold: look.bold,
      ...(numFmt !== undefined ? { numFmt } : {}),
      ...(look.fill !== undefined ? { fill: look.fill } : {}),
      ...(beyond ? { fileStyle: style } : {}),
    });
  }

  open(name: string, tag: string): void {
    if (this.inCell) {
      if (name === "v") {
        this.reading = 1;
        this.value ??= "";
      } else if (name === "f") {
        this.reading = 2;
        this.formula ??= "";
        const type = attr(tag, "t");
        if (type === "shared") {
          this.sharedIndex = attr(tag, "si");
          this.sharedMaster = attr(tag, "ref") !== undefined;
        } else if (type === "array") this.arrayRef = attr(tag, "ref") ?? "";
        else if (type === "dataTable") this.dataTable = true;
      } else if (name === "is") this.value ??= "";
      else if (name === "r" && this.value !== undefined) this.richText = true;
      else if (name === "rPh") this.phonetic++;
      else if (name === "t" && this.phonetic === 0 && this.value !== undefined) this.reading = 3;
      return;
    }
    if (name === "c") {
      this.inCell = true;
      this.reference = attr(tag, "r");
      this.type = attr(tag, "t");
      this.style = attr(tag, "s");
      this.value = this.formula = this.sharedIndex = this.arrayRef = undefined;
      const cm = attr(tag, "cm");
      this.cellMetadata = cm === "0" ? undefined : cm; // 0, the default, is no metadata
      this.sharedMaster = false;
      this.reading = 0;
      this.phonetic = 0;
      const r = this.reference;
      if (r === undefined) this.column++;
      else this.place(r);
    } else if (name === "row") {
      const r = attr(tag, "r");
      this.row = r === undefined ? this.row + 1 : Number(r) - 1;
      if (!Number.isInteger(this.row) || this.row < 0) throw new Error(`a row numbered "${r}"`);
      this.column = -1;
      this.rowsRead++;
      this.looks.row(this.row, tag);
      if ((attr(tag, "customFormat") === "1" || attr(tag, "customFormat") === "true") && this.row < MAX_ROWS)
        this.lineStyle(attr(tag, "s"), this.looks.lineStyles.rows, this.row, 1);
    } else if (name === "tablePart") {
      const id = attr(tag, "r:id");
      if (id !== undefined) this.tableParts.push(id);
    } else if (name === "col" || name === "pane" || name === "sheetView" || name === "mergeCell") {
      this.looks.layout(name, tag);
      if (name === "col") {
        if (Number(attr(tag, "outlineLevel") ?? 0) > 0) this.grouped = true;
        const min = Number(attr(tag, "min")) - 1; // checked by looks.layout
        const end = Math.min(Number(attr(tag, "max")), MAX_COLUMNS);
        if (min < end) this.lineStyle(attr(tag, "style"), this.looks.lineStyles.columns, min, end - min);
      }
    }
  }

  /** The cell's row and column from its A1 reference (§18.3.1.4 r); the row must be the row element's. */
  private place(r: string): void {
    let column = 0;
    let i = 0;
    for (; i < r.length; i++) {
      const c = r.charCodeAt(i) | 32; // lower case
      if (c < 97 || c > 122) break;
      column = column * 26 + (c - 96);
    }
    const row = Number(r.slice(i)) - 1;
    if (i === 0 || i > 3 || !Number.isInteger(row) || row < 0) throw new Error(`a cell at "${r}"`);
    this.row = row;
    this.column = column - 1;
  }

  close(name: string): void {
    if (!this.inCell) {
      if (name === "sheetData") this.finish();
      return;
    }
    if (name === "c") {
      this.inCell = false;
      this.cell();
    } else if (name === "v" || name === "f" || name === "t") this.reading = 0;
    else if (name === "rPh") this.phonetic--;
  }

  text(raw: string, cdata: boolean): void {
    if (this.reading === 1) this.value += xmlText(raw, cdata);
    else if (this.reading === 2) this.formula += xmlText(raw, cdata);
    else if (this.reading === 3) this.value += xmlText(raw, cdata);
  }

  /** The cell just read, into the rows: its value, its number format (where it holds something), its formula. */
  private cell(): void {
    const r = this.row;
    const c = this.column;
    if (r + 1 > this.maxRow) this.maxRow = r + 1;
    if (c + 1 > this.maxColumn) this.maxColumn = c + 1;
    if (r >= MAX_ROWS || c >= MAX_COLUMNS) return; // the caller refuses the sheet
    const style = this.style === undefined ? 0 : Number(this.style);
    // A blank cell's style too (Excel shows its fill and borders). Style 0 (also every cell without s) is not
    // recorded: it is every cell's, the workbook's Normal, which the download writes as its own style 0
    // (normal-style-xfs.ts) and which StyleRecords, one per rectangle, could not hold for every cell.
    if (style > 0 && (this.lookByStyle[style] || this.beyondLooks[style] === 1)) this.looks.cell(r, c, style);
    const formula = this.formulaText(r, c);
    if (this.value === undefined && formula === undefined) return; // a blank cell with a style: no value kept
    // A value's number format is its style's, style 0's (the Normal's, §18.8.10) for a cell without s.
    const format = this.context.styleFormats[style];
    const v = this.value === undefined ? undefined : this.typed(this.value, format);
    if (r !== this.bufferedRow) this.endRow(r);
    if (v !== undefined) {
      this.rowValues[c] = v;
      if (c >= this.rowValuesEnd) this.rowValuesEnd = c + 1;
    }
    if (format !== undefined) {
      this.rowFormats[c] = format;
      if (c >= this.rowFormatsEnd) this.rowFormatsEnd = c + 1;
    }
    if (formula !== undefined) this.formulas.push([r, c, `=${formula}`]);
    if (this.arrayRef !== undefined || this.cellMetadata !== undefined) this.arrayFormula(r, c, formula);
  }

  /**
   * The cell's array formula, kept when its range starts at the cell; otherwise it stays an ordinary formula (a
   * cm without an array formula is dropped). A cm the metadata part does not hold is dropped: the formula stays a
   * fixed-size array formula rather than one whose cm Excel would repair away. `arrayNotKept` says so.
   */
  private arrayFormula(r: number, c: number, formula: string | undefined): void {
    const ref = this.arrayRef;
    if (formula === undefined || ref === undefined || !anchoredAt(ref, r, c)) {
      this.arrayNotKept = true;
      return;
    }
    const cm = this.cellMetadata;
    if (cm !== undefined && namesRecord(cm, this.context.cellMetadataRecords ?? 0))
      this.arrayFormulas.push([r, c, { ref, cm }]);
    else {
      if (cm !== undefined) this.arrayNotKept = true;
      this.arrayFormulas.push([r, c, { ref }]);
    }
  }

  /** What of the sheet's cells is not kept, for the page to say. */
  notKept(): NotKeptFeature[] {
    const features: NotKeptFeature[] = this.arrayNotKept ? ["arrayFormulas"] : [];
    if (this.grouped) features.push("grouping");
    if (this.richText) features.push("richText");
    if (this.dataTable) features.push("dataTables");
    return features;
  }

  /** Stores the buffered row (cells already in the rows are kept), and starts buffering row `next`. */
  private endRow(next: number): void {
    const r = this.bufferedRow;
    if (r >= 0) {
      if (this.rowValuesEnd > 0) this.values[r] = merge(this.values[r], this.rowValues, this.rowValuesEnd);
      if (this.rowFormatsEnd > 0) this.formats[r] = merge(this.formats[r], this.rowFormats, this.rowFormatsEnd);
      if (this.rowValuesEnd > 0) this.rowValues = [];
      if (this.rowFormatsEnd > 0) this.rowFormats = [];
    }
    this.rowValuesEnd = this.rowFormatsEnd = 0;
    this.bufferedRow = next;
  }

  /** The sheet is read: stores the last row. */
  finish(): void {
    this.endRow(-1);
  }

  /** The value as the fake holds it, by the cell's type (§18.18.11); undefined for an empty one. */
  private typed(v: string, format: string | undefined): Prim | undefined {
    switch (this.type) {
      case "s": {
        const i = Number(v);
        const s = this.context.sharedStrings[i];
        if (!Number.isInteger(i) || s === undefined)
          throw this.problem(`shared string ${v}, which the file does not have`);
        if (this.context.richStrings?.has(i)) this.richText = true;
        return s === "" ? undefined : s;
      }
      case "str":
      case "inlineStr": {
        const s = xstring(v);
        return s === "" ? undefined : s;
      }
      case "b":
        if (v === "1" || v === "true") return true;
        if (v === "0" || v === "false") return false;
        throw this.problem(`"${v}" where a boolean (0 or 1) belongs`);
      case "e":
        return v === "" ? undefined : v; // "#N/A" …: the fake keeps an error value as its text, as when typed
      case "d":
        return isoDateSerial(v) ?? this.fail(`"${v}" where an ISO 8601 date belongs`);
      case undefined:
      case "n": {
        if (v.trim() === "") return undefined;
        const n = Number(v);
        if (!Number.isFinite(n)) throw this.problem(`"${v}" where a number belongs`);
        return this.context.date1904 && isDateNumberFormat(format) ? n + DAYS_1904 : n;
      }
      default:
        throw this.problem(`the cell type "${this.type}"`);
    }
  }

  /** The cell's formula text (without "="); a shared formula's other cells get the master's, moved. */
  private formulaText(r: number, c: number): string | undefined {
    const f = this.formula;
    if (this.sharedIndex === undefined) return f === undefined || f === "" ? undefined : f;
    if (this.sharedMaster && f) {
      this.shared.set(this.sharedIndex, { formula: f, row: r, column: c });
      return f;
    }
    const master = this.shared.get(this.sharedIndex);
    if (!master) throw this.problem(`a shared formula (si ${this.sharedIndex}) before its first cell`);
    return slideFormula(master.formula, r - master.row, c - master.column);
  }

  private problem(what: string): Error {
    return new Error(`cell ${this.reference ?? `row ${this.row + 1}`} has ${what}`);
  }

  private fail(what: string): never {
    throw this.problem(what);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?Z?$/;

/**
 * A `t="d"` cell's value (§18.17.4.1, ISO 8601 date and time) as a 1900-system serial. The cell has no time
 * zone; a value with an offset other than Z is not read (undefined), as is one Excel cannot hold.
 */
function isoDateSerial(v: string): number | undefined {
  const m = ISO_DATE.exec(v.trim());
  if (!m) return undefined;
  const [y, mo, d, h = "0", mi = "0", s = "0", frac = ""] = m.slice(1);
  const ms =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Number(`0${frac}`) * 1000;
  const date = new Date(ms);
  if (date.getUTCMonth() !== Number(mo) - 1 || Number(y) < 1900) return undefined;
  try {
    return dateToSerial(date);
  } catch {
    return undefined;
  }
}

/** `buffer`'s first `length` cells as an array of that length, over the cells `row` already holds (if any). */
function merge<T>(row: T[] | undefined, buffer: T[], length: number): T[] {
  const out = buffer.slice(0, length); // a copy of its own length (slice keeps the holes of blank cells)
  if (row) row.forEach((v, c) => (out[c] ??= v));
  return out;
}
