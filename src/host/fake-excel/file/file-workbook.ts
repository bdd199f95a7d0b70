import { MAX_COLUMNS, type Rect } from "../../../engine/cells";
import { xmlPartsOf } from "../custom-xml-parts";
import { type FakePrintState, printStateOf } from "../page-layout";
import type { SheetState, WorkbookState } from "../state";
import { type ChartNote, type FileLang, chartNotes } from "./chart-note";
import type { FileStyles } from "./file-styles";
import type { ChartSheetState, FileChartSheet, TabEntry } from "./kept-chart-sheets";
import { settingsToXmlPart } from "./settings-part";
import type { TableStyle } from "./table-style";
import { type KeptWindows, windowsWithSheets } from "./workbook-windows";

/**
 * What goes into the .xlsx, as plain data a worker can receive (structured cloning): the fake's sheets with
 * their cells and formatting, what is kept beside them (print layout, an opened file's print settings, filters and
 * names, used range, the chart notes already worded), the tables by sheet index, and the custom XML parts, the
 * settings part first.
 */
export interface FileSheet {
  readonly name: string;
  readonly visibility: SheetState["visibility"];
  values: SheetState["values"];
  formats: SheetState["formats"];
  /** Formula text ("=…") by row × MAX_COLUMNS + column (the fake's own key). */
  readonly formulas: ReadonlyMap<number, string>;
  /** An opened file's array formulas by their anchor cell, by the same key (array-formulas.ts); absent without any. */
  readonly arrayFormulas?: SheetState["arrayFormulas"];
  /** Cells whose text is kept as text (Excel's quote prefix), by the same key as formulas. */
  readonly quotePrefix: ReadonlySet<number>;
  readonly styles: SheetState["styles"];
  readonly hiddenRows: ReadonlySet<number>;
  /** An opened file's grouped rows (§18.3.1.73 outlineLevel, collapsed). */
  readonly outlineRows: SheetState["outlineRows"];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly mergedAreas: readonly Rect[];
  /** Heights of rows whose height was set (an opened file's), runs in row order. */
  readonly rowHeights: SheetState["rowHeights"];
  readonly hiddenColumns: ReadonlySet<number>;
  /** An opened file's rows' and columns' own styles (line-styles.ts). */
  readonly lineStyles: SheetState["lineStyles"];
  /** An opened file's print settings and filters as XML (sheet-elements-kept.ts), and its fit to pages. */
  readonly keptElements: SheetState["keptElements"];
  readonly fitToPage: boolean;
  /** An opened file's VBA code name for the sheet (vba-project.ts). */
  readonly codeName?: string;
  /** An opened file's tab colour, view and format settings (sheet-settings.ts). */
  readonly keptSettings?: SheetState["keptSettings"];
  /** An opened file's drawings and comments, whole (kept-parts.ts). */
  readonly keptParts?: SheetState["keptParts"];
  /** Names scoped to the sheet (an opened file's); the saver gives them the sheet's index as localSheetId. */
  readonly definedNames: SheetState["definedNames"];
  readonly validations: SheetState["validations"];
  readonly condFormats: SheetState["condFormats"];
  /** The used range counting formats (Worksheet.getUsedRange(false)); undefined for an empty sheet. */
  readonly used?: Rect;
  readonly print?: FakePrintState;
  readonly notes: readonly ChartNote[];
}

export interface FileTable {
  readonly name: string;
  readonly sheet: number;
  readonly rect: Rect;
  readonly headers: readonly string[];
  /** Its style (table-style.ts); undefined: the default a new table gets. */
  readonly style?: TableStyle;
}

export interface FileWorkbook {
  readonly sheets: FileSheet[];
  readonly tables: readonly FileTable[];
  readonly activeSheet: number;
  /** The custom XML parts' XML, the settings part (settings-part.ts) first. */
  readonly parts: readonly string[];
  /** The opened file's cell styles, default font and theme, kept (file-styles.ts); undefined: ExcelJS's own. */
  readonly fileStyles?: FileStyles;
  /** An opened file's workbook-scoped defined names (§18.2.5). */
  readonly definedNames: WorkbookState["definedNames"];
  /** An opened file's PivotTable caches (pivot-caches.ts). */
  readonly pivotCaches: WorkbookState["pivotCaches"];
  /** The workbook's protection as XML (workbook-protection-state.ts), undefined without. */
  readonly workbookProtection?: string;
  /** An opened file's self-contained workbook children as XML, put back at their places (workbook-children-xml.ts). */
  readonly workbookChildren?: readonly string[];
  /** An opened file's links to other workbooks (external-links.ts), their parts copied (external-links-writing.ts). */
  readonly externalLinks?: WorkbookState["externalLinks"];
  /** An opened file's chart and dialog sheets, each with the index of the worksheet it follows (kept-chart-sheets.ts). */
  readonly chartSheets?: readonly FileChartSheet[];
  /** An opened file's VBA project and workbook code name (vba-project.ts): the download is then macro-enabled. */
  readonly vba?: WorkbookState["vba"];
  /** An opened file's PivotTable slicer caches (slicer-caches.ts). */
  readonly slicerCaches?: WorkbookState["slicerCaches"];
  /** An opened file's windows and custom views, each sheet they name as a worksheet's or chart sheet's index. */
  readonly windows?: KeptWindows<TabEntry>;
  /** An opened file's document properties (document-properties.ts). */
  readonly documentProperties?: WorkbookState["documentProperties"];
  /** An opened file's metadata part, copied when a saved cell still has a cm that indexes it (cell-metadata.ts). */
  readonly cellMetadata?: WorkbookState["cellMetadata"];
}

/** A sheet of the state as its place among the file's worksheets or chart sheets; undefined once deleted. */
function tabEntryOf(state: WorkbookState, sheet: SheetState | ChartSheetState): TabEntry | undefined {
  const worksheet = state.sheets.indexOf(sheet as SheetState);
  if (worksheet >= 0) return { worksheet };
  const chartSheet = state.chartSheets.indexOf(sheet as ChartSheetState);
  return chartSheet >= 0 ? { chartSheet } : undefined;
}

export const formulaKey = (row: number, column: number) => row * MAX_COLUMNS + column;

/** The workbook as the file will hold it; the cell arrays are shared with the state, not copied. */
export function fileWorkbook(state: WorkbookState, lang: FileLang): FileWorkbook {
  const sheets = state.sheets.map((s): FileSheet => ({
    name: s.name,
    visibility: s.visibility,
    values: s.values,
    formats: s.formats,
    formulas: s.formulas,
    ...(s.arrayFormulas.size > 0 ? { arrayFormulas: s.arrayFormulas } : {}),
    quotePrefix: s.quotePrefix,
    styles: s.styles,
    hiddenRows: s.hiddenRows,
    outlineRows: s.outlineRows,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    columnWidths: s.columnWidths,
    mergedAreas: s.mergedAreas,
    rowHeights: s.rowHeights,
    hiddenColumns: s.hiddenColumns,
    lineStyles: s.lineStyles,
    keptElements: s.keptElements,
    fitToPage: s.fitToPage,
    ...(s.keptParts ? { keptParts: s.keptParts } : {}),
    ...(s.codeName !== undefined ? { codeName: s.codeName } : {}),
    ...(s.keptSettings ? { keptSettings: s.keptSettings } : {}),
    definedNames: s.definedNames,
    validations: s.validations,
    condFormats: s.condFormats,
    used: state.usedRect(s, undefined, true),
    print: printStateOf(s),
    notes: chartNotes(state, s, lang),
  }));
  const tables = state.tables.map((t) => ({
    name: t.name,
    sheet: state.sheets.indexOf(t.sheet),
    rect: t.rect,
    // A table's header names are text (a number in a header cell becomes its text); a blank one is ColumnN.
    headers: Array.from({ length: t.rect.columnCount }, (_, j) => {
      const v = state.get(t.sheet, t.rect.row, t.rect.column + j);
      return v === undefined ? `Column${j + 1}` : String(v);
    }),
    ...(t.style ? { style: t.style } : {}),
  }));
  const activeSheet = Math.max(0, state.activeSheet ? state.sheets.indexOf(state.activeSheet) : 0);
  const parts = [settingsToXmlPart(state.settings), ...xmlPartsOf(state).parts.map((p) => p.xml)];
  return {
    sheets,
    tables,
    activeSheet,
    parts,
    ...(state.fileStyles ? { fileStyles: state.fileStyles } : {}),
    definedNames: state.definedNames,
    pivotCaches: state.pivotCaches,
    chartSheets: state.chartSheets.map(({ after, ...c }) => {
      const sheet = after === undefined ? -1 : state.sheets.indexOf(after);
      return { ...c, ...(sheet >= 0 ? { after: sheet } : {}) };
    }),
    ...(state.workbookProtection !== undefined ? { workbookProtection: state.workbookProtection } : {}),
    ...(state.workbookChildren.length > 0 ? { workbookChildren: state.workbookChildren } : {}),
    ...(state.externalLinks ? { externalLinks: state.externalLinks } : {}),
    ...(state.vba ? { vba: state.vba } : {}),
    ...(state.slicerCaches ? { slicerCaches: state.slicerCaches } : {}),
    ...(state.windows ? { windows: windowsWithSheets(state.windows, (s) => tabEntryOf(state, s)) } : {}),
    ...(state.documentProperties ? { documentProperties: state.documentProperties } : {}),
    ...(state.cellMetadata ? { cellMetadata: state.cellMetadata } : {}),
  };
}

/** Rows a sheet's copy goes through (values or formats). */
export function rowsOf(sheet: Pick<FileSheet, "values" | "formats">): number {
  return Math.max(sheet.values.length, sheet.formats.length);
}
