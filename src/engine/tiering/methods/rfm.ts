import { z } from "zod";
import { RFM_NAMES, rfmGroupIds } from "../rfm-names";
import { byRankShare, RANK_SHARES_CONTROL } from "./by-rank-share";
import { rankShareBecause } from "./explain-shares";
import type { FormContext, FormControl, MethodFields } from "./method-form";
import { rfmByGroup, rfmClassesByGroup, rfmSegmentsOf, rfmSum, segmentTiers } from "./rfm-by-group";
import type { Note } from "../tier-result";
import type { Because, MethodContext, MethodRun, TieringMethod } from "./tiering-method";

const schema = z.object({
  kind: z.literal("rfm"),
  /** "segment": one tier per RFM segment (labels = segment names); "score": rank-share on R + F + M. */
  tierBy: z.enum(["segment", "score"]),
  /** The groups RFM by segment names: "rfm10" the ten segments (absent = "rfm10"), "rfm8" the eight classes (RFM 八类客户). */
  model: z.enum(["rfm10", "rfm8"]).optional(),
});
type RfmOptions = z.infer<typeof schema>;

function run(o: RfmOptions, ctx: MethodContext): MethodRun {
  const rc = ctx.sourceColumn("recency");
  const fc = ctx.sourceColumn("frequency");
  const rec = ctx.numbers(rc);
  const freq = ctx.numbers(fc);
  const { r, f, m } = rfmByGroup(ctx.groups, rec, freq, ctx.value);
  const model = o.model ?? "rfm10";
  const segment = model === "rfm8" ? rfmClassesByGroup(ctx.groups, r, f, m) : rfmSegmentsOf(r, f, m);
  const rfm = { r, f, m, segment };
  const details = { rfmTierBy: o.tierBy, rfmModel: model };
  if (o.tierBy === "segment") {
    const ids = rfmGroupIds(model);
    return { rfm, labels: ids.map((id) => RFM_NAMES["en-US"][id]), tier: segmentTiers(r, segment, ids), details };
  }
  const byShare = byRankShare(ctx);
  return { rfm, score: rfmSum(r, f, m), rankShare: byShare.rankShare, details: { ...details, ...byShare.details } };
}

function controls(f: MethodFields): readonly FormControl[] {
  const segments = f.rfmTierBy === "segment";
  const children: FormControl[] = [
    {
      type: "choice",
      field: "rfmTierBy",
      label: "tiers.scoreTiering",
      testId: "tiers-rfm-tier-by",
      options: [
        { value: "segment", label: "methods.rfm" },
        { value: "score", label: "methods.rank-share" },
      ],
    },
    ...(segments
      ? [
          {
            type: "choice",
            field: "rfmModel",
            label: "tiers.rfmModel",
            testId: "tiers-rfm-model",
            options: [
              { value: "rfm10", label: "tiers.rfmModels.rfm10" },
              { value: "rfm8", label: "tiers.rfmModels.rfm8" },
            ],
          } as const,
        ]
      : []),
    {
      type: "column",
      field: "recencyColumn",
      role: "recency",
      label: "tiers.recency",
      testId: "tiers-rfm-recency",
      lists: "customers",
    },
    {
      type: "column",
      field: "frequencyColumn",
      role: "frequency",
      label: "tiers.frequency",
      testId: "tiers-rfm-frequency",
      lists: "customers",
    },
    { type: "note", text: "tiers.rfmFromOrders", testId: "tiers-rfm-from-orders", lists: "orders" },
  ];
  return [
    ...(segments ? [] : [RANK_SHARES_CONTROL]),
    { type: "group", legend: "tiers.rfmColumns", testId: "tiers-rfm", problem: "rfm", children },
  ];
}

/** The recency and frequency columns: the ones chosen, else those whose role fits. */
function sourceColumns(f: MethodFields, ctx: FormContext): { recency?: number; frequency?: number } {
  return {
    recency: ctx.table ? (f.recencyColumn ?? ctx.roleColumn("recency")) : undefined,
    frequency: ctx.table ? (f.frequencyColumn ?? ctx.roleColumn("frequency")) : undefined,
  };
}

/** RFM (DESIGN.md "rfm"): quintile scores; tiers are the segments (or classes), or rank-share on R + F + M. */
export const rfm = {
  kind: "rfm",
  schema,
  needsShares: (o) => o.tierBy === "score",
  needsValue: true,
  grouped: true,
  run,
  explain: (result, row) => {
    const m = result.method;
    const parts: Note[] = [];
    let because: Because | undefined;
    if (result.rfm) {
      const code = `${result.rfm.r[row]}${result.rfm.f[row]}${result.rfm.m[row]}`;
      const name = RFM_NAMES["en-US"][result.rfm.segment[row]];
      parts.push({
        key: "explain.rfm",
        params: { code, segment: result.rfm.segment[row] },
        message: `RFM ${code} (${name})`,
      });
      because = { key: "explain.because.segment", params: {}, text: `its RFM scores make it ${name}` };
    }
    if (m.rfmTierBy === "score" && m.cumShares) because = rankShareBecause(result, row, m.cumShares);
    return { parts, because };
  },
  labelNames: (details, lang) =>
    details.rfmTierBy === "segment" ? rfmGroupIds(details.rfmModel).map((id) => RFM_NAMES[lang][id]) : undefined,
  form: {
    controls,
    fixedLabels: (f) => f.rfmTierBy === "segment",
    problems: (f, ctx) => {
      const columns = sourceColumns(f, ctx);
      // From an order list the aggregation gives recency, order count and total per customer: no columns to pick.
      const missing =
        ctx.listKind === "customers" && (columns.recency === undefined || columns.frequency === undefined);
      return missing ? { rfm: { key: "rfmColumnsMissing" } } : {};
    },
    sourceColumns,
    toOptions: (f) => ({ kind: "rfm", tierBy: f.rfmTierBy, model: f.rfmModel }),
    toFields: (o) => ({ rfmTierBy: o.tierBy, rfmModel: o.model ?? "rfm10" }),
  },
} satisfies TieringMethod<RfmOptions>;
