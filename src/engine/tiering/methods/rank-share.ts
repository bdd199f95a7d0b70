import { z } from "zod";
import { byRankShare, RANK_SHARES_CONTROL } from "./by-rank-share";
import { rankShareBecause } from "./explain-shares";
import type { TieringMethod } from "./tiering-method";

const schema = z.object({ kind: z.literal("rank-share") });

/** Rank-share (DESIGN.md "rank-share"): the top 20 % of customers by value are A, the next 30 % B, … */
export const rankShare = {
  kind: "rank-share",
  schema,
  needsShares: () => true,
  needsValue: true,
  grouped: true,
  run: (_options, ctx) => byRankShare(ctx),
  explain: (result, row) =>
    result.method.cumShares ? { because: rankShareBecause(result, row, result.method.cumShares) } : {},
  form: {
    controls: () => [RANK_SHARES_CONTROL],
    toOptions: () => ({ kind: "rank-share" }),
    toFields: () => ({}),
  },
} satisfies TieringMethod<z.infer<typeof schema>>;
