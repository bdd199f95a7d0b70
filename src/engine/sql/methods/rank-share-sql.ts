import type { MethodSql, MethodSqlContext } from "./method-sql";
import { rankShareTier } from "./cut-sql";

/** Rank-share on the value (DESIGN.md "rank-share"); equal values share a RANK, so they share a tier. */
export function rankShareSql(ctx: MethodSqlContext): MethodSql {
  return { rankKey: "v", tier: rankShareTier(ctx.shares), labels: ctx.labels };
}
