import { InputError } from "../../errors";
import type { Scheme } from "../../scheme";
import { DEFAULT_LIFECYCLE_WINDOWS, LIFECYCLE_NAMES } from "../../tiering/lifecycle-stages";
import type { MethodSql, MethodSqlContext } from "./method-sql";

type LifecycleOptions = Extract<Scheme["method"], { kind: "lifecycle" }>;

/**
 * Lifecycle (DESIGN.md "Customer history") at scheme.source.asOf, in Excel serial days: no order (a blank last
 * order date) → Never purchased; as-of − first ≤ new → New; as-of − last > lost → Lost; > at-risk → At risk;
 * else Active; a date that is not one, or after the as-of date, → no tier. An order list's first and last
 * order days are its own; a customer list's come from the method's columns (last: the "date" column by default).
 */
export function lifecycleSql(ctx: MethodSqlContext, o: LifecycleOptions): MethodSql {
  const { src } = ctx;
  const w = o.windows ?? DEFAULT_LIFECYCLE_WINDOWS;
  const asOf = src.asOfSerial();
  let first: string, last: string, never: string;
  if (src.isOrders) {
    first = "first_";
    last = "last_";
    never = "FALSE";
  } else {
    if (o.first === undefined) {
      throw new InputError(
        "scheme.firstDate",
        { what: "method.first" },
        "method.first: choose the column with each customer's first order date.",
      );
    }
    const l = src.dates(o.last ?? "date", "method.last");
    first = src.dates(o.first, "method.first").serial;
    last = l.serial;
    never = l.blank;
  }
  const sinceFirst = `(${asOf} - ${first})`;
  const sinceLast = `(${asOf} - ${last})`;
  const tier = `CASE WHEN ${never} THEN 0 WHEN NOT (${sinceFirst} >= 0 AND ${sinceLast} >= 0) OR ${first} IS NULL OR ${last} IS NULL THEN NULL WHEN ${sinceFirst} <= ${w.new} THEN 1 WHEN ${sinceLast} > ${w.lost} THEN 4 WHEN ${sinceLast} > ${w.atRisk} THEN 3 ELSE 2 END`;
  return { rankKey: "v", tier, labels: LIFECYCLE_NAMES["en-US"] };
}
