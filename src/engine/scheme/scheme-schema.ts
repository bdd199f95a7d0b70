import { z } from "zod";

/**
 * A tiering scheme: everything needed to re-run a tiering on a sheet, saved in the workbook (as JSON in
 * its settings) and read back through parseScheme, which validates it field by field.
 */

/** A column: its 0-based index in the selection, or a role resolved against the table's columns. */
export const columnRefSchema = z.union([
  z.number().int().min(0),
  z.enum(["customer", "value", "date", "region", "rep", "segment", "frequency", "recency", "quantity", "product", "stage"]),
]);

const finite = z.number().refine(Number.isFinite, { message: "expected a finite number" });
const bounds = z.array(finite).min(1, { message: "expected at least 1 threshold" });

const ruleConditionSchema = z.discriminatedUnion("op", [
  z.object({ column: columnRefSchema, op: z.literal("equals"), value: z.string() }),
  z.object({ column: columnRefSchema, op: z.literal("one-of"), values: z.array(z.string()).min(1, { message: "expected at least 1 value" }) }),
  z.object({ column: columnRefSchema, op: z.literal("contains"), value: z.string().min(1, { message: "expected some text to look for" }) }),
]);

export const methodSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rank-share") }),
  z.object({ kind: z.literal("value-share") }),
  z.object({ kind: z.literal("thresholds"), bounds }),
  z.object({ kind: z.literal("computed") }),
  z.object({ kind: z.literal("breaks") }),
  z.object({
    kind: z.literal("score"),
    factors: z.array(z.object({
      column: columnRefSchema,
      weight: z.number().min(0, { message: "expected a weight ≥ 0" }).refine(Number.isFinite, { message: "expected a finite weight" }),
      direction: z.enum(["higher", "lower"]),
    })).min(1, { message: "expected at least 1 factor" }),
    /** How the 0–100 score becomes tiers: by the tier shares, or by score thresholds. */
    then: z.enum(["rank-share", "thresholds"]),
    bounds: bounds.optional(),
  }),
  z.object({
    kind: z.literal("rfm"),
    /** "segment": one tier per RFM segment (labels = segment names); "score": rank-share on R + F + M. */
    tierBy: z.enum(["segment", "score"]),
    /** The groups RFM by segment names: "rfm10" the ten segments (absent = "rfm10"), "rfm8" the eight classes (RFM 八类客户). */
    model: z.enum(["rfm10", "rfm8"]).optional(),
  }),
  z.object({
    kind: z.literal("rules"),
    rules: z.array(z.object({ when: z.array(ruleConditionSchema), tier: z.number().int().min(0) })).min(1, { message: "expected at least 1 rule" }),
    defaultTier: z.number().int().min(0),
  }),
]);

export const schemeSchema = z.object({
  version: z.literal(1),
  source: z.object({
    kind: z.enum(["customers", "orders"]),
    /** Column overrides by role; a role left out is taken from the table's guessed roles. */
    columns: z.object({
      customer: z.number().int().min(0).optional(),
      value: z.number().int().min(0).optional(),
      date: z.number().int().min(0).optional(),
      frequency: z.number().int().min(0).optional(),
      recency: z.number().int().min(0).optional(),
    }),
    /** ISO date (yyyy-mm-dd) recency is counted to, for order lists. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as yyyy-mm-dd" }).optional(),
  }),
  method: methodSchema,
  tiers: z.object({
    labels: z.array(z.string().trim().min(1, { message: "expected a label" })).min(2, { message: "expected at least 2 tiers" }),
    /** Percent per tier (summing to 100) for rank-share and value-share; fractions summing to 1 are accepted too. */
    shares: z.array(z.number().positive({ message: "expected a share greater than 0" })),
  }),
  groupBy: columnRefSchema.optional(),
  /** The outputs the user last chose to write with this scheme (the Write tab starts with them ticked). */
  outputs: z.array(z.enum(["tierColumns", "summary", "tasks", "funnel"])).optional(),
}).superRefine((s, ctx) => {
  const k = s.tiers.labels.length;
  const m = s.method;
  const needsShares = m.kind === "rank-share" || m.kind === "value-share" || (m.kind === "score" && m.then === "rank-share") || (m.kind === "rfm" && m.tierBy === "score");
  if (needsShares) {
    if (s.tiers.shares.length !== k) {
      ctx.addIssue({ code: "custom", path: ["tiers", "shares"], message: `expected ${k} shares (one per tier), found ${s.tiers.shares.length}` });
    } else {
      const sum = s.tiers.shares.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 1e-7 && Math.abs(sum - 1) > 1e-9) {
        ctx.addIssue({ code: "custom", path: ["tiers", "shares"], message: `expected shares summing to 100 %, found ${Number(sum.toFixed(7))}` });
      }
    }
  }
  const checkBounds = (b: number[] | undefined, path: (string | number)[]) => {
    if (!b) {
      ctx.addIssue({ code: "custom", path, message: `expected ${k - 1} thresholds` });
      return;
    }
    if (b.length !== k - 1) ctx.addIssue({ code: "custom", path, message: `expected ${k - 1} thresholds (one fewer than the ${k} tiers), found ${b.length}` });
    for (let i = 1; i < b.length; i++) {
      if (!(b[i] < b[i - 1])) ctx.addIssue({ code: "custom", path: [...path, i], message: `expected a value below ${b[i - 1]} (thresholds must be strictly decreasing), found ${b[i]}` });
    }
  };
  if (m.kind === "thresholds") checkBounds(m.bounds, ["method", "bounds"]);
  if (m.kind === "score" && m.then === "thresholds") checkBounds(m.bounds, ["method", "bounds"]);
  if (m.kind === "computed" && k !== 3) {
    ctx.addIssue({ code: "custom", path: ["tiers", "labels"], message: `computed ABC makes exactly 3 tiers; expected 3 labels, found ${k}` });
  }
  if (m.kind === "score" && !m.factors.some((f) => f.weight > 0)) {
    ctx.addIssue({ code: "custom", path: ["method", "factors"], message: "expected at least one weight above 0" });
  }
  if (m.kind === "rules") {
    m.rules.forEach((r, i) => {
      if (r.tier >= k) ctx.addIssue({ code: "custom", path: ["method", "rules", i, "tier"], message: `expected a tier from 0 to ${k - 1}, found ${r.tier}` });
    });
    if (m.defaultTier >= k) ctx.addIssue({ code: "custom", path: ["method", "defaultTier"], message: `expected a tier from 0 to ${k - 1}, found ${m.defaultTier}` });
  }
});

export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeMethod = Scheme["method"];
export type ColumnRef = z.infer<typeof columnRefSchema>;
export type MethodKind = SchemeMethod["kind"];
