import { InputError } from "../../errors";
import type { Scheme } from "../../scheme";
import { BEHAVIOUR_NAMES, DEFAULT_BEHAVIOUR_RULE } from "../../tiering/behaviour-grades";
import type { MethodSql, MethodSqlContext } from "./method-sql";

type BehaviourOptions = Extract<Scheme["method"], { kind: "behaviour" }>;

/**
 * Behaviour (DESIGN.md "Customer history"): no order at all → Never purchased; orders in the last N days ≥ the
 * frequent count → Frequent; else Occasional. An order list counts its lines dated 0 to N days before
 * scheme.source.asOf; a customer list reads the count from `method.recent` and "no order" from its orders-in-all
 * column (source.columns.frequency) being blank or 0; a count that is not a whole number from 0 to the orders in
 * all gets no tier.
 */
export function behaviourSql(ctx: MethodSqlContext, o: BehaviourOptions): MethodSql {
  const { src } = ctx;
  const from = o.frequentFrom ?? DEFAULT_BEHAVIOUR_RULE.frequentFrom;
  const labels = BEHAVIOUR_NAMES["en-US"];
  if (src.isOrders) return { rankKey: "v", tier: `CASE WHEN recent_ >= ${from} THEN 0 ELSE 1 END`, labels };
  if (o.recent === undefined) {
    throw new InputError(
      "scheme.recentOrders",
      { what: "method.recent" },
      "method.recent: choose the column with each customer's orders in the last N days.",
    );
  }
  const recent = src.number(o.recent, "method.recent");
  const orders = src.role("frequency");
  const blank = src.blankOf("frequency");
  const tier = `CASE WHEN ${blank} OR ${orders} = 0 THEN 2 WHEN ${recent} <= ${orders} AND ${recent} = FLOOR(${recent}) AND ${recent} >= 0 THEN CASE WHEN ${recent} >= ${from} THEN 0 ELSE 1 END END`;
  return { rankKey: "v", tier, labels };
}
