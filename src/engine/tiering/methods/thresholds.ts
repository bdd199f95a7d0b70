import { z } from "zod";
import { thresholdTiers } from "../threshold-tiers";
import { boundsSchema, checkBounds } from "./check-bounds";
import { boundsBecause } from "./explain-bounds";
import { perGroup } from "./per-group";
import type { TieringMethod } from "./tiering-method";

const schema = z.object({ kind: z.literal("thresholds"), bounds: boundsSchema });

/** The bounds form control (thresholds, and score cut by thresholds). */
export const BOUNDS_CONTROL = {
  type: "text",
  field: "bounds",
  label: "tiers.bounds",
  hint: "tiers.boundsHint",
  testId: "tiers-bounds",
  problem: "bounds",
} as const;

/** Thresholds (DESIGN.md "thresholds"): value ≥ the first bound is A, ≥ the second B, … */
export const thresholds = {
  kind: "thresholds",
  schema,
  needsShares: () => false,
  check: (o, k, issue) => checkBounds(o.bounds, k, ["method", "bounds"], issue),
  needsValue: true,
  grouped: true,
  run: (o, ctx) => {
    const tier = new Int32Array(ctx.n);
    perGroup(ctx.groups, [ctx.value], tier, ([v]) => thresholdTiers(v, o.bounds));
    return { tier, details: { bounds: o.bounds } };
  },
  explain: (result, row) => (result.method.bounds ? { because: boundsBecause(result, row, result.method.bounds) } : {}),
  form: {
    controls: () => [BOUNDS_CONTROL],
    toOptions: (_f, ctx) => ({ kind: "thresholds", bounds: [...ctx.bounds] }),
    toFields: (o) => ({ bounds: o.bounds.join(", ") }),
  },
} satisfies TieringMethod<z.infer<typeof schema>>;
