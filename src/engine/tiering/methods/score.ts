import { z } from "zod";
import { thresholdTiers } from "../threshold-tiers";
import { weightedScore } from "../weighted-score";
import { byRankShare, RANK_SHARES_CONTROL } from "./by-rank-share";
import { boundsSchema, checkBounds } from "./check-bounds";
import { columnRefSchema } from "./column-ref";
import { boundsBecause } from "./explain-bounds";
import { num } from "./explain-format";
import { rankShareBecause } from "./explain-shares";
import type { DraftField, FormContext, MethodFields, Problem } from "./method-form";
import { perGroup } from "./per-group";
import { BOUNDS_CONTROL } from "./thresholds";
import type { MethodContext, MethodRun, TieringMethod } from "./tiering-method";

const schema = z.object({
  kind: z.literal("score"),
  factors: z
    .array(
      z.object({
        column: columnRefSchema,
        weight: z
          .number()
          .min(0, { message: "expected a weight ≥ 0" })
          .refine(Number.isFinite, { message: "expected a finite weight" }),
        direction: z.enum(["higher", "lower"]),
      }),
    )
    .min(1, { message: "expected at least 1 factor" }),
  /** How the 0–100 score becomes tiers: by the tier shares, or by score thresholds. */
  then: z.enum(["rank-share", "thresholds"]),
  bounds: boundsSchema.optional(),
});
type ScoreOptions = z.infer<typeof schema>;

function run(o: ScoreOptions, ctx: MethodContext): MethodRun {
  const cols = o.factors.map((f, i) => ctx.numbers(ctx.resolve(f.column, `method.factors[${i}].column`)));
  const weights = o.factors.map((f) => f.weight);
  const dirs = o.factors.map((f) => (f.direction === "lower" ? -1 : 1) as 1 | -1);
  const score = new Float64Array(ctx.n);
  perGroup(ctx.groups, cols, score, (c) => weightedScore(c, weights, dirs));
  if (o.then === "thresholds") {
    const bounds = o.bounds ?? []; // the scheme's check asks for them
    return { score, tier: thresholdTiers(score, bounds), details: { bounds } };
  }
  return { score, ...byRankShare(ctx) };
}

function problems(f: MethodFields, ctx: FormContext): Partial<Record<DraftField, Problem>> {
  let factors: Problem | undefined = f.factors.length === 0 ? { key: "noFactors" } : undefined;
  for (const x of f.factors) {
    if (!(ctx.number(x.weight) > 0)) {
      factors = {
        key: "weightNotPositive",
        params: { column: ctx.table?.columns[x.column]?.header ?? String(x.column) },
      };
    }
  }
  return factors ? { factors } : {};
}

/** Weighted score (DESIGN.md "score"): factors min-max scaled to 0–100, weighted, then rank-share or thresholds. */
export const score = {
  kind: "score",
  schema,
  needsShares: (o) => o.then === "rank-share",
  check: (o, k, issue) => {
    if (o.then === "thresholds") checkBounds(o.bounds, k, ["method", "bounds"], issue);
    if (!o.factors.some((f) => f.weight > 0)) issue(["method", "factors"], "expected at least one weight above 0");
  },
  needsValue: false,
  grouped: true,
  run,
  explain: (result, row) => {
    const m = result.method;
    const parts = result.score
      ? [
          {
            key: "explain.score",
            params: { score: num(Number(result.score[row].toFixed(2))) },
            message: `score ${num(Number(result.score[row].toFixed(2)))}`,
          },
        ]
      : [];
    if (m.cumShares) return { parts, because: rankShareBecause(result, row, m.cumShares) };
    return { parts, because: m.bounds ? boundsBecause(result, row, m.bounds) : undefined };
  },
  form: {
    controls: (f) => [
      ...(f.scoreThen === "rank-share" ? [RANK_SHARES_CONTROL] : []),
      { type: "factors", problem: "factors" },
      {
        type: "choice",
        field: "scoreThen",
        label: "tiers.scoreTiering",
        testId: "tiers-score-then",
        options: [
          { value: "rank-share", label: "methods.rank-share" },
          { value: "thresholds", label: "methods.thresholds" },
        ],
      },
      ...(f.scoreThen === "thresholds" ? [BOUNDS_CONTROL] : []),
    ],
    problems,
    toOptions: (f, ctx) => ({
      kind: "score",
      factors: f.factors.map((x) => ({ column: x.column, weight: ctx.number(x.weight), direction: x.direction })),
      then: f.scoreThen,
      ...(f.scoreThen === "thresholds" ? { bounds: [...ctx.bounds] } : {}),
    }),
    toFields: (o) => ({
      scoreThen: o.then,
      bounds: (o.bounds ?? []).join(", "),
      factors: o.factors
        .filter((x) => typeof x.column === "number")
        .map((x) => ({ column: x.column as number, weight: String(x.weight), direction: x.direction })),
    }),
  },
} satisfies TieringMethod<ScoreOptions>;
