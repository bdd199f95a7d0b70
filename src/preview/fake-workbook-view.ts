import { type CellValue, type Rect, rectAddress } from "../engine/cells";
import type { FakeChartView, FakeExcel } from "../host";
import { type SheetRect, parseA1Range, rectContains } from "./grid/a1-address";
import type { PreviewChart, PreviewSheet, PreviewWorkbookView } from "./workbook-view";

/**
 * Excel chart types (Excel.ChartType) → the preview's drawing: Excel's own Funnel and Pareto, and the
 * plans' fallbacks (clustered bars for a funnel; clustered columns + a line for a Pareto).
 */
function chartKind(chart: FakeChartView): string {
  const t = chart.type.toLowerCase();
  if (t === "funnel") return "funnel";
  if (t === "pareto") return "pareto";
  if (t.startsWith("bar")) return "bar";
  return "columnLine";
}

const asNumber = (v: unknown) => (typeof v === "number" ? v : Number.NaN);

function chartData(chart: FakeChartView): PreviewChart {
  const withCategories = chart.series.find((s) => s.categories.length > 0);
  const n = Math.max(0, ...chart.series.map((s) => s.values.length));
  return {
    kind: chartKind(chart),
    title: chart.title,
    categories: withCategories
      ? withCategories.categories.map((c) => String(c))
      : Array.from({ length: n }, (_, i) => String(i + 1)),
    series: chart.series.map((s) => ({ name: s.name, values: s.values.map(asNumber) })),
  };
}

/** A conditional format of the fake with the block its address names. */
interface FillRule {
  readonly rect: Rect;
  readonly operator: string;
  readonly formula1: string;
  readonly fill?: string;
}

/** Fill colour of a cell from the sheet's "equal to" conditional formats (the tier colours). */
function conditionalFill(
  rules: readonly FillRule[],
  row: number,
  column: number,
  value: CellValue,
): string | undefined {
  for (const rule of rules) {
    if (!rule.fill || !rectContains(rule.rect, row, column)) continue;
    if (!/equal/i.test(rule.operator)) continue;
    const want = rule.formula1.replace(/^=/, "").replace(/^"(.*)"$/, "$1");
    if (String(value ?? "") === want) return rule.fill;
  }
  return undefined;
}

/** The block an address of the fake names; an empty block (no cell inside) for a form it cannot read. */
function rectOfAddress(address: string): Rect {
  return parseA1Range(address)?.rect ?? { row: -1, column: -1, rowCount: 0, columnCount: 0 };
}

function sheetView(fake: FakeExcel, name: string): PreviewSheet {
  const wb = fake.workbookState;
  const used = wb.usedRect(name);
  const rowCount = used ? used.row + used.rowCount : 0;
  const columnCount = used ? used.column + used.columnCount : 0;
  // Rows are read when the grid first shows them, then kept until the workbook changes (a new view is made):
  // copying a whole 1,048,576-row sheet on every change froze the page for seconds (bench/file-open.bench.ts).
  const rowsRead = new Map<number, { values: (string | number | boolean)[]; formats: string[] }>();
  const rowOf = (r: number) => {
    let row = rowsRead.get(r);
    if (!row) {
      const address = rectAddress({ row: r, column: 0, rowCount: 1, columnCount });
      row = { values: wb.values(name, address)[0], formats: wb.numberFormats(name, address)[0] };
      rowsRead.set(r, row);
    }
    return row;
  };
  const rules: FillRule[] = wb.conditionalFormats(name).map((r) => ({ ...r, rect: rectOfAddress(r.address) }));
  const inside = (r: number, c: number) => r < rowCount && c < columnCount;
  return {
    name,
    rowCount,
    columnCount,
    value: (r, c) => (inside(r, c) && rowOf(r).values[c] !== "" ? rowOf(r).values[c] : null),
    numberFormat: (r, c) => (inside(r, c) && rowOf(r).formats[c] !== "General" ? rowOf(r).formats[c] : undefined),
    style(r, c) {
      if (!inside(r, c)) return {};
      const cell = wb.cell(name, rectAddress({ row: r, column: c, rowCount: 1, columnCount: 1 }));
      return { bold: cell.bold, fill: conditionalFill(rules, r, c, cell.value) ?? cell.fill };
    },
    charts: () => wb.charts(name).map(chartData),
    layout: wb.layout(name),
  };
}

/**
 * The preview grid's view of the fake Excel (src/host/fake-excel, a test double). Selecting goes through
 * the fake's testing.setSelection, so the host's onSelectionChanged handlers fire as they would in Excel;
 * switching sheets restores that sheet's last selection, as Excel does.
 */
export function fakeWorkbookView(fake: FakeExcel): PreviewWorkbookView {
  const wb = fake.workbookState;
  let version = 0;
  const listeners = new Set<() => void>();
  const lastSelection = new Map<string, string>();
  let cache = new Map<string, PreviewSheet>();
  wb.onChange(() => {
    version++;
    cache = new Map();
    listeners.forEach((l) => l());
  });
  const current = (): SheetRect => {
    const sel = wb.selection();
    const sheet = sel?.sheet ?? wb.activeSheet() ?? wb.visibleSheetNames()[0];
    const r = rectOfAddress((sel?.address ?? "A1").split(",")[0]);
    return { sheet, ...r };
  };
  return {
    // Tabs as Excel shows them: a hidden sheet of an opened file has none (it stays in the download, hidden).
    sheetNames: () => wb.visibleSheetNames(),
    sheet(name) {
      if (!wb.sheetNames().includes(name)) return undefined;
      let v = cache.get(name);
      if (!v) cache.set(name, (v = sheetView(fake, name)));
      return v;
    },
    activeSheet: () => wb.activeSheet() ?? wb.visibleSheetNames()[0],
    activate(name) {
      const sel = current();
      lastSelection.set(sel.sheet, rectAddress(sel));
      fake.testing.setSelection(name, lastSelection.get(name) ?? "A1");
    },
    selection: current,
    select(rect) {
      fake.testing.setSelection(rect.sheet, rectAddress(rect));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
