import { type Rect, parseAddress, rectAddress } from "../../engine/cells";
import { type FakeChartLabels, type FakePrintState, chartLabelsOf, printStateOf } from "./page-layout";
import type { SheetState, WorkbookState } from "./state";
import { type WorkbookSnapshot, snapshotWorkbook } from "./workbook-snapshot";

/** One cell as the preview grid shows it. */
export interface FakeCellView {
  readonly value: string | number | boolean | undefined;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly fill?: string;
  readonly isFormula: boolean;
  readonly quotePrefix: boolean;
}

export interface FakeChartView {
  readonly name: string;
  readonly sheet: string;
  readonly type: string;
  readonly title: string;
  readonly series: { name: string; chartType?: string; axisGroup?: string; values: unknown[]; categories: unknown[] }[];
  readonly position?: string;
  /** Data labels and axis titles set on the chart (page-layout.ts). */
  readonly labels?: FakeChartLabels;
}

/** Merged areas, rows' own heights (points), columns' widths (points), hidden rows and columns, frozen panes. */
export interface FakeSheetLayout {
  readonly mergedAreas: readonly Rect[];
  readonly rowHeights: readonly { readonly from: number; readonly count: number; readonly height: number }[];
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

/** A read-only view of the fake workbook, for the preview page's grid and for test assertions. */
export interface FakeWorkbookView {
  sheetNames(): string[];
  /** The sheets Excel shows as tabs: all but the hidden and very hidden ones (an opened file's, Worksheet.visibility). */
  visibleSheetNames(): string[];
  activeSheet(): string | undefined;
  /** Used range of the sheet ("A1:D10"), or undefined when empty. */
  usedAddress(sheet: string): string | undefined;
  usedRect(sheet: string): Rect | undefined;
  cell(sheet: string, address: string): FakeCellView;
  /** Values of a block ("A1:D10"), blanks as "". */
  values(sheet: string, address: string): (string | number | boolean)[][];
  numberFormats(sheet: string, address: string): string[][];
  tables(): { name: string; sheet: string; address: string; headers: string[] }[];
  charts(sheet?: string): FakeChartView[];
  /** Print area ("A1:O20"), zoom and orientation set through Worksheet.pageLayout, or undefined. */
  printLayout(sheet: string): { area?: string; zoom?: FakePrintState["zoom"]; orientation?: string } | undefined;
  validations(sheet: string): { address: string; list: string[] }[];
  conditionalFormats(sheet: string): { address: string; operator: string; formula1: string; fill?: string }[];
  frozenRows(sheet: string): number;
  columnWidth(sheet: string, column: number): number | undefined;
  hiddenRows(sheet: string): number[];
  /** The sheet's layout as the preview grid draws it (the state's own collections, to read only). */
  layout(sheet: string): FakeSheetLayout;
  settings(): Record<string, unknown>;
  /** The selected cells; `object` when a chart or shape is selected instead. */
  selection(): { sheet: string; address: string; object?: { kind: "chart" | "shape"; name: string } } | undefined;
  /** The whole workbook as plain data, to compare before and after a write (workbook-snapshot.ts). */
  snapshot(): WorkbookSnapshot;
  onChange(listener: () => void): () => void;
}

/** The sheet of that name; a plain Error (not an Office error) for a test or preview naming a missing one. */
export function sheetNamed(state: WorkbookState, name: string): SheetState {
  const s = state.sheet(name);
  if (!s) throw new Error(`fake Excel: no sheet "${name}"`);
  return s;
}

/** The block an A1 address names, for the view and the testing helpers. */
export function rectOfAddress(address: string): Rect {
  const p = parseAddress(address);
  if (!p) throw new Error(`fake Excel: bad address "${address}"`);
  return p.rect;
}

/** One cell with the bold and fill of the last styles set over it. */
function cellView(state: WorkbookState, s: SheetState, address: string): FakeCellView {
  const { row, column } = rectOfAddress(address);
  let bold = false;
  let fill: string | undefined;
  for (const st of s.styles) {
    const r = st.rect;
    if (row < r.row || row >= r.row + r.rowCount || column < r.column || column >= r.column + r.columnCount) continue;
    if (st.bold !== undefined) bold = st.bold;
    if (st.fill !== undefined) fill = st.fill ?? undefined;
  }
  return {
    value: state.get(s, row, column),
    numberFormat: state.format(s, row, column),
    bold,
    fill,
    isFormula: state.isFormula(s, row, column),
    quotePrefix: state.hasQuotePrefix(s, row, column),
  };
}

/** Each cell of a block, as `cell` gives it, row by row. */
function blockOf<T>(address: string, cell: (row: number, column: number) => T): T[][] {
  const r = rectOfAddress(address);
  return Array.from({ length: r.rowCount }, (_, i) =>
    Array.from({ length: r.columnCount }, (_, j) => cell(r.row + i, r.column + j)),
  );
}

/** The charts of one sheet (or all), with their series' values and categories read from the cells. */
function chartViews(state: WorkbookState, sheet?: string): FakeChartView[] {
  const column = (s: SheetState, r: Rect): unknown[] =>
    Array.from({ length: r.rowCount }, (_, i) => state.get(s, r.row + i, r.column) ?? "");
  return state.sheets
    .filter((s) => sheet === undefined || s.name === sheet)
    .flatMap((s) =>
      s.charts.map((c) => ({
        name: c.name,
        sheet: s.name,
        type: c.type,
        title: c.title,
        labels: chartLabelsOf(c),
        position: c.position && rectAddress(c.position.from) + (c.position.to ? `:${rectAddress(c.position.to)}` : ""),
        series: c.series.map((x) => ({
          name: x.name,
          chartType: x.chartType,
          axisGroup: x.axisGroup,
          values: x.values ? column(s, x.values) : [],
          categories: x.xValues ? column(s, x.xValues) : [],
        })),
      })),
    );
}

/** The workbook's tables with their sheet, address and header texts. */
function tableViews(state: WorkbookState): ReturnType<FakeWorkbookView["tables"]> {
  return state.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    address: rectAddress(t.rect, t.sheet.name),
    headers: Array.from({ length: t.rect.columnCount }, (_, j) =>
      String(state.get(t.sheet, t.rect.row, t.rect.column + j) ?? ""),
    ),
  }));
}

/** The read-only view over the fake's state (FakeExcel.workbookState). */
export function fakeWorkbookView(state: WorkbookState): FakeWorkbookView {
  const sheetOf = (name: string) => sheetNamed(state, name);
  return {
    sheetNames: () => state.sheets.map((s) => s.name),
    visibleSheetNames: () => state.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
    activeSheet: () => state.activeSheet?.name,
    usedRect: (sheet) => state.usedRect(sheetOf(sheet)),
    usedAddress: (sheet) => {
      const r = state.usedRect(sheetOf(sheet));
      return r && rectAddress(r);
    },
    cell: (sheet, address) => cellView(state, sheetOf(sheet), address),
    values: (sheet, address) => {
      const s = sheetOf(sheet);
      return blockOf(address, (r, c) => state.get(s, r, c) ?? "");
    },
    numberFormats: (sheet, address) => {
      const s = sheetOf(sheet);
      return blockOf(address, (r, c) => state.format(s, r, c));
    },
    tables: () => tableViews(state),
    charts: (sheet) => chartViews(state, sheet),
    printLayout: (sheet) => {
      const p = printStateOf(sheetOf(sheet));
      return p && { area: p.area && rectAddress(p.area), zoom: p.zoom, orientation: p.orientation };
    },
    validations: (sheet) => sheetOf(sheet).validations.map((v) => ({ address: rectAddress(v.rect), list: v.list })),
    conditionalFormats: (sheet) =>
      sheetOf(sheet).condFormats.map((f) => ({
        address: rectAddress(f.rect),
        operator: f.operator,
        formula1: f.formula1,
        fill: f.fill,
      })),
    frozenRows: (sheet) => sheetOf(sheet).frozenRows,
    columnWidth: (sheet, c) => sheetOf(sheet).columnWidths.get(c),
    hiddenRows: (sheet) => [...sheetOf(sheet).hiddenRows].sort((a, b) => a - b),
    layout: (sheet) => {
      const s = sheetOf(sheet);
      return {
        mergedAreas: s.mergedAreas,
        rowHeights: s.rowHeights,
        columnWidths: s.columnWidths,
        hiddenRows: s.hiddenRows,
        hiddenColumns: s.hiddenColumns,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
      };
    },
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(v)])),
    selection: () =>
      state.selection && {
        sheet: state.selection.sheet.name,
        address: state.selection.areas.map((a) => rectAddress(a)).join(","),
        ...(state.selection.object ? { object: { ...state.selection.object } } : {}),
      },
    snapshot: () => snapshotWorkbook(state),
    onChange: (listener) => state.onChange(listener),
  };
}
