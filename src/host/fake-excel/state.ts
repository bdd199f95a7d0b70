import type { ArrayFormula } from "./file/array-formulas";
import type { KeptExternalLinks } from "./file/external-links";
import { type Rect, MAX_COLUMNS, MAX_ROWS, intersect, serialFromParts } from "../../engine/cells";
import type { FileStyles } from "./file/file-styles";
import type { ChartSheetState } from "./file/kept-chart-sheets";
import type { SheetParts } from "./file/kept-parts";
import type { TableStyle } from "./file/table-style";
import { refuseRenameUnderKeptDrawings } from "./file/kept-parts-rename";
import { FakeOfficeError } from "./office-error";
import { tableNameFree } from "./table-name";
import type { DefaultFont } from "./file/default-font";
import { type LineStyles, noLineStyles } from "./file/line-styles";
import type { PivotCacheRef } from "./file/pivot-caches";
import type { KeptSlicerCaches } from "./file/slicer-caches";
import type { KeptVba } from "./file/vba-project";
import type { KeptWindows } from "./file/workbook-windows";
import type { KeptSheetSettings } from "./file/sheet-settings";
import type { KeptDocumentProperties } from "./file/document-properties";

/** A stored cell value; undefined is a blank cell. */
export type Prim = string | number | boolean;

export interface StyleRecord {
  rect: Rect;
  bold?: boolean;
  fill?: string | null;
  /**
   * An opened file's cell style index (file-styles.ts) for what of it the fake does not read (font beyond bold,
   * border, alignment, a theme or patterned fill), kept for the download; null when the formats were cleared.
   */
  fileStyle?: number | null;
}
/** Rows `from` … `from + count - 1`, each of the same height in points, set by hand (an opened file's, row-heights.ts). */
export interface RowHeightRun {
  from: number;
  count: number;
  height: number;
}
/**
 * A worksheet element of an opened file the fake does not read, kept as the file wrote it for the download
 * (sheet-elements-kept.ts: print settings, filters): its local name, and its XML text.
 */
export interface KeptElement {
  readonly element: string;
  readonly xml: string;
  /** The external targets its r:id attributes name (hyperlinks' addresses): [the id in `xml`, the target]. */
  readonly links?: readonly (readonly [string, string])[];
}
/**
 * A defined name of an opened file (ECMA-376 Part 1 §18.2.5), kept for the download: the name it defines, and its
 * `<definedName>` element as the file wrote it without localSheetId (the saver gives the sheet's index in the download).
 */
export interface KeptName {
  readonly name: string;
  readonly xml: string;
}
export interface ValidationRecord {
  rect: Rect;
  list: string[];
}
export interface CondFormatRecord {
  rect: Rect;
  operator: string;
  formula1: string;
  fill?: string;
  /** An opened file's rule: its priority in the file (§18.3.1.10), so the download keeps the file's order (kept-rules-merge.ts). */
  priority?: number;
}
export interface SeriesState {
  name: string;
  values?: Rect;
  xValues?: Rect;
  chartType?: string;
  axisGroup?: string;
}
export interface ChartState {
  /** Chart.id (ExcelApi 1.7): unique in the workbook, kept across renames. */
  id?: string;
  name: string;
  type: string;
  title: string;
  source: Rect;
  series: SeriesState[];
  position?: { from: Rect; to?: Rect };
}

/** Worksheet.visibility (Excel.SheetVisibility, https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility). */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetState {
  id: string;
  name: string;
  visibility: SheetVisibility;
  values: (Prim | undefined)[][];
  /** Sparse: only rows where some cell has a non-General format. */
  formats: (string | undefined)[][];
  formulas: Map<number, string>;
  /**
   * An opened file's array formulas by their anchor cell, keyed as `formulas` (file/array-formulas.ts), kept for its
   * download. Writing or clearing the anchor drops its record: the cell is then ordinary. Excel refuses to change
   * part of a legacy array ("You can't change part of an array") and shows #SPILL! when a dynamic array's range is
   * written into; the fake models neither.
   */
  arrayFormulas: Map<number, ArrayFormula>;
  quotePrefix: Set<number>;
  styles: StyleRecord[];
  hiddenRows: Set<number>;
  /** An opened file's grouped rows (§18.3.1.73 outlineLevel, collapsed), by row, kept for its download. */
  outlineRows: Map<number, RowOutline>;
  frozenRows: number;
  /** Frozen left columns: an opened file's (the fake's freezePanes freezes rows only); unfreeze() clears them. */
  frozenColumns: number;
  columnWidths: Map<number, number>;
  /** An opened file's layout, kept for its download: merged areas, row heights (runs in row order), hidden columns. */
  mergedAreas: Rect[];
  rowHeights: RowHeightRun[];
  hiddenColumns: Set<number>;
  /** An opened file's rows' and columns' own styles (line-styles.ts), kept for its download only: Office.js reads none of them. */
  lineStyles: LineStyles;
  /** An opened file's print settings and filters, kept as XML for its download (sheet-elements-kept.ts). */
  keptElements: KeptElement[];
  /**
   * An opened file's drawings, comments, printer settings, embedded objects and controls, copied part by part into its
   * download (kept-parts.ts); they go with the sheet.
   */
  keptParts?: SheetParts;
  /** An opened file's sheetPr pageSetUpPr fitToPage (§18.3.1.65): pageSetup's fitToWidth/fitToHeight apply only with it. */
  fitToPage: boolean;
  /** An opened file's VBA code name for the sheet (§18.3.1.82 sheetPr codeName), kept for its download: Office.js does not see it. */
  codeName?: string;
  /** An opened file's tab colour, view and format settings, kept for its download (file/sheet-settings.ts). */
  keptSettings?: KeptSheetSettings;
  /** An opened file's names scoped to this sheet (§18.2.5 localSheetId): they go with the sheet, as in Excel. */
  definedNames: KeptName[];
  validations: ValidationRecord[];
  condFormats: CondFormatRecord[];
  charts: ChartState[];
}

/** A grouped row's outline level (1–7; 0 for a collapsed group's summary row outside it) and whether it is collapsed. */
export interface RowOutline {
  readonly level: number;
  readonly collapsed: boolean;
}

export interface TableState {
  /** Table.id (ExcelApi 1.1); tables made with testing.makeTable use their name. */
  id?: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
  /** Calculated columns (table-growth.ts): column offset in the table → the formula every row holds. */
  calculated?: Map<number, { formula: string; value: Prim }>;
  /** TableColumn ids by column offset, and the highest id given (table-columns.ts). */
  columnIds?: number[];
  lastColumnId?: number;
  /** An opened file's table's style (file/table-style.ts); undefined for the pane's tables: the default style. */
  style?: TableStyle;
}

/** What is selected: cells (one or more areas), or a chart or shape on the sheet (Excel keeps the last cells selected too). */
export interface SelectionState {
  sheet: SheetState;
  areas: Rect[];
  object?: { kind: "chart" | "shape"; name: string };
}

const key = (row: number, column: number) => row * MAX_COLUMNS + column;

/** The in-memory workbook behind the fake Excel. */
export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  settings = new Map<string, string>();
  /** An opened file's own cell styles, default font and theme (kept for its download); undefined otherwise. */
  fileStyles?: FileStyles;
  /** The Normal style's font when the workbook came from a file (kept for its download); undefined: Calibri 11. */
  defaultFont?: DefaultFont;
  /** An opened file's workbook-scoped defined names (§18.2.5), kept for its download. */
  definedNames: KeptName[] = [];
  /** An opened file's PivotTable caches (file/pivot-caches.ts), whose parts its sheets' kept PivotTables carry. */
  pivotCaches: PivotCacheRef[] = [];
  /** The workbook's `<workbookProtection>` (§18.2.29) as XML, an opened file's or protect()'s (workbook-protection-state.ts). */
  workbookProtection?: string;
  /** An opened file's self-contained workbook children (calcPr, fileSharing …) as XML (file/workbook-children-kept.ts). */
  workbookChildren: readonly string[] = [];
  /** An opened file's links to other workbooks with their parts (file/external-links.ts). */
  externalLinks?: KeptExternalLinks;
  /** An opened file's chart and dialog sheets, kept whole for its download; not worksheets (kept-chart-sheets.ts). */
  chartSheets: ChartSheetState[] = [];
  /**
   * An opened file's VBA project and the workbook's code name (file/vba-project.ts), kept for its download only:
   * Office.js does not see them. A sheet's own code name is on the sheet (SheetState.codeName).
   */
  vba?: KeptVba;
  /** An opened file's PivotTable slicer caches (file/slicer-caches.ts), kept for its download with the sheets' slicers. */
  slicerCaches?: KeptSlicerCaches;
  /** An opened file's metadata part, which its sheets' dynamic arrays index (file/cell-metadata.ts), kept for its download. */
  cellMetadata?: SheetParts;
  /** An opened file's windows and custom views, naming sheets themselves, so renames and deletions follow (file/workbook-windows.ts). */
  windows?: KeptWindows<SheetState | ChartSheetState>;
  /** An opened file's document properties, kept for its download (file/document-properties.ts). */
  documentProperties?: KeptDocumentProperties;
  activeSheet?: SheetState;
  selection?: SelectionState;
  private nextId = 1;
  private nextTable = 1;
  private nextChart = 1;
  private nextTableId = 1;
  private listeners = new Set<() => void>();

  addSheet(name?: string): SheetState {
    const finalName = name ?? this.freeName("Sheet");
    checkSheetName(finalName);
    if (this.sheet(finalName))
      throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named "${finalName}" already exists.`);
    this.refuseChartSheetName(finalName);
    const sheet: SheetState = {
      id: `{fake-sheet-${this.nextId++}}`,
      name: finalName,
      visibility: "Visible",
      values: [],
      formats: [],
      formulas: new Map(),
      arrayFormulas: new Map(),
      quotePrefix: new Set(),
      styles: [],
      hiddenRows: new Set(),
      outlineRows: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: new Map(),
      mergedAreas: [],
      rowHeights: [],
      hiddenColumns: new Set(),
      lineStyles: noLineStyles(),
      keptElements: [],
      fitToPage: false,
      definedNames: [],
      validations: [],
      condFormats: [],
      charts: [],
    };
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  private freeName(base: string): string {
    for (let i = 1; ; i++) if (!this.sheet(`${base}${i}`) && !this.chartSheet(`${base}${i}`)) return `${base}${i}`;
  }

  /** A kept chart or dialog sheet by name (case-insensitive, as sheet names compare). */
  chartSheet(name: string): ChartSheetState | undefined {
    const lower = name.toLowerCase();
    return this.chartSheets.find((c) => c.name.toLowerCase() === lower);
  }

  /**
   * A worksheet may not take a kept chart sheet's name: a workbook's sheet names are unique, chart sheets among
   * them (ECMA-376 Part 1 §18.2.19 name), and Excel answers a name in use with ItemAlreadyExists ("The resource
   * being created already exists", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes).
   */
  private refuseChartSheetName(name: string): void {
    if (this.chartSheet(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A chart sheet named "${name}" already exists.`);
  }

  /** Sheet by name (case-insensitive, as Excel) or id. */
  sheet(nameOrId: string): SheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  deleteSheet(sheet: SheetState): void {
    // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with
    // an InvalidOperation exception" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
    if (sheet.visibility === "VeryHidden")
      throw new FakeOfficeError("InvalidOperation", `The very hidden worksheet "${sheet.name}" cannot be deleted.`);
    if (!this.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    // A kept chart sheet that followed it follows the worksheet before it (first when there is none).
    const before = this.sheets[this.sheets.indexOf(sheet) - 1];
    for (const c of this.chartSheets) if (c.after === sheet) c.after = before;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === "Visible");
    if (this.selection?.sheet === sheet) this.selection = undefined;
  }

  renameSheet(sheet: SheetState, name: string): void {
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet)
      throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    this.refuseChartSheetName(name);
    refuseRenameUnderKeptDrawings(this.sheets, this.chartSheets, sheet.name, name);
    sheet.name = name;
  }

  tableName(preferred?: string): string {
    if (preferred) return preferred;
    for (;;) {
      const name = `Table${this.nextTable++}`;
      if (tableNameFree(this, name)) return name;
    }
  }

  /** Table by name (case-insensitive) or id: TableCollection.getItem(key) takes either (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection). */
  table(nameOrId: string): TableState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower) ?? this.tables.find((t) => t.id === nameOrId);
  }

  tableId(): string {
    return `{fake-table-${this.nextTableId++}}`;
  }

  chartId(): string {
    return `{fake-chart-${this.nextChart}}`;
  }

  chartName(): string {
    return `Chart ${this.nextChart++}`;
  }

  get(sheet: SheetState, row: number, column: number): Prim | undefined {
    return sheet.values[row]?.[column];
  }

  format(sheet: SheetState, row: number, column: number): string {
    return sheet.formats[row]?.[column] ?? "General";
  }

  /** Stores one cell as Excel stores typed input (see typedInput). */
  setTyped(sheet: SheetState, row: number, column: number, input: unknown): void {
    if (input === null || input === undefined) return; // Office.js: null leaves the cell unchanged
    const k = key(row, column);
    sheet.formulas.delete(k);
    sheet.arrayFormulas.delete(k);
    sheet.quotePrefix.delete(k);
    const parsed = typedInput(input, this.format(sheet, row, column) === "@");
    if (parsed.formula) sheet.formulas.set(k, parsed.formula);
    if (parsed.quotePrefix) sheet.quotePrefix.add(k);
    this.setRaw(sheet, row, column, parsed.value);
  }

  setRaw(sheet: SheetState, row: number, column: number, value: Prim | undefined): void {
    if (value === undefined || value === "") {
      const r = sheet.values[row];
      if (r) r[column] = undefined;
      return;
    }
    (sheet.values[row] ??= [])[column] = value;
  }

  setFormat(sheet: SheetState, row: number, column: number, format: string): void {
    let r = sheet.formats[row];
    // A frozen row is shared with other rows (an opened file's rows of the same formats, packed-workbook.ts).
    if (r && Object.isFrozen(r)) sheet.formats[row] = r = r.slice();
    if (format === "General") {
      if (r) r[column] = undefined;
      return;
    }
    (sheet.formats[row] ??= [])[column] = format;
  }

  isFormula(sheet: SheetState, row: number, column: number): boolean {
    return sheet.formulas.has(key(row, column));
  }

  /** Range.formulas of one cell: the formula text of a formula cell, else its value ("" for blank). */
  formulaOrValue(sheet: SheetState, row: number, column: number): Prim {
    return sheet.formulas.get(key(row, column)) ?? this.get(sheet, row, column) ?? "";
  }

  /** A formula cell whose last calculated value is `value` (the fake does not evaluate formulas). */
  setFormula(
    sheet: SheetState,
    row: number,
    column: number,
    cell: { readonly formula: string; readonly value: Prim },
  ): void {
    const k = key(row, column);
    sheet.quotePrefix.delete(k);
    sheet.arrayFormulas.delete(k);
    sheet.formulas.set(k, cell.formula);
    this.setRaw(sheet, row, column, cell.value);
  }

  /** Saves the cells of `rect` (values, formulas, array formulas, quote prefixes); the function returned puts them back. */
  saveCells(sheet: SheetState, rect: Rect): () => void {
    const saved: { r: number; c: number; v: Prim | undefined; f?: string; a?: ArrayFormula; q: boolean }[] = [];
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        saved.push({
          r,
          c,
          v: this.get(sheet, r, c),
          f: sheet.formulas.get(key(r, c)),
          a: sheet.arrayFormulas.get(key(r, c)),
          q: sheet.quotePrefix.has(key(r, c)),
        });
      }
    }
    return () => {
      for (const x of saved) {
        const k = key(x.r, x.c);
        this.setRaw(sheet, x.r, x.c, x.v);
        if (x.f === undefined) sheet.formulas.delete(k);
        else sheet.formulas.set(k, x.f);
        if (x.a === undefined) sheet.arrayFormulas.delete(k);
        else sheet.arrayFormulas.set(k, x.a);
        if (x.q) sheet.quotePrefix.add(k);
        else sheet.quotePrefix.delete(k);
      }
    };
  }

  hasQuotePrefix(sheet: SheetState, row: number, column: number): boolean {
    return sheet.quotePrefix.has(key(row, column));
  }

  clear(sheet: SheetState, rect: Rect, what: "All" | "Formats" | "Contents"): void {
    const rEnd = Math.min(rect.row + rect.rowCount, sheet.values.length, MAX_ROWS);
    for (let r = rect.row; r < Math.max(rEnd, Math.min(rect.row + rect.rowCount, sheet.formats.length)); r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        if (what !== "Formats" && sheet.values[r]?.[c] !== undefined) {
          this.setRaw(sheet, r, c, undefined);
          sheet.formulas.delete(key(r, c));
          sheet.arrayFormulas.delete(key(r, c));
          sheet.quotePrefix.delete(key(r, c));
        }
        if (what !== "Contents" && sheet.formats[r]?.[c] !== undefined) this.setFormat(sheet, r, c, "General");
      }
    }
    if (what !== "Contents") {
      sheet.styles.push({ rect, bold: false, fill: null, fileStyle: null });
      sheet.condFormats = sheet.condFormats.filter((f) => !intersect(f.rect, rect));
      sheet.validations = sheet.validations.filter((v) => !intersect(v.rect, rect));
    }
  }

  /**
   * Bounding box of non-blank cells (Worksheet.getUsedRange(true)), or undefined for an empty sheet;
   * with `within`, only the cells inside that rectangle count (Range.getUsedRange).
   * `withFormats` counts cells with a number format too, as getUsedRange(valuesOnly = false) counts
   * formatted cells ("valuesOnly: considers only cells with values as used cells (ignores formatting)",
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1));
   * other formatting (fonts, fills) is not counted by the fake.
   */
  usedRect(sheet: SheetState, within?: Rect, withFormats = false): Rect | undefined {
    const top = within?.row ?? 0;
    const rows = withFormats ? Math.max(sheet.values.length, sheet.formats.length) : sheet.values.length;
    const bottom = Math.min(rows, within ? within.row + within.rowCount : Infinity);
    const left = within?.column ?? 0;
    const right = within ? within.column + within.columnCount : MAX_COLUMNS;
    let r0 = -1,
      r1 = -1,
      c0 = MAX_COLUMNS,
      c1 = -1;
    const blank = (row: readonly unknown[] | undefined, fmt: readonly unknown[] | undefined, c: number) =>
      row?.[c] === undefined && fmt?.[c] === undefined;
    for (let r = top; r < bottom; r++) {
      const row = sheet.values[r];
      const fmt = withFormats ? sheet.formats[r] : undefined;
      if (!row && !fmt) continue;
      const end = Math.min(Math.max(row?.length ?? 0, fmt?.length ?? 0), right);
      // The row's first cell from the left, then its last from the right only where it could widen the
      // rectangle: a million rows cost one look each, not one per cell (the page asks on every change).
      let first = left;
      while (first < end && blank(row, fmt, first)) first++;
      if (first >= end) continue;
      if (r0 < 0) r0 = r;
      r1 = r;
      if (first < c0) c0 = first;
      for (let c = end - 1; c > c1 && c >= first; c--)
        if (!blank(row, fmt, c)) {
          c1 = c;
          break;
        }
    }
    return r0 < 0 ? undefined : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }
}

/** Excel's rules for worksheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid worksheet name.`);
  }
}

const NUMBER_INPUT = /^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * How Excel stores a value written through Range.values: as if typed (the @types/office-js doc of
 * Range.values: a value starting with "+", "-" or "=" is interpreted as a formula). A leading apostrophe
 * is Excel's quote prefix: the rest is stored as text. Number-like text becomes a number, "TRUE"/"FALSE"
 * booleans and ISO dates date serials — unless the cell's number format is Text ("@").
 * Dates in other notations are not emulated.
 */
export function typedInput(
  input: unknown,
  textFormat: boolean,
): { value: Prim | undefined; formula?: string; quotePrefix?: boolean } {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: ${input} is not a finite number.`,
      );
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: a cell value of type ${typeof input}.`,
    );
  if (input === "") return { value: undefined };
  if (textFormat) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) || undefined, quotePrefix: true };
  if (NUMBER_INPUT.test(input) && /\d/.test(input)) return { value: Number(input.replace(/,/g, "").trim()) };
  if (/^[=+\-@]/.test(input) && input.length > 1) return { value: input, formula: input };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(input);
  if (iso) {
    try {
      return { value: serialFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3])) };
    } catch {
      // Not a day Excel can hold (2024-02-30, 1899-12-31): the fake keeps the text rather than guess a date.
    }
  }
  return { value: input };
}
