import type { Grid } from "../../engine/cells/cell-value";
import { type Rect, parseAddress, rectAddress } from "../excel/a1";
import type { ExcelEnv, XlContext } from "../excel/xl-types";
import { REPORTED_UNSUPPORTED_CHART_MEMBERS, type UnsupportedChartMembers } from "./chart-support";
import { type ActionInfo, type FakeRuntime, type FakeStats, versionAtLeast } from "./context";
import { FakeContext } from "./fake-context";
import { FakeOfficeError } from "./office-error";
import { type FakeChartLabels, type FakePrintState, chartLabelsOf, printStateOf } from "./page-layout";
import { type SheetState, WorkbookState } from "./state";
import { writeCells } from "./table-growth";
import { type WorkbookSnapshot, snapshotWorkbook } from "./workbook-snapshot";

export interface FakeSheetInput {
  readonly name: string;
  /** Row-major cells from A1; null, undefined and "" are blank. Written as Excel stores typed input. */
  readonly grid?: Grid;
  /** Number formats, same shape as grid (e.g. "yyyy-mm-dd" for date serials). */
  readonly numberFormats?: (string | undefined)[][];
}

export interface FakeExcelOptions {
  readonly sheets: readonly FakeSheetInput[];
  /** Supported requirement sets, e.g. { ExcelApi: "1.8" }. Default: ExcelApi 1.13 (everything the host uses; Table.resize is 1.13). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Excel on the web refuses requests and responses over 5 MB. */
  readonly maxRequestBytes?: number;
  readonly maxResponseBytes?: number;
  readonly displayLanguage?: string;
  /**
   * Chart members that throw UnsupportedOperation, by chart type (e.g. { Funnel: ["title"] }). Default: what
   * the office-js tracker reports (chart-support.ts); a test may declare a host where more fails.
   */
  readonly unsupportedChartMembers?: UnsupportedChartMembers;
}

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

/** A read-only view of the fake workbook, for the preview page's grid and for test assertions. */
export interface FakeWorkbookView {
  sheetNames(): string[];
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
  settings(): Record<string, unknown>;
  /** The selected cells; `object` when a chart or shape is selected instead. */
  selection(): { sheet: string; address: string; object?: { kind: "chart" | "shape"; name: string } } | undefined;
  /** The whole workbook as plain data, to compare before and after a write (workbook-snapshot.ts). */
  snapshot(): WorkbookSnapshot;
  onChange(listener: () => void): () => void;
}

/** Helpers for tests and the preview page (things a user does in Excel's own UI). */
export interface FakeExcelTesting {
  /** Selects one or more areas ("A1:D10", "A:D"); several areas make a multi-area selection. */
  setSelection(sheet: string, ...addresses: string[]): void;
  /** Selects a chart (by name) or a shape on the sheet, as a user clicking it: no cells are then the selection. */
  selectObject(sheet: string, kind: "chart" | "shape", name: string): void;
  hideRows(sheet: string, rows: number[]): void;
  /** Turns a block with a header row into an Excel table. */
  makeTable(sheet: string, address: string, name: string): void;
  /** Writes cells from A1-style address as a user would type them (a table next to them grows, as in Excel). */
  setCells(sheet: string, address: string, grid: Grid): void;
  /**
   * Types a formula into one cell ("C2"); `value` stands for its last calculated value (nothing is evaluated).
   * In an empty table column the formula fills the column, as Excel makes a calculated column.
   */
  setFormula(sheet: string, address: string, formula: string, value: string | number | boolean): void;
  setSetting(key: string, value: unknown): void;
  /** Makes the first queued write that matches fail at sync with this error code (once). */
  failOn(match: (info: ActionInfo) => boolean, code?: string): void;
  resetStats(): void;
}

export interface FakeExcel {
  /** Excel.run over the in-memory workbook. */
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Everything src/host/excel needs (pass to createExcelHost). */
  readonly env: ExcelEnv;
  readonly workbookState: FakeWorkbookView;
  readonly stats: FakeStats;
  readonly testing: FakeExcelTesting;
}

const FIVE_MB = 5 * 1024 * 1024;

/**
 * A TEST DOUBLE of Excel: a strict, typed, in-memory subset of the Excel JavaScript API (the members in
 * src/host/excel/xl-types.ts), with Office.js semantics — proxies, load() + context.sync(), reading an
 * unloaded property throws PropertyNotLoaded, operations run in queue order at sync, requirement sets
 * enforced (ApiNotFound), and the 5 MB request/response limits of Excel on the web
 * (RequestPayloadSizeLimitExceeded). It is not Excel: no formulas are evaluated, and only the behaviour
 * the host relies on is modelled. Where Excel is less kind than a plain store, the fake follows Office's
 * documentation or the office-js issue tracker, each with its source beside the code: tables grow by
 * auto-expansion and calculated columns (table-growth.ts), table column names stay unique and columns have
 * ids (table-headers.ts, table-columns.ts), reads of more than 5,000,000 cells and settings over 2 MB are refused
 * (limits.ts), chart members reported unsupported throw (chart-support.ts), and a selected chart or shape is
 * not a range. Where Office's behaviour is not documented, it throws "fake: undocumented behaviour, …"
 * (undocumented.ts) rather than guess.
 */
export function createFakeExcel(options: FakeExcelOptions): FakeExcel {
  const state = new WorkbookState();
  const sets = options.requirementSets ?? { ExcelApi: "1.13" };
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], suspendCalculationCalls: 0 };
  const failures: { match: (info: ActionInfo) => boolean; code: string }[] = [];
  const runtime: FakeRuntime = {
    state,
    stats,
    maxRequestBytes: options.maxRequestBytes ?? FIVE_MB,
    maxResponseBytes: options.maxResponseBytes ?? FIVE_MB,
    supports: (set, version) => sets[set] !== undefined && versionAtLeast(sets[set], version),
    chartMemberUnsupported: (type, member) => (options.unsupportedChartMembers ?? REPORTED_UNSUPPORTED_CHART_MEMBERS)[type]?.includes(member) ?? false,
    failOn: (info) => {
      const i = failures.findIndex((f) => f.match(info));
      if (i < 0) return undefined;
      return failures.splice(i, 1)[0].code;
    },
  };
  for (const input of options.sheets) {
    const sheet = state.addSheet(input.name);
    input.grid?.forEach((row, r) => row.forEach((v, c) => {
      const f = input.numberFormats?.[r]?.[c];
      if (f) state.setFormat(sheet, r, c, f);
      if (v !== null && v !== undefined && v !== "") state.setTyped(sheet, r, c, typeof v === "object" ? "#VALUE!" : v);
    }));
  }
  if (state.sheets.length === 0) state.addSheet("Sheet1");
  state.selection = { sheet: state.sheets[0], areas: [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }] };

  const sheetOf = (name: string): SheetState => {
    const s = state.sheet(name);
    if (!s) throw new Error(`fake Excel: no sheet "${name}"`);
    return s;
  };
  const rectOfAddress = (address: string): Rect => {
    const p = parseAddress(address);
    if (!p) throw new Error(`fake Excel: bad address "${address}"`);
    return p.rect;
  };
  const selectionListeners = new Set<() => void>();

  const run = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(runtime);
    const result = await batch(ctx);
    // Excel.run sends what is still queued when the batch resolves.
    if (ctx.queue.pending > 0) await ctx.sync();
    return result;
  };

  const view: FakeWorkbookView = {
    sheetNames: () => state.sheets.map((s) => s.name),
    activeSheet: () => state.activeSheet?.name,
    usedRect: (sheet) => state.usedRect(sheetOf(sheet)),
    usedAddress: (sheet) => {
      const r = state.usedRect(sheetOf(sheet));
      return r && rectAddress(r);
    },
    cell: (sheet, address) => {
      const s = sheetOf(sheet);
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
        value: state.get(s, row, column), numberFormat: state.format(s, row, column), bold, fill,
        isFormula: state.isFormula(s, row, column), quotePrefix: state.hasQuotePrefix(s, row, column),
      };
    },
    values: (sheet, address) => {
      const s = sheetOf(sheet);
      const r = rectOfAddress(address);
      return Array.from({ length: r.rowCount }, (_, i) => Array.from({ length: r.columnCount }, (_, j) => state.get(s, r.row + i, r.column + j) ?? ""));
    },
    numberFormats: (sheet, address) => {
      const s = sheetOf(sheet);
      const r = rectOfAddress(address);
      return Array.from({ length: r.rowCount }, (_, i) => Array.from({ length: r.columnCount }, (_, j) => state.format(s, r.row + i, r.column + j)));
    },
    tables: () => state.tables.map((t) => ({
      name: t.name, sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name),
      headers: Array.from({ length: t.rect.columnCount }, (_, j) => String(state.get(t.sheet, t.rect.row, t.rect.column + j) ?? "")),
    })),
    charts: (sheet) => state.sheets.filter((s) => sheet === undefined || s.name === sheet).flatMap((s) => s.charts.map((c) => ({
      name: c.name, sheet: s.name, type: c.type, title: c.title, labels: chartLabelsOf(c),
      position: c.position && rectAddress(c.position.from) + (c.position.to ? `:${rectAddress(c.position.to)}` : ""),
      series: c.series.map((x) => ({
        name: x.name, chartType: x.chartType, axisGroup: x.axisGroup,
        values: x.values ? column(s, x.values) : [], categories: x.xValues ? column(s, x.xValues) : [],
      })),
    }))),
    printLayout: (sheet) => {
      const p = printStateOf(sheetOf(sheet));
      return p && { area: p.area && rectAddress(p.area), zoom: p.zoom, orientation: p.orientation };
    },
    validations: (sheet) => sheetOf(sheet).validations.map((v) => ({ address: rectAddress(v.rect), list: v.list })),
    conditionalFormats: (sheet) => sheetOf(sheet).condFormats.map((f) => ({ address: rectAddress(f.rect), operator: f.operator, formula1: f.formula1, fill: f.fill })),
    frozenRows: (sheet) => sheetOf(sheet).frozenRows,
    columnWidth: (sheet, c) => sheetOf(sheet).columnWidths.get(c),
    hiddenRows: (sheet) => [...sheetOf(sheet).hiddenRows].sort((a, b) => a - b),
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(v)])),
    selection: () => state.selection && {
      sheet: state.selection.sheet.name, address: state.selection.areas.map((a) => rectAddress(a)).join(","),
      ...(state.selection.object ? { object: { ...state.selection.object } } : {}),
    },
    snapshot: () => snapshotWorkbook(state),
    onChange: (listener) => state.onChange(listener),
  };
  function column(s: SheetState, r: Rect): unknown[] {
    return Array.from({ length: r.rowCount }, (_, i) => state.get(s, r.row + i, r.column) ?? "");
  }

  const testing: FakeExcelTesting = {
    setSelection(sheet, ...addresses) {
      const s = sheetOf(sheet);
      state.selection = { sheet: s, areas: addresses.map(rectOfAddress) };
      state.activeSheet = s;
      selectionListeners.forEach((l) => l());
      state.changed();
    },
    selectObject(sheet, kind, name) {
      const s = sheetOf(sheet);
      if (kind === "chart" && !s.charts.some((c) => c.name === name)) throw new Error(`fake Excel: no chart "${name}" on ${sheet}`);
      state.selection = { sheet: s, areas: state.selection?.sheet === s ? state.selection.areas : [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }], object: { kind, name } };
      state.activeSheet = s;
      selectionListeners.forEach((l) => l());
      state.changed();
    },
    hideRows(sheet, rows) {
      const s = sheetOf(sheet);
      rows.forEach((r) => s.hiddenRows.add(r));
      state.changed();
    },
    makeTable(sheet, address, name) {
      const s = sheetOf(sheet);
      if (state.table(name)) throw new FakeOfficeError("InvalidArgument", `A table named "${name}" already exists.`);
      state.tables.push({ name, sheet: s, rect: rectOfAddress(address) });
      state.changed();
    },
    setCells(sheet, address, grid) {
      const s = sheetOf(sheet);
      const r = rectOfAddress(address);
      const rect = { ...r, rowCount: grid.length, columnCount: Math.max(1, ...grid.map((row) => row.length)) };
      writeCells(state, s, rect, () => grid.forEach((row, i) => row.forEach((v, j) => {
        if (v === null || v === undefined || v === "") state.setRaw(s, r.row + i, r.column + j, undefined);
        else state.setTyped(s, r.row + i, r.column + j, typeof v === "object" ? "#VALUE!" : v);
      })));
      state.changed();
    },
    setFormula(sheet, address, formula, value) {
      const r = rectOfAddress(address);
      const s = sheetOf(sheet);
      const cell = { row: r.row, column: r.column, rowCount: 1, columnCount: 1 };
      writeCells(state, s, cell, () => state.setFormula(s, r.row, r.column, formula, value));
      state.changed();
    },
    setSetting(key, value) {
      state.settings.set(key, JSON.stringify(value));
    },
    failOn(match, code = "GeneralException") {
      failures.push({ match, code });
    },
    resetStats() {
      stats.syncs = 0;
      stats.requestBytes.length = 0;
      stats.responseBytes.length = 0;
      stats.suspendCalculationCalls = 0;
    },
  };

  const env: ExcelEnv = {
    run,
    isSetSupported: runtime.supports,
    displayLanguage: () => options.displayLanguage ?? "en-US",
    onSelectionChanged(callback) {
      selectionListeners.add(callback);
      return () => selectionListeners.delete(callback);
    },
  };
  return { run, env, workbookState: view, stats, testing };
}
