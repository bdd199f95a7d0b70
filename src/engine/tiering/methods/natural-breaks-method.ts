import { z } from "zod";
import { naturalBreaks } from "../natural-breaks";
import { num } from "./explain-format";
import { perGroup } from "./per-group";
import type { TieringMethod } from "./tiering-method";

const schema = z.object({ kind: z.literal("breaks") });

/** Natural breaks (DESIGN.md "breaks"): optimal 1-D k-means (Ckmeans) on the values of each group. */
export const naturalBreaksMethod = {
  kind: "breaks",
  schema,
  needsShares: () => false,
  needsValue: true,
  grouped: true,
  run: (_o, ctx) => {
    const tier = new Int32Array(ctx.n);
    perGroup(ctx.groups, [ctx.value], tier, ([v]) => naturalBreaks(v, ctx.labels.length).tiers);
    return { tier, details: {} };
  },
  explain: (result, row) => {
    const t = result.tier[row];
    const value = num(result.value[row]);
    const text = `natural breaks (optimal 1-D k-means) put its value ${value} in the ${t + 1}${["st", "nd", "rd"][t] ?? "th"} highest cluster`;
    return { because: { key: "explain.because.breaks", params: { value }, text } };
  },
  form: {
    controls: () => [],
    toOptions: () => ({ kind: "breaks" }),
    toFields: () => ({}),
  },
} satisfies TieringMethod<z.infer<typeof schema>>;
