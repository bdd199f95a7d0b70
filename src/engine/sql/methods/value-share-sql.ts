import { cumulativeShares } from "../../tiering/cumulative-shares";
import { normaliseShares } from "../../tiering/normalise-shares";
import { numberLiteral } from "../dialect";
import { firstTier } from "./cut-sql";
import type { MethodSql, MethodSqlContext } from "./method-sql";

/**
 * Value-share (DESIGN.md "value-share"): S = (positive value strictly above) / (all positive value of the group),
 * the first tier i with round9(S) < cumShare_i; a value ≤ 0, or a group with no positive value, → the last tier.
 */
export function valueShareSql(ctx: MethodSqlContext): MethodSql {
  const cum = cumulativeShares(normaliseShares(ctx.shares, "tiers.shares"), "tiers.shares");
  const last = cum.length - 1;
  const conditions = Array.from(cum.subarray(0, last), (c) => `${ctx.d.round9("vabove_")} < ${numberLiteral(c)}`);
  const tier = `CASE WHEN v IS NULL THEN NULL WHEN NOT (v > 0) OR vabove_ IS NULL THEN ${last} ELSE ${firstTier("FALSE", conditions)} END`;
  return { rankKey: "v", tier, labels: ctx.labels };
}
