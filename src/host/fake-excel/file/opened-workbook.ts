import type { ArrayFormula } from "./array-formulas";
import type { KeptExternalLinks } from "./external-links";
import type { Rect } from "../../../engine/cells";
import type {
  CondFormatRecord,
  KeptElement,
  Prim,
  RowHeightRun,
  SheetVisibility,
  StyleRecord,
  ValidationRecord,
} from "../state";
import type { FileDefinedName } from "./file-defined-names";
import type { TableStyle } from "./table-style";
import type { FileStyles } from "./file-styles";
import type { PivotCacheRef } from "./pivot-caches";
import type { LineStyles } from "./line-styles";
import type { OpenedChartSheet } from "./kept-chart-sheets";
import type { SheetParts } from "./kept-parts";
import type { KeptSlicerCaches } from "./slicer-caches";
import type { KeptVba } from "./vba-project";
import type { KeptWindows } from "./workbook-windows";
import type { KeptSheetSettings } from "./sheet-settings";
import type { KeptDocumentProperties } from "./document-properties";
import type { NotKept } from "./not-kept";

/**
 * A workbook file as read, before it becomes the fake's in-memory workbook: plain data that a worker can
 * post to the page (structured clone). Rows are 0-based; a blank cell is undefined.
 */
export interface OpenedSheet {
  readonly name: string;
  /** Hidden or very hidden in the file (an .xlsx's; absent: visible). */
  readonly visibility?: SheetVisibility;
  readonly values: (Prim | undefined)[][];
  /** Sparse like SheetState.formats: a row only where some cell has a number format other than General. */
  readonly formats: (string | undefined)[][];
  /** Formula cells: [row, column, "=…"]; their values hold the last calculated result. */
  readonly formulas: [number, number, string][];
  /** Array formulas on their anchor cells, each also in `formulas` (array-formulas.ts); absent without any. */
  readonly arrayFormulas?: [number, number, ArrayFormula][];
  /** Data validation lists and conditional formats the fake holds (sheet-rules.ts); absent for a CSV. */
  readonly rules?: { readonly validations: ValidationRecord[]; readonly condFormats: CondFormatRecord[] };
  /** Bold, fills, widths, frozen and hidden rows and columns, row heights, merges (an .xlsx's; a CSV has none). */
  readonly looks?: OpenedLooks;
  /**
   * Print settings and filters kept as the file wrote them, and its fit to pages (sheet-elements-kept.ts; an
   * .xlsx's); its drawings' and comments' parts, when it has some (kept-parts.ts).
   */
  readonly kept?: {
    readonly elements: KeptElement[];
    readonly fitToPage: boolean;
    readonly parts?: SheetParts;
    /** The sheet's VBA code name (§18.3.1.82 sheetPr codeName; vba-project.ts). */
    readonly codeName?: string;
    /** Its tab colour, view and format settings (sheet-settings.ts). */
    readonly settings?: KeptSheetSettings;
  };
}

/** How a sheet looks beyond its values, as the fake's SheetState keeps it (sheet-looks.ts reads it). */
export interface OpenedLooks {
  /** Bold and fill over rectangles that do not overlap. */
  readonly styles: StyleRecord[];
  readonly hiddenRows: number[];
  /** Grouped rows: [row, outline level, collapsed] (sheet-looks.ts); none when no row is grouped. */
  readonly outlineRows?: [number, number, boolean][];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** [column, width in points]. */
  readonly columnWidths: [number, number][];
  /** Merged areas, each a rectangle of cells (§18.3.1.55). */
  readonly mergedAreas: Rect[];
  /** Rows whose height was set by hand (§18.3.1.73 customHeight), as runs of one height in row order. */
  readonly rowHeights: RowHeightRun[];
  readonly hiddenColumns: number[];
  /** Rows' and columns' own styles (line-styles.ts); absent in a packed workbook of an older page. */
  readonly lineStyles?: LineStyles;
}

export interface OpenedTable {
  readonly name: string;
  readonly sheet: string;
  /** The table's range, header row included. */
  readonly rect: Rect;
  /** Its style (table-style.ts); absent in a packed workbook of an older page. */
  readonly style?: TableStyle;
}

export interface OpenedWorkbook {
  readonly fileName: string;
  readonly sheets: OpenedSheet[];
  readonly tables: OpenedTable[];
  /** The file's custom XML parts (customXml/itemN.xml), in part order: the settings part and the last run's parts. */
  readonly xmlParts: string[];
  /** What the file holds that the workbook does not keep (protection, PivotTables, macros …), for the page to say. */
  readonly notKept: NotKept[];
  /** The file's own cell styles and theme, kept for the download (an .xlsx's; a CSV has none). */
  readonly fileStyles?: FileStyles;
  /** The file's defined names, each with the sheet it is scoped to (file-defined-names.ts; an .xlsx's). */
  readonly definedNames?: FileDefinedName[];
  /** The PivotTable caches the sheets' kept PivotTables name (pivot-caches.ts; an .xlsx's). */
  readonly pivotCaches?: PivotCacheRef[];
  /** The workbook's `<workbookProtection>` as the file wrote it (file-workbook-protection.ts; an .xlsx's). */
  readonly workbookProtection?: string;
  /** Its links to other workbooks with their parts (external-links.ts; an .xlsx's). */
  readonly externalLinks?: KeptExternalLinks;
  /** The workbook part's self-contained children (calcPr, fileSharing …) as XML (workbook-children-kept.ts; an .xlsx's). */
  readonly workbookChildren?: readonly string[];
  /** Its chart and dialog sheets, kept whole (kept-chart-sheets.ts; an .xlsx's). */
  readonly chartSheets?: OpenedChartSheet[];
  /** The worksheet the file opens on (its first view's activeTab, §18.2.30), when that is a worksheet. */
  readonly activeSheet?: string;
  /** The workbook's VBA project and code name (vba-project.ts; an .xlsm's). */
  readonly vba?: KeptVba;
  /** The workbook's PivotTable slicer caches, kept with the sheets' slicers (slicer-caches.ts; an .xlsx's). */
  readonly slicerCaches?: KeptSlicerCaches;
  /** Its windows and custom views, with the sheets they name by name (workbook-windows.ts; an .xlsx's). */
  readonly windows?: KeptWindows<string>;
  /** Its document properties: core, custom, sensitivity label, and the user-set extended ones (document-properties.ts). */
  readonly documentProperties?: KeptDocumentProperties;
  /** The metadata part its dynamic arrays' cm attributes index, with the workbook's relationship to it (cell-metadata.ts). */
  readonly cellMetadata?: SheetParts;
}

/** Progress of reading a file, for the page's progress bar: a phase, and the share done (0–1) when known. */
export interface OpenProgress {
  readonly phase: "reading" | "cells";
  readonly done?: number;
}
