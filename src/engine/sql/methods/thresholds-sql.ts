import { thresholdTier } from "./cut-sql";
import type { MethodSql, MethodSqlContext } from "./method-sql";

/** Thresholds on the value (DESIGN.md "thresholds"). */
export function thresholdsSql(ctx: MethodSqlContext, bounds: readonly number[]): MethodSql {
  return { rankKey: "v", tier: thresholdTier(ctx.d, "v", bounds), labels: ctx.labels };
}
