/* eslint-disable @typescript-eslint/no-explicit-any -- a few Office.js parameters (Range arguments, load options) cannot be named without the whole real class; see XlRangeArg. */
/**
 * The subset of the Excel JavaScript API (Office.js, @types/office-js) that TierLadder's host code uses.
 * Each interface lists only members that exist on the real class with the same name, load/sync
 * semantics and requirement set; test/host/xl-types.test.ts checks at compile time that the real
 * Excel.RequestContext is assignable to XlContext, so code written against these types is valid Office.js.
 * src/host/fake-excel implements the same interfaces in memory.
 *
 * Requirement sets used (Office docs, "Excel JavaScript API requirement sets"):
 * 1.1 ranges, tables, charts, chart title · 1.2 rowHidden, autofit · 1.4 *OrNullObject, settings ·
 * 1.5 custom XML parts · 1.6 conditional formats, suspendApiCalculationUntilNextSync · 1.7 getRangeByIndexes,
 * freezePanes, Chart.id, chart series setValues/setXAxisValues · 1.8 data validation, series axisGroup ·
 * 1.9 getSelectedRanges, Range.getTables, Pareto/Funnel, page layout (print area, zoom, orientation) ·
 * 1.13 Table.resize. The minimum (1.7) and the features above it: requirement-sets.ts.
 */

/** Cell values as Office.js hands them over (numbers, strings, booleans; "" for blank). */
export type XlValues = (string | number | boolean)[][];

/**
 * A Range argument (a Range of the same request context, or an address). Typed `any` because the real
 * methods take Excel.Range, which this subset cannot name without requiring all of its ~100 members.
 */
export type XlRangeArg = any;

export interface XlClientObject {
  /** Set after a sync for objects obtained from *OrNullObject methods. */
  readonly isNullObject: boolean;
}

export interface XlRequestContextLike {
  sync(): Promise<void>;
}

export interface XlContext extends XlRequestContextLike {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly settings: XlSettingCollection;
  /** ExcelApi 1.5. */
  readonly customXmlParts: XlCustomXmlPartCollection;
  /** The workbook-scoped defined names (ExcelApi 1.1). */
  readonly names: XlNamedItemCollection;
  /** ExcelApi 1.7 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection), read only here. */
  readonly protection: XlWorkbookProtection;
  getSelectedRange(): XlRange;
  /** ExcelApi 1.9. */
  getSelectedRanges(): XlRangeAreas;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  load(propertyNames?: any): XlWorksheetCollection;
}

export interface XlWorksheet extends XlClientObject {
  readonly id: string;
  name: string;
  /** Excel.SheetVisibility (ExcelApi 1.1), read only here. */
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.2 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection), read only here. */
  readonly protection: XlWorksheetProtection;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
  load(propertyNames?: any): XlWorksheet;
}

/** ExcelApi 1.9 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout). */
export interface XlPageLayout {
  orientation: any;
  /** Set as a whole object (x.zoom = {...}), as the docs require. */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintArea(printArea: XlRangeArg): void;
}

export interface XlWorksheetProtection extends XlClientObject {
  readonly protected: boolean;
  load(propertyNames?: any): XlWorksheetProtection;
}

export interface XlWorkbookProtection extends XlClientObject {
  readonly protected: boolean;
  load(propertyNames?: any): XlWorkbookProtection;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  unfreeze(): void;
}

export interface XlRange extends XlClientObject {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: any[][];
  /** ExcelApi 1.1: formula text for formula cells, the value for constants. */
  formulas: any[][];
  numberFormat: any[][];
  readonly rowHidden: boolean;
  readonly worksheet: XlWorksheet;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  getCell(row: number, column: number): XlRange;
  getRow(row: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getIntersectionOrNullObject(anotherRange: XlRangeArg): XlRange;
  /** ExcelApi 1.9. */
  getTables(fullyContained?: boolean): XlTableScopedCollection;
  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks"): void;
  select(): void;
  load(propertyNames?: any): XlRange;
}

export interface XlRangeAreas extends XlClientObject {
  readonly address: string;
  readonly areaCount: number;
  load(propertyNames?: any): XlRangeAreas;
}

export interface XlRangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string; clear(): void };
  columnWidth: number;
  autofitColumns(): void;
}

export interface XlDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: any } };
  clear(): void;
}

export interface XlConditionalFormatCollection {
  add(type: "CellValue"): XlConditionalFormat;
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly cellValue: {
    readonly format: { readonly fill: { color: string } };
    rule: { formula1: string; formula2?: string; operator: any };
  };
}

export interface XlTableCollection {
  readonly items: XlTable[];
  add(address: XlRangeArg, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
  getItemOrNullObject(key: string): XlTable;
  load(propertyNames?: any): XlTableCollection;
}

export interface XlTableScopedCollection {
  readonly items: XlTable[];
  load(propertyNames?: any): XlTableScopedCollection;
}

export interface XlTable extends XlClientObject {
  /** ExcelApi 1.1 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table). */
  readonly id: string;
  name: string;
  readonly worksheet: XlWorksheet;
  readonly columns: {
    readonly items: XlTableColumn[];
    load(propertyNames?: any): unknown;
    add(
      index?: number,
      values?: Array<Array<boolean | string | number>> | boolean | string | number,
      name?: string,
    ): XlTableColumn;
    /** ExcelApi 1.4: by name or id (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection). */
    getItemOrNullObject(key: number | string): { delete(): void };
  };
  readonly rows: {
    add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number): unknown;
  };
  getRange(): XlRange;
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
  /** ExcelApi 1.2. */
  clearFilters(): void;
  /** ExcelApi 1.2: the cells stay; formulas' structured references to the table become cell references. */
  convertToRange(): XlRange;
  /** ExcelApi 1.13: same header row, overlapping the old range. */
  resize(newRange: XlRangeArg): void;
  delete(): void;
  load(propertyNames?: any): XlTable;
}

/** ExcelApi 1.1: `id` "returns a unique key that identifies the column within the table" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumn). */
export interface XlTableColumn {
  readonly id: number;
  load(propertyNames?: any): XlTableColumn;
}

export interface XlChartCollection {
  readonly items: XlChart[];
  /** By name; the first of several with that name (ExcelApi 1.1). */
  getItem(name: string): XlChart;
  add(type: any, sourceData: XlRangeArg, seriesBy?: any): XlChart;
  load(propertyNames?: any): XlChartCollection;
}

export interface XlChart {
  /** ExcelApi 1.7 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart). */
  readonly id: string;
  name: string;
  readonly title: { text: string };
  readonly series: XlChartSeriesCollection;
  /** ExcelApi 1.1. */
  readonly dataLabels: { showValue: boolean; /** ExcelApi 1.8. */ numberFormat: string };
  /** ExcelApi 1.1. */
  readonly axes: { readonly categoryAxis: XlChartAxis; readonly valueAxis: XlChartAxis };
  setPosition(startCell: XlRangeArg, endCell?: XlRangeArg): void;
  delete(): void;
  load(propertyNames?: any): XlChart;
}

export interface XlChartAxis {
  /** ExcelApi 1.1. */
  readonly title: { text: string; visible: boolean };
  /** ExcelApi 1.8. */
  numberFormat: string;
}

export interface XlChartSeriesCollection {
  getItemAt(index: number): XlChartSeries;
  add(name?: string, index?: number): XlChartSeries;
}

export interface XlChartSeries {
  name: string;
  chartType: any;
  axisGroup: any;
  setValues(sourceData: XlRangeArg): void;
  setXAxisValues(sourceData: XlRangeArg): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames?: any): XlNamedItemCollection;
}

export interface XlNamedItem extends XlClientObject {
  readonly name: string;
  readonly visible: boolean;
}

export interface XlSettingCollection {
  readonly items: XlSetting[];
  add(key: string, value: any): unknown;
  getItem(key: string): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
  load(propertyNames?: any): XlSettingCollection;
}

export interface XlSetting extends XlClientObject {
  readonly key: string;
  readonly value: any;
  delete(): void;
  load(propertyNames?: any): XlSetting;
}

/** OfficeExtension.ClientResult: a method's result, readable after the next sync. */
export interface XlClientResult<T> {
  readonly value: T;
}

/** ExcelApi 1.5 (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection). */
export interface XlCustomXmlPartCollection {
  readonly items: XlCustomXmlPart[];
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection;
  getItem(id: string): XlCustomXmlPart;
  getItemOrNullObject(id: string): XlCustomXmlPart;
  load(propertyNames?: any): XlCustomXmlPartCollection;
}

export interface XlCustomXmlPartScopedCollection {
  readonly items: XlCustomXmlPart[];
  load(propertyNames?: any): XlCustomXmlPartScopedCollection;
}

/** ExcelApi 1.5 (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart). */
export interface XlCustomXmlPart extends XlClientObject {
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): XlClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
  load(propertyNames?: any): XlCustomXmlPart;
}

/**
 * What the host needs from its surroundings: Excel.run, the requirement-set check, the display language
 * and the selection-changed registration. office-env.ts binds these to the Office globals;
 * createFakeExcel returns one for the in-memory workbook.
 */
export interface ExcelEnv {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  displayLanguage(): string;
  onSelectionChanged(callback: () => void): () => void;
}
