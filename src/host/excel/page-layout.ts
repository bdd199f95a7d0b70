import type { PlanChart, PlanPrint, PlanSheet } from "../../engine/plans";
import type { HostNotice } from "../host-api";
import { type ApplyRun, notice, warnOnce as sharedWarnOnce } from "./apply-types";
import { errorCode } from "./errors";
import type { XlChart, XlRange, XlWorksheet } from "./xl-types";

/**
 * Cosmetic steps that make a written sheet read like a report: the print area and "fit to one page wide"
 * (and its orientation), chart data labels and axis titles. They run after the data is written and the
 * registry saved (the "decorate" phase): one sync to find the charts, one to dress them; a step the
 * workbook refuses is left out with a warning and never undoes the data.
 *
 * Office documentation:
 * - Worksheet.pageLayout, PageLayout.setPrintArea / orientation / zoom: ExcelApi 1.9; zoom is set as one
 *   object (x.zoom = {...}). https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout and
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 * - Chart.dataLabels.showValue, Chart.axes.categoryAxis/valueAxis.title.text and .visible: ExcelApi 1.1
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabels,
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxistitle). Newer chart types
 *   (waterfall, Pareto, funnel…) may refuse chart properties with UnsupportedOperation
 *   (https://github.com/OfficeDev/office-js/issues/2041, https://github.com/OfficeDev/office-js-docs/issues/910),
 *   hence one sync per chart, each failure a warning.
 * - ChartAxis.numberFormat ("the format code for the axis tick label") and ChartDataLabels.numberFormat: ExcelApi
 *   1.8 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-numberformat-member,
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabels#excel-excel-chartdatalabels-numberformat-member;
 *   "[Api set: ExcelApi 1.8]" in @types/office-js): left out with a warning below 1.8.
 */

/**
 * How many of a chart's series sit side by side right of its categories, from the first (at least 1 when
 * the first does): they go into the chart's source together, one series per column. Pareto and
 * column-with-line charts take only the first (their second series is added apart).
 */
export function adjacentSeries(chart: PlanChart): number {
  if (chart.kind === "pareto" || chart.kind === "columnLine") return 1;
  let n = 0;
  while (
    n < chart.series.length &&
    chart.series[n].values.column === chart.categories.column + 1 + n &&
    chart.series[n].values.row === chart.categories.row
  )
    n++;
  return Math.max(1, n);
}

/** A sheet of the plan as written: its plan and the id of the worksheet it went to. */
export interface PlacedSheet {
  readonly key: string;
  readonly id: string;
}

/** Whether a chart plan asks for labels, titles or number formats. */
function dressed(c: PlanChart): boolean {
  return !!(c.dataLabels || c.axisTitles || c.valueAxisFormat || c.dataLabelFormat);
}

/** Whether a sheet plan asks for anything this phase does. */
function wantsDecoration(s: PlanSheet): boolean {
  return s.print !== undefined || s.charts.some(dressed);
}

/**
 * Applies the plan's print settings and chart decorations to the sheets just written. Never throws for a
 * refused step: each one becomes a warning (in `warnings`). Adds no sync when nothing asks for decoration.
 */
export async function decorateSheets(
  run: Pick<ApplyRun, "ctx" | "plan" | "supports" | "notices" | "sync">,
  placed: readonly PlacedSheet[],
): Promise<void> {
  const { ctx, plan, supports, notices: warnings } = run;
  const sync = () => run.sync();
  const todo = plan.sheets.filter(wantsDecoration).flatMap((s) => {
    const at = placed.find((p) => p.key === s.key);
    return at ? [{ plan: s, ws: ctx.workbook.worksheets.getItem(at.id) }] : [];
  });
  if (todo.length === 0) return;
  const chartLists = todo.map((t) => (t.plan.charts.some(dressed) ? t.ws.charts.load("items/name") : undefined));
  await attempt(sync, warnings, (e) => notice("write.notices.chartsNotFound", { reason: describe(e) }));
  for (let i = 0; i < todo.length; i++) {
    const { plan: s, ws } = todo[i];
    if (s.print) {
      if (supports("1.9")) {
        queuePrint(ws, s.print);
        await attempt(sync, warnings, (e) =>
          notice("write.notices.printRefused", { sheet: s.name, reason: describe(e) }),
        );
      } else warnOnce(warnings, notice("write.notices.noPrintLayout"));
    }
    const list = chartLists[i];
    if (!list) continue;
    let items;
    try {
      items = list.items;
    } catch {
      continue; // the load failed: already warned
    }
    // The plan's charts are the sheet's last charts, in plan order (a refresh deletes the old ones first).
    const first = items.length - s.charts.length;
    for (let j = 0; j < s.charts.length; j++) {
      const chart = items[first + j];
      const pc = s.charts[j];
      if (!chart || !dressed(pc)) continue;
      if (pc.dataLabels || pc.axisTitles) {
        queueChartLabels(chart, pc);
        await attempt(sync, warnings, (e) =>
          notice("write.notices.chartLabelsRefused", { chart: pc.title, reason: describe(e) }),
        );
      }
      if (!(pc.valueAxisFormat || pc.dataLabelFormat)) continue;
      if (!supports("1.8")) {
        warnOnce(warnings, notice("write.notices.noChartNumberFormat"));
        continue;
      }
      queueChartNumberFormats(chart, pc);
      await attempt(sync, warnings, (e) =>
        notice("write.notices.chartNumberFormatRefused", { chart: pc.title, reason: describe(e) }),
      );
    }
  }
}

function queuePrint(ws: XlWorksheet, print: PlanPrint): void {
  const a = print.area;
  const area: XlRange = ws.getRangeByIndexes(a.row, a.column, a.rowCount, a.columnCount);
  ws.pageLayout.setPrintArea(area);
  ws.pageLayout.zoom = {
    horizontalFitToPages: print.fitToPagesWide,
    ...(print.fitToPagesTall !== undefined ? { verticalFitToPages: print.fitToPagesTall } : {}),
  };
  if (print.landscape !== undefined) ws.pageLayout.orientation = print.landscape ? "Landscape" : "Portrait";
}

function queueChartLabels(chart: XlChart, pc: PlanChart): void {
  if (pc.dataLabels) chart.dataLabels.showValue = true;
  if (pc.axisTitles) {
    const { categoryAxis, valueAxis } = chart.axes;
    categoryAxis.title.text = pc.axisTitles.category;
    categoryAxis.title.visible = true;
    valueAxis.title.text = pc.axisTitles.value;
    valueAxis.title.visible = true;
  }
}

function queueChartNumberFormats(chart: XlChart, pc: PlanChart): void {
  if (pc.valueAxisFormat) chart.axes.valueAxis.numberFormat = pc.valueAxisFormat;
  if (pc.dataLabelFormat) chart.dataLabels.numberFormat = pc.dataLabelFormat;
}

async function attempt(
  sync: () => Promise<void>,
  warnings: HostNotice[],
  say: (e: unknown) => HostNotice,
): Promise<boolean> {
  try {
    await sync();
    return true;
  } catch (e) {
    warnOnce(warnings, say(e));
    return false;
  }
}

function describe(e: unknown): string {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

function warnOnce(warnings: HostNotice[], n: HostNotice): void {
  sharedWarnOnce({ notices: warnings }, n);
}
