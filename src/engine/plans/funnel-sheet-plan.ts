import { InputError } from "../errors";
import { checkCount, checkNumber, checkShare } from "./check";
import { HEADER_FILL, planStrings } from "./strings";
import { dateToDaySerial } from "../cells";
import { chartValueFormat } from "./chart-number-format";
import type { PlanCellBlock, PlanChart, PlanLang, PlanValue, WorkbookPlan } from "./types";

export interface FunnelInput {
  readonly stages: readonly {
    readonly name: string;
    readonly target: number;
    readonly actual?: number;
    readonly targetRate?: number;
    readonly actualRate?: number;
    readonly gap?: number;
    readonly bottleneck: boolean;
    /** The day this stage's work must start for the deals to close on time (UTC midnight). */
    readonly startBy?: Date;
  }[];
  /** Per-tier ladders: each tier's share, deals, revenue and its own stage targets (by stage name). */
  readonly tiers?: readonly {
    readonly tier: string;
    readonly share: number;
    readonly deals: number;
    readonly revenue?: number;
    readonly stages: readonly { readonly name: string; readonly target: number }[];
  }[];
  /** The target split across reps, regions or periods: parts[row][stage], stages by name. */
  readonly allocation?: {
    /** Header of the name column: "Period", "Sales rep", "Region". */
    readonly by: string;
    readonly names: readonly string[];
    readonly stages: readonly string[];
    readonly parts: readonly (readonly number[])[];
    /** With it, each row's deals (the last stage's part) also as revenue: deals × average deal size. */
    readonly averageDealSize?: number;
  };
  readonly lang: PlanLang;
}

/**
 * The funnel sheet: what the Ladder tab shows, as a sheet to share.
 * - One row per stage — Stage, Target, Actual, Target rate, Actual rate, Gap, Bottleneck, Start by.
 * - A chart: with actual counts, target against actual per stage (clustered bars, two series); without,
 *   a funnel of the targets (native funnel on ExcelApi 1.9, else bars; the host picks).
 * - Below, when given: the plan per tier (share, deals, revenue, each stage's target) and the split of
 *   the target (one row per rep, region or period; each stage's part; revenue = deals × average deal size).
 */
export function funnelSheetPlan(input: FunnelInput): WorkbookPlan {
  const s = planStrings(input.lang);
  if (input.stages.length < 2)
    throw new InputError(
      "plans.stages",
      { found: input.stages.length },
      `A funnel needs at least 2 stages, found ${input.stages.length}.`,
    );
  const k = input.stages.length;
  const blocks: PlanCellBlock[] = [stageBlock(input)];
  let next = k + 2; // one blank row between blocks
  const tiers = tierBlock(input, next);
  if (tiers) {
    blocks.push(tiers);
    next += tiers.values.length + 1;
  }
  const split = allocationBlock(input, next);
  if (split) blocks.push(split);
  return {
    lang: input.lang,
    columns: [],
    settings: [],
    activate: "funnel",
    sheets: [
      {
        key: "funnel",
        name: s.funnelSheet,
        blocks,
        tables: [],
        validations: [],
        charts: [funnelChart(input, k)],
        conditionalFills: [
          {
            range: { row: 1, column: 6, rowCount: k, columnCount: 1 },
            rules: [{ equals: s.bottleneckMark, fill: "#FFC7CE" }],
          },
        ],
        autofit: true,
        freezeRows: 1,
      },
    ],
  };
}

/** One row per stage, from A1: Stage, Target, Actual, Target rate, Actual rate, Gap, Bottleneck, Start by. */
function stageBlock(input: FunnelInput): PlanCellBlock {
  const s = planStrings(input.lang);
  const rows: PlanValue[][] = input.stages.map((st) => [
    st.name,
    checkNumber(st.target, `Target of ${st.name}`, true),
    st.actual === undefined ? null : checkNumber(st.actual, `Actual of ${st.name}`, true),
    st.targetRate === undefined ? null : checkShare(st.targetRate, `Target rate of ${st.name}`),
    st.actualRate === undefined ? null : checkNumber(st.actualRate, `Actual rate of ${st.name}`, true),
    st.gap === undefined ? null : checkNumber(st.gap, `Gap of ${st.name}`),
    st.bottleneck ? s.bottleneckMark : null,
    st.startBy === undefined ? null : startSerial(st.startBy, st.name),
  ]);
  return {
    row: 0,
    column: 0,
    headerRows: 1,
    headerFill: HEADER_FILL,
    what: s.funnelWhat,
    values: [[s.stage, s.target, s.actual, s.targetRate, s.actualRate, s.gap, s.bottleneck, s.startBy], ...rows],
    columnFormats: [undefined, "#,##0", "#,##0", "0.0%", "0.0%", "#,##0", undefined, "yyyy-mm-dd"],
  };
}

/** The plan per tier at `row`: share, deals, revenue and each stage's target; none without tiers. */
function tierBlock(input: FunnelInput, row: number): PlanCellBlock | undefined {
  if (!input.tiers || input.tiers.length === 0) return undefined;
  const s = planStrings(input.lang);
  const names = input.stages.map((st) => st.name);
  const values: PlanValue[][] = [[s.tier, s.share, s.deals, s.revenue, ...names]];
  for (const t of input.tiers) {
    checkShare(t.share, `Share of tier ${t.tier}`);
    checkCount(t.deals, `Deals of tier ${t.tier}`);
    const byName = new Map(t.stages.map((x) => [x.name, x.target]));
    values.push([
      t.tier,
      t.share,
      t.deals,
      t.revenue === undefined ? null : checkNumber(t.revenue, `Revenue of tier ${t.tier}`, true),
      ...names.map((n) => byName.get(n) ?? null),
    ]);
  }
  return {
    row,
    column: 0,
    headerRows: 1,
    headerFill: HEADER_FILL,
    what: s.tierPlanWhat,
    values,
    columnFormats: [undefined, "0.0%", "#,##0", "#,##0.00", ...names.map(() => "#,##0")],
  };
}

/** The split of the target at `row` (one row per rep, region or period; each stage's part; revenue); none without one. */
function allocationBlock(input: FunnelInput, row: number): PlanCellBlock | undefined {
  const a = input.allocation;
  if (!a || a.names.length === 0) return undefined;
  const s = planStrings(input.lang);
  if (a.parts.length !== a.names.length || a.parts.some((p) => p.length !== a.stages.length)) {
    throw new InputError(
      "plans.allocationShape",
      { rows: a.names.length, stages: a.stages.length },
      `The split has ${a.names.length} rows and ${a.stages.length} stages, but its parts do not have that shape.`,
    );
  }
  // Revenue of a row: its deals (the part of the last stage, the one that signs) × the average deal size.
  const dealColumn = a.stages.lastIndexOf(input.stages[input.stages.length - 1].name);
  const withRevenue = a.averageDealSize !== undefined && dealColumn >= 0;
  if (withRevenue) checkNumber(a.averageDealSize!, "Average deal size", true);
  const values: PlanValue[][] = [[a.by, ...a.stages, ...(withRevenue ? [s.revenue] : [])]];
  a.names.forEach((n, r) =>
    values.push([n, ...a.parts[r], ...(withRevenue ? [a.parts[r][dealColumn] * a.averageDealSize!] : [])]),
  );
  return {
    row,
    column: 0,
    headerRows: 1,
    headerFill: HEADER_FILL,
    what: s.allocationWhat,
    values,
    columnFormats: [undefined, ...a.stages.map(() => "#,##0"), ...(withRevenue ? ["#,##0.00"] : [])],
  };
}

/**
 * With actual counts, target against actual per stage (clustered bars, two series); without, a funnel of
 * the targets. `k` stages, in rows 2 to k + 1.
 */
function funnelChart(input: FunnelInput, k: number): PlanChart {
  const s = planStrings(input.lang);
  const valueFormat = chartValueFormat(input.lang);
  const withActual = input.stages.some((st) => st.actual !== undefined);
  const categories = { row: 1, column: 0, rowCount: k, columnCount: 1 };
  const position = { row: 1, column: 9, rowCount: 16, columnCount: 7 };
  return withActual
    ? {
        kind: "bar",
        title: s.targetVsActualTitle,
        categories,
        position,
        dataLabels: true,
        axisTitles: { category: s.stage, value: s.deals },
        // Both series count deals: one format for the axis and the labels.
        ...(valueFormat ? { valueAxisFormat: valueFormat, dataLabelFormat: valueFormat } : {}),
        series: [
          { name: s.target, values: { row: 1, column: 1, rowCount: k, columnCount: 1 } },
          { name: s.actual, values: { row: 1, column: 2, rowCount: k, columnCount: 1 } },
        ],
      }
    : {
        kind: "funnel",
        title: s.funnelTitle,
        categories,
        position,
        series: [{ name: s.target, values: { row: 1, column: 1, rowCount: k, columnCount: 1 } }],
      };
}

function startSerial(day: Date, stage: string): number {
  if (!(day instanceof Date) || Number.isNaN(day.getTime()))
    throw new InputError("plans.badStartDate", { stage }, `The start-by date of ${stage} is not a valid date.`);
  return dateToDaySerial(day);
}
