import { InputError } from "../errors";
import { checkCount, checkNumber, checkShare } from "./check";
import { HEADER_FILL, planStrings } from "./strings";
import type { PlanLang, PlanValue, WorkbookPlan } from "./types";

export interface SummaryInput {
  readonly tiers: readonly { readonly label: string; readonly customers: number; readonly customerShare: number; readonly value: number; readonly valueShare: number }[];
  readonly lang: PlanLang;
}

/**
 * The summary sheet: one row per tier — Tier, Value, % value, Cumulative % value, Customers,
 * % customers — a total row, and a Pareto chart of value by tier (native Pareto on ExcelApi 1.9,
 * otherwise columns plus the cumulative share as a line; the host picks). Tier and Value sit side by
 * side so they can be the chart's source directly.
 */
export function summarySheetPlan(input: SummaryInput): WorkbookPlan {
  const s = planStrings(input.lang);
  if (input.tiers.length === 0) throw new InputError("plans.noTiers", {}, "The summary needs at least one tier, found none.");
  input.tiers.forEach((t, i) => {
    const where = `Tier ${i + 1} ("${t.label}")`;
    checkCount(t.customers, `${where} customers`);
    checkShare(t.customerShare, `${where} customer share`);
    checkNumber(t.value, `${where} value`);
    checkShare(t.valueShare, `${where} value share`);
  });
  let cumulative = 0;
  const rows: PlanValue[][] = input.tiers.map((t) => {
    cumulative += t.valueShare;
    return [t.label, t.value, t.valueShare, Math.min(1, cumulative), t.customers, t.customerShare];
  });
  const sum = (f: (t: SummaryInput["tiers"][number]) => number) => input.tiers.reduce((a, t) => a + f(t), 0);
  const total: PlanValue[] = [s.total, sum((t) => t.value), sum((t) => t.valueShare), null, sum((t) => t.customers), sum((t) => t.customerShare)];
  const k = input.tiers.length;
  return {
    lang: input.lang, columns: [], settings: [], activate: "summary",
    sheets: [{
      key: "summary", name: s.summarySheet,
      blocks: [{
        row: 0, column: 0, headerRows: 1, headerFill: HEADER_FILL, what: s.summaryWhat,
        values: [[s.tier, s.value, s.valueShare, s.cumulativeShare, s.customers, s.customerShare], ...rows, total],
        columnFormats: [undefined, "#,##0.00", "0.0%", "0.0%", "#,##0", "0.0%"],
      }],
      tables: [], validations: [], conditionalFills: [],
      charts: [{
        kind: "pareto", title: s.paretoTitle,
        categories: { row: 1, column: 0, rowCount: k, columnCount: 1 },
        series: [
          { name: s.value, values: { row: 1, column: 1, rowCount: k, columnCount: 1 } },
          { name: s.cumulativeShare, values: { row: 1, column: 3, rowCount: k, columnCount: 1 } },
        ],
        position: { row: 1, column: 7, rowCount: 18, columnCount: 8 },
      }],
      autofit: true, freezeRows: 1,
    }],
  };
}
