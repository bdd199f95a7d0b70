import { z } from "zod";
import { computedAbc } from "../computed-abc";
import { num } from "./explain-format";
import { perGroup } from "./per-group";
import type { Because, TieringMethod } from "./tiering-method";

const schema = z.object({ kind: z.literal("computed") });

const TEXT = [
  (v: string, ab: string) => `its value ${v} is above the computed A/B limit ${ab}`,
  (v: string, ab: string, bc: string) =>
    `its value ${v} lies between the computed B/C limit ${bc} and the A/B limit ${ab}`,
  (v: string, _ab: string, bc: string) => `its value ${v} is below the computed B/C limit ${bc}`,
];

function because(value: number, t: number, limit: { abLimit: number; bcLimit: number }): Because {
  const params = { value: num(value), ab: num(limit.abLimit), bc: num(limit.bcLimit) };
  return { key: `explain.because.abc${t}`, params, text: TEXT[Math.min(t, 2)](params.value, params.ab, params.bc) };
}

/** Computed ABC (DESIGN.md "computed"): A/B and B/C limits from the ABC curve of each group. */
export const computedAbcMethod = {
  kind: "computed",
  schema,
  needsShares: () => false,
  check: (_o, k, issue) => {
    if (k !== 3) issue(["tiers", "labels"], `computed ABC makes exactly 3 tiers; expected 3 labels, found ${k}`);
  },
  needsValue: true,
  grouped: true,
  run: (_o, ctx) => {
    const tier = new Int32Array(ctx.n);
    const abcLimits: { abLimit: number; bcLimit: number }[] = [];
    perGroup(ctx.groups, [ctx.value], tier, ([v]) => {
      const r = computedAbc(v);
      abcLimits.push({ abLimit: r.abLimit, bcLimit: r.bcLimit });
      return r.tiers;
    });
    return { tier, details: { abcLimits } };
  },
  explain: (result, row) => {
    const limits = result.method.abcLimits;
    if (!limits) return {};
    return { because: because(result.value[row], result.tier[row], limits[result.groups ? result.groups.of[row] : 0]) };
  },
  form: {
    controls: () => [],
    tierCount: 3,
    toOptions: () => ({ kind: "computed" }),
    toFields: () => ({}),
  },
} satisfies TieringMethod<z.infer<typeof schema>>;
