import { z } from "zod";
import { InputError } from "../../errors";
import {
  BEHAVIOUR_GRADES,
  BEHAVIOUR_NAMES,
  DEFAULT_BEHAVIOUR_RULE,
  behaviourGrades,
  type BehaviourRule,
} from "../behaviour-grades";
import type { TierResult } from "../tier-result";
import { NO_TIER } from "../types";
import { columnRefSchema } from "./column-ref";
import type { DraftField, FormContext, FormControl, MethodFields, Problem } from "./method-form";
import type { Because, MethodContext, MethodRun, TieringMethod } from "./tiering-method";

const schema = z.object({
  kind: z.literal("behaviour"),
  /** An order list's window: orders dated 0 to `days` days before the as-of date are counted (absent = 90). */
  days: z
    .number()
    .int({ message: "expected a whole number of days" })
    .min(1, { message: "expected 1 day or more" })
    .optional(),
  /** Orders in the window from which a customer is Frequent (absent = 3). */
  frequentFrom: z
    .number()
    .int({ message: "expected a whole number of orders" })
    .min(1, { message: "expected 1 order or more" })
    .optional(),
  /** A customer list's column of orders in the last N days (an order list counts its own lines). */
  recent: columnRefSchema.optional(),
});
type BehaviourOptions = z.infer<typeof schema>;

const ruleOf = (o: BehaviourOptions): BehaviourRule => ({
  days: o.days ?? DEFAULT_BEHAVIOUR_RULE.days,
  frequentFrom: o.frequentFrom ?? DEFAULT_BEHAVIOUR_RULE.frequentFrom,
});

/** An order list: every aggregated customer has ordered, counted over the method's N-day window (recentDays). */
function runOnOrders(recent: Float64Array, rule: BehaviourRule): MethodRun {
  return {
    tier: behaviourGrades(recent, new Uint8Array(recent.length), rule.frequentFrom),
    labels: [...BEHAVIOUR_NAMES["en-US"]],
    details: { settings: { ...rule }, figures: { recent } },
  };
}

/**
 * A customer list: the orders in the window from the column `o.recent`; never purchased = its orders in all
 * (the "frequency" column, which the joined history fills with each customer's order count) blank or 0.
 */
function runOnCustomers(o: BehaviourOptions, ctx: MethodContext, frequentFrom: number): MethodRun {
  if (o.recent === undefined) {
    throw new InputError(
      "scheme.recentOrders",
      { what: "method.recent" },
      "method.recent: choose the column with each customer's orders in the last N days.",
    );
  }
  const recentCol = ctx.resolve(o.recent, "method.recent");
  const ordersCol = ctx.sourceColumn("frequency");
  const orders = ctx.numberColumn(ordersCol);
  const counts = ctx.numberColumn(recentCol);
  const noOrder = Uint8Array.from(orders.values, (v) => (v === 0 ? 1 : 0));
  for (const i of orders.issues) if (i.reason === "blank") noOrder[i.row - ctx.firstRow] = 1;
  ctx.report(orders.issues.filter((i) => i.reason !== "blank"));
  ctx.report(counts.issues.filter((i) => !noOrder[i.row - ctx.firstRow]));
  // A count that cannot be one (not whole, negative, more than the customer's orders in all) is questioned, not graded.
  const recent = counts.values.map((r, i) => (r <= orders.values[i] ? r : NaN));
  const tier = behaviourGrades(recent, noOrder, frequentFrom);
  const header = ctx.header(recentCol);
  let odd = 0;
  for (let i = 0; i < tier.length; i++) {
    // A cell that is not a number is in the input report already; here only counts that are numbers.
    if (tier[i] === NO_TIER && Number.isFinite(counts.values[i]) && Number.isFinite(orders.values[i])) odd++;
  }
  if (odd > 0) {
    ctx.note({
      key: "tiering.recentOrdersOdd",
      params: { count: odd, column: header },
      message: `${odd} customer${odd === 1 ? " has" : "s have"} a count in "${header}" that is not a whole number from 0 to the customer's orders in all, so no behaviour grade; check the column.`,
    });
  }
  return {
    tier,
    labels: [...BEHAVIOUR_NAMES["en-US"]],
    details: { settings: { frequentFrom }, settingTexts: { column: header }, figures: { recent: counts.values } },
  };
}

function run(o: BehaviourOptions, ctx: MethodContext): MethodRun {
  const rule = ruleOf(o);
  const recent = ctx.recentOrders();
  return recent ? runOnOrders(recent, rule) : runOnCustomers(o, ctx, rule.frequentFrom);
}

function explain(result: TierResult, row: number): { because?: Because } {
  const { settings, settingTexts, figures } = result.method;
  if (!settings || !figures) return {};
  if (BEHAVIOUR_GRADES[result.tier[row]] === "never") {
    return { because: { key: "explain.because.behaviourNever", params: {}, text: "it has no order" } };
  }
  const count = figures.recent[row];
  const from = settings.frequentFrom;
  const orders = `${count} order${count === 1 ? "" : "s"}`;
  if (settingTexts?.column !== undefined) {
    const column = settingTexts.column;
    return {
      because: {
        key: "explain.because.behaviourColumn",
        params: { count, column, from },
        text: `${orders} in "${column}"; frequent from ${from}`,
      },
    };
  }
  const days = settings.days;
  return {
    because: {
      key: "explain.because.behaviourRecent",
      params: { count, days, from },
      text: `${orders} in the last ${days} days; frequent from ${from}`,
    },
  };
}

/** A whole number typed, at least 1; NaN when it is not one. */
function wholeFromOne(text: string, ctx: FormContext): number {
  const v = ctx.number(text.trim());
  return Number.isInteger(v) && v >= 1 ? v : NaN;
}

function problems(f: MethodFields, ctx: FormContext): Partial<Record<DraftField, Problem>> {
  const out: Partial<Record<DraftField, Problem>> = {};
  // The window counts an order list's lines; a customer list's column has counted them already.
  if (ctx.listKind === "orders" && Number.isNaN(wholeFromOne(f.recentDays, ctx)))
    out.recentDays = { key: "recentDaysNotWhole", params: { text: f.recentDays } };
  if (Number.isNaN(wholeFromOne(f.frequentFrom, ctx)))
    out.frequentFrom = { key: "frequentFromNotWhole", params: { text: f.frequentFrom } };
  const orders = f.frequencyColumn ?? ctx.roleColumn("frequency");
  if (ctx.listKind === "customers" && (f.recentOrdersColumn === undefined || orders === undefined))
    out.recentOrders = { key: "behaviourColumnsMissing" };
  return out;
}

const CONTROLS: readonly FormControl[] = [
  {
    type: "text",
    field: "recentDays",
    label: "tiers.recentDays",
    hint: "tiers.recentDaysHint",
    testId: "tiers-behaviour-days",
    problem: "recentDays",
    lists: "orders",
  },
  {
    type: "text",
    field: "frequentFrom",
    label: "tiers.frequentFrom",
    hint: "tiers.frequentFromHint",
    testId: "tiers-behaviour-frequent-from",
    problem: "frequentFrom",
  },
  {
    type: "column",
    field: "recentOrdersColumn",
    label: "tiers.recentOrdersColumn",
    testId: "tiers-behaviour-recent",
    lists: "customers",
    problem: "recentOrders",
  },
  {
    type: "column",
    field: "frequencyColumn",
    role: "frequency",
    label: "tiers.allOrdersColumn",
    testId: "tiers-behaviour-orders",
    lists: "customers",
  },
];

/**
 * Behaviour (DESIGN.md "Customer history"): Frequent / Occasional / Never purchased by the orders in the
 * last N days (default 90; Frequent from 3). On an order list the method's window drives the count; on a
 * customer list a column gives it (the joined history's "Orders in the last N days").
 */
export const behaviour = {
  kind: "behaviour",
  schema,
  needsShares: () => false,
  needsValue: false,
  grouped: true,
  recentDays: (o) => ruleOf(o).days,
  run,
  explain,
  labelNames: (_details, lang) => BEHAVIOUR_NAMES[lang],
  form: {
    controls: () => CONTROLS,
    fixedLabels: () => true,
    problems,
    sourceColumns: (f, ctx) =>
      ctx.listKind === "customers" ? { frequency: f.frequencyColumn ?? ctx.roleColumn("frequency") } : {},
    toOptions: (f, ctx) => {
      const days = wholeFromOne(f.recentDays, ctx);
      const frequentFrom = wholeFromOne(f.frequentFrom, ctx);
      return {
        kind: "behaviour",
        ...(ctx.listKind === "orders" && !Number.isNaN(days) ? { days } : {}),
        ...(!Number.isNaN(frequentFrom) ? { frequentFrom } : {}),
        ...(ctx.listKind === "customers" ? { recent: f.recentOrdersColumn } : {}),
      };
    },
    toFields: (o) => ({
      recentDays: String(o.days ?? DEFAULT_BEHAVIOUR_RULE.days),
      frequentFrom: String(o.frequentFrom ?? DEFAULT_BEHAVIOUR_RULE.frequentFrom),
      recentOrdersColumn: typeof o.recent === "number" ? o.recent : undefined,
    }),
  },
} satisfies TieringMethod<BehaviourOptions>;
