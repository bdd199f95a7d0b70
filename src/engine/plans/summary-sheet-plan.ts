import { InputError } from "../errors";
import { checkCount, checkNumber, checkShare } from "./check";
import { HEADER_FILL, type PlanStrings, planStrings } from "./strings";
import { dateToDaySerial } from "../cells";
import { chartValueFormat } from "./chart-number-format";
import {
  type PlanCellBlock,
  type PlanChart,
  type PlanLang,
  type PlanValue,
  type WorkbookPlan,
  sheetBounds,
} from "./types";

/** What the report says above the tier table: how the tiers were made, from what, when (texts in the user's language). */
export interface SummaryReport {
  /** "Pareto (value share)". */
  readonly method: string;
  /** "A, B, C · shares 80 % / 15 % / 5 %". */
  readonly parameters: string;
  /** Where the data came from: "Customers!A1:D501". */
  readonly source: string;
  /** Day of the run (written as an Excel date). */
  readonly date: Date;
}

export interface SummaryInput {
  readonly tiers: readonly {
    readonly label: string;
    readonly customers: number;
    readonly customerShare: number;
    readonly value: number;
    readonly valueShare: number;
  }[];
  readonly lang: PlanLang;
  /** With it, the sheet is a one-page report: title and these lines above the tier table. */
  readonly report?: SummaryReport;
}

/** Rows above the tier table when the summary carries a report header: title, 4 lines, a blank row. */
export const SUMMARY_REPORT_ROWS = 6;

/**
 * The summary sheet: one row per tier — Tier, Value, % value, Cumulative % value, Customers,
 * % customers — a total row, and a Pareto chart of value by tier (native Pareto on ExcelApi 1.9,
 * otherwise columns plus the cumulative share as a line; the host picks). Tier and Value sit side by
 * side so they can be the chart's source directly.
 */
export function summarySheetPlan(input: SummaryInput): WorkbookPlan {
  const s = planStrings(input.lang);
  if (input.tiers.length === 0)
    throw new InputError("plans.noTiers", {}, "The summary needs at least one tier, found none.");
  input.tiers.forEach((t, i) => {
    const where = `Tier ${i + 1} ("${t.label}")`;
    checkCount(t.customers, `${where} customers`);
    checkShare(t.customerShare, `${where} customer share`);
    checkNumber(t.value, `${where} value`);
    checkShare(t.valueShare, `${where} value share`);
  });
  const r = input.report;
  const top = r ? SUMMARY_REPORT_ROWS : 0;
  const blocks: PlanCellBlock[] = [tierBlock(input, top)];
  if (r) blocks.push(reportBlock(r, s));
  const sheet = {
    key: "summary",
    name: s.summarySheet,
    blocks,
    tables: [],
    validations: [],
    conditionalFills: [],
    charts: [paretoChart(input, top)],
    autofit: true,
    // The report's rows are not frozen: a title and four lines would fill a small screen.
    freezeRows: r ? 0 : 1,
  };
  return {
    lang: input.lang,
    columns: [],
    settings: [],
    activate: "summary",
    sheets: [
      r
        ? { ...sheet, print: { area: sheetBounds(sheet), fitToPagesWide: 1, fitToPagesTall: 1, landscape: true } }
        : sheet,
    ],
  };
}

/** The tier table at row `top`: one row per tier, then the total row. */
function tierBlock(input: SummaryInput, top: number): PlanCellBlock {
  const s = planStrings(input.lang);
  let cumulative = 0;
  const rows: PlanValue[][] = input.tiers.map((t) => {
    cumulative += t.valueShare;
    return [t.label, t.value, t.valueShare, Math.min(1, cumulative), t.customers, t.customerShare];
  });
  const sum = (f: (t: SummaryInput["tiers"][number]) => number) => input.tiers.reduce((a, t) => a + f(t), 0);
  const total: PlanValue[] = [
    s.total,
    sum((t) => t.value),
    sum((t) => t.valueShare),
    null,
    sum((t) => t.customers),
    sum((t) => t.customerShare),
  ];
  return {
    row: top,
    column: 0,
    headerRows: 1,
    headerFill: HEADER_FILL,
    what: s.summaryWhat,
    values: [[s.tier, s.value, s.valueShare, s.cumulativeShare, s.customers, s.customerShare], ...rows, total],
    columnFormats: [undefined, "#,##0.00", "0.0%", "0.0%", "#,##0", "0.0%"],
  };
}

/** The report's title and lines from A1: method, parameters, source, date. */
function reportBlock(r: SummaryReport, s: PlanStrings): PlanCellBlock {
  if (Number.isNaN(r.date.getTime()))
    throw new InputError("plans.badReportDate", {}, "The summary's date is not a valid date.");
  return {
    row: 0,
    column: 0,
    headerRows: 1,
    what: s.reportWhat,
    columnFormats: [undefined, "yyyy-mm-dd"],
    values: [
      [s.reportTitle, null],
      [s.method, r.method],
      [s.parameters, r.parameters],
      [s.source, r.source],
      [s.date, dateToDaySerial(r.date)],
    ],
  };
}

/** Value by tier with the cumulative share, beside the tier table (its data starts on row `top` + 2). */
function paretoChart(input: SummaryInput, top: number): PlanChart {
  const s = planStrings(input.lang);
  const valueFormat = chartValueFormat(input.lang);
  const k = input.tiers.length;
  return {
    kind: "pareto",
    title: s.paretoTitle,
    categories: { row: top + 1, column: 0, rowCount: k, columnCount: 1 },
    series: [
      { name: s.value, values: { row: top + 1, column: 1, rowCount: k, columnCount: 1 } },
      { name: s.cumulativeShare, values: { row: top + 1, column: 3, rowCount: k, columnCount: 1 } },
    ],
    position: { row: top + 1, column: 7, rowCount: 18, columnCount: 8 },
    ...(input.report ? { dataLabels: true, axisTitles: { category: s.tier, value: s.value } } : {}),
    // The value axis only: the data labels also label the cumulative-share line (fractions), which 万/亿 would show as 0.
    ...(valueFormat ? { valueAxisFormat: valueFormat } : {}),
  };
}
