import { z } from "zod";
import type { CellValue } from "../../cells";
import {
  DEFAULT_LIFECYCLE_WINDOWS,
  LIFECYCLE_NAMES,
  LIFECYCLE_STAGES,
  lifecycleStages,
  type LifecycleStage,
  type LifecycleWindows,
} from "../lifecycle-stages";
import type { TierResult } from "../tier-result";
import { NO_TIER } from "../types";
import { columnRefSchema } from "./column-ref";
import type { DraftField, FormContext, MethodFields, Problem } from "./method-form";
import type { Because, MethodContext, MethodRun, TieringMethod } from "./tiering-method";

const days = z
  .number()
  .int({ message: "expected a whole number of days" })
  .min(0, { message: "expected 0 days or more" });

const schema = z.object({
  kind: z.literal("lifecycle"),
  /** Days: first order within `new` → New; last order more than `lost` / `atRisk` ago → Lost / At risk (absent = 90 / 180 / 365). */
  windows: z.object({ new: days, atRisk: days, lost: days }).optional(),
  /** A customer list's first and last order date columns (an order list has its own; last defaults to the "date" role). */
  first: columnRefSchema.optional(),
  last: columnRefSchema.optional(),
});
type LifecycleOptions = z.infer<typeof schema>;

const isBlank = (v: CellValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Days from each date to asOf (NaN where the date is not a number). */
function daysTo(asOf: number, serials: Float64Array): Float64Array {
  return serials.map((s) => asOf - Math.floor(s));
}

function run(o: LifecycleOptions, ctx: MethodContext): MethodRun {
  const windows = o.windows ?? DEFAULT_LIFECYCLE_WINDOWS;
  const asOf = ctx.asOfSerial();
  const lastCol = ctx.orderDateColumn("last", o.last, "method.last");
  const firstCol = ctx.orderDateColumn("first", o.first, "method.first");
  const last = ctx.dates(lastCol);
  const first = ctx.dates(firstCol);
  // A blank last order date means no order: Never purchased, and then the first date does not matter.
  const noOrder = Uint8Array.from(ctx.cells(lastCol), (v) => (isBlank(v) ? 1 : 0));
  const noOrderRows = new Set(last.issues.filter((i) => i.reason === "blank").map((i) => i.row));
  ctx.report(last.issues.filter((i) => i.reason !== "blank"));
  ctx.report(first.issues.filter((i) => !noOrderRows.has(i.row)));
  const tier = lifecycleStages(first.serials, last.serials, noOrder, { asOf, windows });
  const sinceFirst = daysTo(asOf, first.serials);
  const sinceLast = daysTo(asOf, last.serials);
  let late = 0;
  for (let i = 0; i < tier.length; i++) if (tier[i] === NO_TIER && (sinceFirst[i] < 0 || sinceLast[i] < 0)) late++;
  if (late > 0) {
    ctx.note({
      key: "tiering.datesAfterAsOf",
      params: { count: late },
      message: `${late} customer${late === 1 ? " has" : "s have"} an order date after the as-of date, so no lifecycle stage; check the dates or the as-of date.`,
    });
  }
  return {
    tier,
    labels: [...LIFECYCLE_NAMES["en-US"]],
    details: { settings: { ...windows, asOf }, figures: { sinceFirst, sinceLast } },
  };
}

type Explain = (sinceFirst: number, sinceLast: number, w: LifecycleWindows) => Because;
const BECAUSE: Record<LifecycleStage, Explain> = {
  never: () => ({ key: "explain.because.lifecycleNever", params: {}, text: "it has no order" }),
  new: (f, _l, w) => ({
    key: "explain.because.lifecycleNew",
    params: { days: f, window: w.new },
    text: `first order ${f} days ago, new window ${w.new}`,
  }),
  active: (_f, l, w) => ({
    key: "explain.because.lifecycleActive",
    params: { days: l, window: w.atRisk },
    text: `last order ${l} days ago, within the at-risk window ${w.atRisk}`,
  }),
  "at-risk": (_f, l, w) => ({
    key: "explain.because.lifecycleAtRisk",
    params: { days: l, window: w.atRisk },
    text: `last order ${l} days ago, at-risk window ${w.atRisk}`,
  }),
  lost: (_f, l, w) => ({
    key: "explain.because.lifecycleLost",
    params: { days: l, window: w.lost },
    text: `last order ${l} days ago, lost window ${w.lost}`,
  }),
};

function explain(result: TierResult, row: number): { because?: Because } {
  const { settings, figures } = result.method;
  if (!settings || !figures) return {};
  const w = { new: settings.new, atRisk: settings.atRisk, lost: settings.lost };
  return { because: BECAUSE[LIFECYCLE_STAGES[result.tier[row]]](figures.sinceFirst[row], figures.sinceLast[row], w) };
}

/** The windows typed ("90, 180, 365"): three whole numbers of days, at risk shorter than lost. */
function parseWindows(text: string, ctx: FormContext): Problem | LifecycleWindows {
  const parts = ctx.list(text);
  if (parts.length !== 3) return { key: "windowsCount", params: { found: parts.length } };
  const v = parts.map((p) => ctx.number(p));
  const bad = v.findIndex((x) => !(Number.isInteger(x) && x >= 0));
  if (bad >= 0) return { key: "windowNotDays", params: { n: bad + 1, text: parts[bad] } };
  if (!(v[1] < v[2])) return { key: "windowsOrder", params: { atRisk: v[1], lost: v[2] } };
  return { new: v[0], atRisk: v[1], lost: v[2] };
}

const windowsText = (w: LifecycleWindows) => `${w.new}, ${w.atRisk}, ${w.lost}`;

/** The date columns of a customer list: the ones chosen, the last else the column with the role "date". */
function dateColumns(f: MethodFields, ctx: FormContext): { first?: number; last?: number } {
  return { first: f.firstDateColumn, last: f.lastDateColumn ?? ctx.roleColumn("date") };
}

function problems(f: MethodFields, ctx: FormContext): Partial<Record<DraftField, Problem>> {
  const out: Partial<Record<DraftField, Problem>> = {};
  const w = parseWindows(f.windows, ctx);
  if ("key" in w) out.windows = w;
  const cols = dateColumns(f, ctx);
  // An order list gives each customer's first and last order date: no columns to pick.
  if (ctx.listKind === "customers" && (cols.first === undefined || cols.last === undefined))
    out.dates = { key: "lifecycleDatesMissing" };
  return out;
}

/**
 * Lifecycle (DESIGN.md "Customer history"): Never purchased / New / Active / At risk / Lost at the
 * as-of date, from each customer's first and last order date, with day windows (default 90 / 180 / 365).
 */
export const lifecycle = {
  kind: "lifecycle",
  schema,
  needsShares: () => false,
  check: (o, _k, issue) => {
    if (o.windows && !(o.windows.atRisk < o.windows.lost)) {
      issue(
        ["method", "windows", "atRisk"],
        `expected fewer days than the lost window (${o.windows.lost}), found ${o.windows.atRisk}`,
      );
    }
  },
  needsValue: false,
  grouped: true,
  run,
  explain,
  labelNames: (_details, lang) => LIFECYCLE_NAMES[lang],
  form: {
    controls: () => [
      {
        type: "text",
        field: "windows",
        label: "tiers.windows",
        hint: "tiers.windowsHint",
        testId: "tiers-lifecycle-windows",
        problem: "windows",
      },
      {
        type: "column",
        field: "firstDateColumn",
        label: "tiers.firstDate",
        testId: "tiers-lifecycle-first",
        lists: "customers",
        problem: "dates",
      },
      {
        type: "column",
        field: "lastDateColumn",
        role: "date",
        label: "tiers.lastDate",
        testId: "tiers-lifecycle-last",
        lists: "customers",
      },
    ],
    fixedLabels: () => true,
    usesAsOf: true,
    problems,
    toOptions: (f, ctx) => {
      const w = parseWindows(f.windows, ctx);
      const cols = ctx.listKind === "customers" ? dateColumns(f, ctx) : {};
      return { kind: "lifecycle", ...("key" in w ? {} : { windows: w }), ...cols };
    },
    toFields: (o) => ({
      windows: windowsText(o.windows ?? DEFAULT_LIFECYCLE_WINDOWS),
      firstDateColumn: typeof o.first === "number" ? o.first : undefined,
      lastDateColumn: typeof o.last === "number" ? o.last : undefined,
    }),
  },
} satisfies TieringMethod<LifecycleOptions>;
