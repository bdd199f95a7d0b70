import type { CellValue } from "../engine/cells/cell-value";
import type { Rect } from "../host/excel/a1";
import type { ChartState, SheetState, WorkbookState } from "../host/fake-excel/state";
import type { SheetRect } from "./grid/a1-address";
import type { PreviewChart, PreviewSheet, PreviewWorkbookView } from "./workbook-view";

/**
 * Excel chart types (Excel.ChartType) → the preview's drawing: Excel's own Funnel and Pareto, the
 * plans' fallbacks (clustered bars for a funnel; clustered columns + a line for a Pareto).
 */
function chartKind(chart: ChartState): string {
  const t = chart.type.toLowerCase();
  if (t === "funnel") return "funnel";
  if (t === "pareto") return "pareto";
  if (t.startsWith("bar")) return "bar";
  if (chart.series.some((s) => (s.chartType ?? "").toLowerCase().startsWith("line"))) return "columnLine";
  return t.startsWith("column") ? "columnLine" : "bar";
}

function cells(state: WorkbookState, sheet: SheetState, rect: Rect | undefined): CellValue[] {
  if (!rect) return [];
  const out: CellValue[] = [];
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) out.push(state.get(sheet, r, c) ?? null);
  return out;
}

const asNumber = (v: CellValue) => (typeof v === "number" ? v : Number.NaN);

/**
 * A chart's data read from its source cells: series with their own values/x-values ranges use those;
 * otherwise the source block is read as Excel does by default (first row headers, first column
 * categories, one series per remaining column).
 */
function chartData(state: WorkbookState, sheet: SheetState, chart: ChartState): PreviewChart {
  const withValues = chart.series.filter((s) => s.values);
  if (withValues.length > 0) {
    const x = chart.series.find((s) => s.xValues)?.xValues;
    const firstValues = withValues[0].values as Rect;
    const categories = x
      ? cells(state, sheet, x).map((v) => String(v ?? ""))
      : Array.from({ length: firstValues.rowCount }, (_, i) => String(i + 1));
    return {
      kind: chartKind(chart),
      title: chart.title,
      categories,
      series: withValues.map((s) => ({ name: s.name, values: cells(state, sheet, s.values).map(asNumber) })),
    };
  }
  const src = chart.source;
  const body = { row: src.row + 1, column: src.column, rowCount: src.rowCount - 1, columnCount: 1 };
  const series = [];
  for (let c = src.column + 1; c < src.column + src.columnCount; c++) {
    series.push({
      name: String(state.get(sheet, src.row, c) ?? ""),
      values: cells(state, sheet, { ...body, column: c }).map(asNumber),
    });
  }
  return { kind: chartKind(chart), title: chart.title, categories: cells(state, sheet, body).map((v) => String(v ?? "")), series };
}

function sheetView(state: WorkbookState, sheet: SheetState): PreviewSheet {
  const used = state.usedRect(sheet);
  return {
    name: sheet.name,
    rowCount: used ? used.row + used.rowCount : 0,
    columnCount: used ? used.column + used.columnCount : 0,
    value: (r, c) => state.get(sheet, r, c) ?? null,
    numberFormat: (r, c) => sheet.formats[r]?.[c],
    charts: () => sheet.charts.map((ch) => chartData(state, sheet, ch)),
  };
}

/**
 * The preview grid's read-only view of the fake Excel's workbook (src/host/fake-excel, a test double).
 * `select` must go through the fake so the host's onSelectionChanged handlers fire as in Excel.
 */
export function fakeWorkbookView(state: WorkbookState, select: (sheet: string, rect: Rect) => void): PreviewWorkbookView {
  let version = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    version++;
    for (const l of listeners) l();
  };
  state.onChange(notify);
  // Sheet views are cached per version: the used range is a scan of the sheet.
  let cache = new Map<string, PreviewSheet>();
  let cachedAt = -1;
  return {
    sheetNames: () => state.sheets.map((s) => s.name),
    sheet(name) {
      if (cachedAt !== version) {
        cache = new Map();
        cachedAt = version;
      }
      const s = state.sheet(name);
      if (!s) return undefined;
      let v = cache.get(s.name);
      if (!v) cache.set(s.name, (v = sheetView(state, s)));
      return v;
    },
    activeSheet: () => state.activeSheet?.name ?? state.sheets[0]?.name ?? "",
    activate(name) {
      const s = state.sheet(name);
      if (!s) return;
      state.activeSheet = s;
      notify();
    },
    selection(): SheetRect {
      const sel = state.selection;
      const sheet = sel?.sheet.name ?? state.activeSheet?.name ?? "";
      const a = sel?.areas[0] ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
      return { sheet, top: a.row, left: a.column, bottom: a.row + a.rowCount - 1, right: a.column + a.columnCount - 1 };
    },
    select(rect) {
      select(rect.sheet, { row: rect.top, column: rect.left, rowCount: rect.bottom - rect.top + 1, columnCount: rect.right - rect.left + 1 });
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
