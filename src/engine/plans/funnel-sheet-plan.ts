import { InputError } from "../errors";
import { checkNumber, checkShare } from "./check";
import { HEADER_FILL, planStrings } from "./strings";
import type { PlanLang, PlanValue, WorkbookPlan } from "./types";

export interface FunnelInput {
  readonly stages: readonly {
    readonly name: string; readonly target: number; readonly actual?: number; readonly targetRate?: number;
    readonly actualRate?: number; readonly gap?: number; readonly bottleneck: boolean;
  }[];
  readonly lang: PlanLang;
}

/**
 * The funnel sheet: one row per stage — Stage, Target, Actual, Target rate, Actual rate, Gap,
 * Bottleneck — and a funnel chart of the targets (native funnel on ExcelApi 1.9, else bars; the host
 * picks), titled in the user's language.
 */
export function funnelSheetPlan(input: FunnelInput): WorkbookPlan {
  const s = planStrings(input.lang);
  if (input.stages.length < 2) throw new InputError("plans.stages", { found: input.stages.length }, `A funnel needs at least 2 stages, found ${input.stages.length}.`);
  const rows: PlanValue[][] = input.stages.map((st) => [
    st.name, checkNumber(st.target, `Target of ${st.name}`, true),
    st.actual === undefined ? null : checkNumber(st.actual, `Actual of ${st.name}`, true),
    st.targetRate === undefined ? null : checkShare(st.targetRate, `Target rate of ${st.name}`),
    st.actualRate === undefined ? null : checkNumber(st.actualRate, `Actual rate of ${st.name}`, true),
    st.gap === undefined ? null : checkNumber(st.gap, `Gap of ${st.name}`),
    st.bottleneck ? s.bottleneckMark : null,
  ]);
  const k = rows.length;
  return {
    lang: input.lang, columns: [], settings: [], activate: "funnel",
    sheets: [{
      key: "funnel", name: s.funnelSheet,
      blocks: [{
        row: 0, column: 0, headerRows: 1, headerFill: HEADER_FILL, what: s.funnelWhat,
        values: [[s.stage, s.target, s.actual, s.targetRate, s.actualRate, s.gap, s.bottleneck], ...rows],
        columnFormats: [undefined, "#,##0", "#,##0", "0.0%", "0.0%", "#,##0", undefined],
      }],
      tables: [], validations: [], charts: [{
        kind: "funnel", title: s.funnelTitle,
        categories: { row: 1, column: 0, rowCount: k, columnCount: 1 },
        series: [{ name: s.target, values: { row: 1, column: 1, rowCount: k, columnCount: 1 } }],
        position: { row: 1, column: 8, rowCount: 16, columnCount: 7 },
      }],
      conditionalFills: [{ range: { row: 1, column: 6, rowCount: k, columnCount: 1 }, rules: [{ equals: s.bottleneckMark, fill: "#FFC7CE" }] }],
      autofit: true, freezeRows: 1,
    }],
  };
}
