import { z } from "zod";
import { cumulativeShares } from "../cumulative-shares";
import { normaliseShares } from "../normalise-shares";
import { valueShareTiers } from "../value-share-tiers";
import { rowValueShares } from "../row-value-shares";
import { shareBand } from "./explain-shares";
import { perGroup } from "./per-group";
import type { TierResult } from "../tier-result";
import type { Because, MethodContext, TieringMethod } from "./tiering-method";

const schema = z.object({ kind: z.literal("value-share") });

function run(ctx: MethodContext) {
  const shares = normaliseShares(ctx.shares, "tiers.shares");
  const { groups, labels } = ctx;
  const last = labels[labels.length - 1];
  const tier = new Int32Array(ctx.n);
  perGroup(groups, [ctx.value], tier, ([v], g) => {
    if (!v.some((x) => x > 0)) {
      const where = groups ? ` in group "${groups.names[g]}"` : "";
      ctx.note({
        key: "tiering.noPositiveValue",
        params: { group: groups ? groups.names[g] : "", label: last },
        message: `No value${where} is above 0, so a value share cannot be split: every customer${where} is in the last tier (${last}).`,
      });
    }
    return valueShareTiers(v, shares);
  });
  return { tier, details: { cumShares: Array.from(cumulativeShares(shares, "tiers.shares")) } };
}

/** Why value share put a row in its tier: the share of value held by the customers above it. */
function because(result: TierResult, row: number, cumShares: readonly number[]): Because {
  if (!(result.value[row] > 0)) {
    return {
      key: "explain.because.notPositive",
      params: {},
      text: "its value is not above 0, and only positive values carry value share",
    };
  }
  const t = result.tier[row];
  const label = result.labels[t];
  const params = shareBand(rowValueShares(result).above[row], cumShares, t);
  const text =
    t === 0
      ? `customers above it hold ${params.above} of the value, under ${label}'s ${params.limit}`
      : `customers above it hold ${params.above} of the value, at least ${params.from} and under ${params.limit}`;
  return { key: "explain.because.valueShare", params, text };
}

/** Value share, Pareto (DESIGN.md "value-share"): the customers holding the top 80 % of the value are A, … */
export const valueShare = {
  kind: "value-share",
  schema,
  needsShares: () => true,
  needsValue: true,
  grouped: true,
  run: (_options, ctx) => run(ctx),
  explain: (result, row) => (result.method.cumShares ? { because: because(result, row, result.method.cumShares) } : {}),
  form: {
    controls: () => [
      {
        type: "text",
        field: "shares",
        label: "tiers.shares",
        hint: "tiers.sharesHintValue",
        testId: "tiers-shares",
        problem: "shares",
      },
    ],
    threeTierShares: "80, 15, 5",
    toOptions: () => ({ kind: "value-share" }),
    toFields: () => ({}),
  },
} satisfies TieringMethod<z.infer<typeof schema>>;
