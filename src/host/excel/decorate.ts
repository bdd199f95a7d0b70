import type { PlanChart, PlanSheet } from "../../engine/plans";
import { type Rect, rectAddress } from "./a1";
import {
  type ApplyRun,
  type ColumnsTarget,
  type Decoration,
  type SheetTarget,
  type Step,
  notice,
  warnOnce,
} from "./apply-types";
import { adjacentSeries } from "./page-layout";
import type { XlRange, XlWorksheet } from "./xl-types";

/**
 * The cosmetic steps, run after the write has committed (DESIGN: they never undo the data): header bold and
 * fill, tier colours (conditional formats, ExcelApi 1.6), drop-downs (data validation, 1.8), column widths,
 * the frozen header, chart titles, positions and series formatting. Each requirement set is checked with
 * env.isSetSupported first; a missing one is a warning, not an error.
 */

export function planRange(ws: XlWorksheet, r: Rect): XlRange {
  return ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);
}

/** Tier columns: bold (filled) header, the tier colours on the tier column, widths to fit. */
export function columnsDecoration(run: ApplyRun, t: ColumnsTarget): Decoration {
  const p = t.plan,
    rect = t.rect;
  const cf = p.conditionalFills;
  if (cf && p.rows.length > 0 && !run.supports("1.6")) warnOnce(run, notice("write.notices.noColours"));
  return {
    what: notice("write.finishing.columns", { what: p.what, address: rectAddress(rect, t.sheetName) }),
    queue: (c) => {
      const ws = c.workbook.worksheets.getItem(t.sheetName);
      const header = ws.getRangeByIndexes(rect.row, rect.column, 1, rect.columnCount);
      header.format.font.bold = true;
      if (p.headerFill) header.format.fill.color = p.headerFill;
      if (cf && p.rows.length > 0 && run.supports("1.6")) {
        // The previous run's colours over the whole old block go first (clearAll keeps this idempotent).
        const old = t.prev
          ? ws.getRangeByIndexes(t.prev.headerRow + 1, t.prev.column + cf.column, Math.max(1, t.prev.rowCount), 1)
          : undefined;
        old?.conditionalFormats.clearAll();
        const body = ws.getRangeByIndexes(rect.row + 1, rect.column + cf.column, p.rows.length, 1);
        body.conditionalFormats.clearAll();
        for (const rule of cf.rules) addFill(body, rule);
      }
      ws.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount).format.autofitColumns();
    },
  };
}

/** A sheet's drop-downs, colours, header styles, widths and frozen rows. */
export function sheetDecoration(run: ApplyRun, s: PlanSheet, target: SheetTarget, fit: readonly Rect[]): Decoration {
  if (s.validations.length > 0 && !run.supports("1.8")) warnOnce(run, notice("write.notices.noDropDowns"));
  if (s.conditionalFills.length > 0 && !run.supports("1.6")) warnOnce(run, notice("write.notices.noColours"));
  if (s.freezeRows > 0 && !run.supports("1.7")) warnOnce(run, notice("write.notices.noFreeze"));
  return {
    what: notice("write.finishing.sheetFormats", { sheet: target.name }),
    queue: () => {
      const ws = target.ref();
      for (const b of s.blocks) {
        const rows = b.headerRows ?? 0;
        if (rows === 0 || b.values.length === 0) continue;
        const header = ws.getRangeByIndexes(b.row, b.column, rows, b.values[0].length);
        header.format.font.bold = true;
        if (b.headerFill) header.format.fill.color = b.headerFill;
      }
      // DataValidation.rule (ExcelApi 1.8): https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation
      if (run.supports("1.8"))
        for (const v of s.validations)
          planRange(ws, v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      if (run.supports("1.6")) {
        for (const cf of s.conditionalFills) {
          const range = planRange(ws, cf.range);
          range.conditionalFormats.clearAll();
          for (const rule of cf.rules) addFill(range, rule);
        }
      }
      if (s.autofit) for (const r of fit) planRange(ws, r).format.autofitColumns();
      for (const w of s.columnWidths ?? []) ws.getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width;
      // WorksheetFreezePanes.freezeRows (ExcelApi 1.7): https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes
      if (s.freezeRows > 0 && run.supports("1.7")) ws.freezePanes.freezeRows(s.freezeRows);
    },
  };
}

function addFill(range: XlRange, rule: { readonly equals: string; readonly fill: string }): void {
  // ConditionalFormatCollection.add("CellValue"), ExcelApi 1.6: https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
  const f = range.conditionalFormats.add("CellValue");
  f.cellValue.format.fill.color = rule.fill;
  f.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
}

/**
 * A chart: its data (type, source, series values) is a write step; its title, position and series
 * formatting are decorations — the office-js tracker reports title and axis calls throwing
 * UnsupportedOperation on funnel and Pareto charts in some hosts (issue 9), which must not undo the data.
 * Charts and series: ChartCollection.add (1.1), ChartSeries.setValues/setXAxisValues, chartType (1.7),
 * axisGroup (1.8): https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseries
 */
let chartCount = 0;

export function chartSteps(
  run: ApplyRun,
  chart: PlanChart,
  sheet: Pick<SheetTarget, "name" | "ref">,
  decorations: Decoration[],
): Step[] {
  let kind = chart.kind;
  if ((kind === "pareto" || kind === "funnel") && !run.supports("1.9")) {
    warnOnce(run, notice(kind === "pareto" ? "write.notices.paretoFallback" : "write.notices.funnelFallback"));
    kind = kind === "pareto" ? "columnLine" : "bar";
  }
  const line = kind === "columnLine" ? chart.series[1] : undefined;
  if (line && !run.supports("1.7")) warnOnce(run, notice("write.notices.noCumulativeLine"));
  // The chart is found again by the name it gets here (unique: this write's id), as a chart object returned
  // by ChartCollection.add is not valid in a later sync (office.js: InvalidObjectPath); ChartCollection.getItem
  // takes a name: https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection
  const drawing: ChartDrawing = { chart, kind, name: `TierLadder ${run.runId} ${++chartCount}`, line };
  decorations.push(...chartDecorations(run, sheet, drawing));
  return [
    {
      bytes: 600,
      progress: notice("write.steps.chart", { chart: chart.title }),
      queue: () => queueChart(run, sheet.ref(), drawing),
    },
  ];
}

/** A chart to draw: the plan's chart, the kind this Excel can draw, its unique name, and the cumulative line of a column-and-line chart. */
interface ChartDrawing {
  readonly chart: PlanChart;
  readonly kind: PlanChart["kind"];
  readonly name: string;
  readonly line?: PlanChart["series"][number];
}

/** The chart's data: type, source (the header row above categories and first series when side by side) and series. */
function queueChart(run: ApplyRun, ws: XlWorksheet, d: ChartDrawing): void {
  const { chart, kind, name, line } = d;
  const first = chart.series[0];
  // Source: header row above the categories and the first series, when they sit side by side.
  const adjacent = chart.categories.column + 1 === first.values.column && chart.categories.row === first.values.row;
  const source = adjacent
    ? planRange(ws, {
        row: chart.categories.row - 1,
        column: chart.categories.column,
        rowCount: chart.categories.rowCount + 1,
        columnCount: 1 + adjacentSeries(chart),
      })
    : planRange(ws, first.values);
  const type = { pareto: "Pareto", funnel: "Funnel", bar: "BarClustered", columnLine: "ColumnClustered" }[kind];
  const drawn = ws.charts.add(type, source, "Columns");
  drawn.name = name;
  if (!adjacent && run.supports("1.7")) drawn.series.getItemAt(0).setXAxisValues(planRange(ws, chart.categories));
  if (line && run.supports("1.7")) {
    const lineSeries = drawn.series.add(line.name);
    lineSeries.setValues(planRange(ws, line.values));
    lineSeries.setXAxisValues(planRange(ws, chart.categories));
  }
}

/** The chart's title, then its line on the secondary axis and its position: cosmetic, after the commit. */
function chartDecorations(run: ApplyRun, sheet: Pick<SheetTarget, "name" | "ref">, d: ChartDrawing): Decoration[] {
  const { chart, name, line } = d;
  const drawn = () => sheet.ref().charts.getItem(name);
  const params = { chart: chart.title, sheet: sheet.name };
  const title: Decoration = {
    what: notice("write.finishing.chartTitle", params),
    queue: () => {
      drawn().title.text = chart.title;
    },
  };
  const layout: Decoration = {
    what: notice("write.finishing.chartLayout", params),
    queue: () => {
      const c = drawn();
      if (line && run.supports("1.7")) {
        const lineSeries = c.series.getItemAt(1);
        lineSeries.chartType = "Line";
        if (run.supports("1.8")) lineSeries.axisGroup = "Secondary";
      }
      const p = chart.position;
      c.setPosition(
        rectAddress({ ...p, rowCount: 1, columnCount: 1 }),
        rectAddress({ row: p.row + p.rowCount - 1, column: p.column + p.columnCount - 1, rowCount: 1, columnCount: 1 }),
      );
    },
  };
  return [title, layout];
}
