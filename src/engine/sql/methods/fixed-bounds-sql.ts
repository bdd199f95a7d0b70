import { InputError } from "../../errors";
import { thresholdTier } from "./cut-sql";
import type { MethodSql, MethodSqlContext } from "./method-sql";

/**
 * Computed ABC and natural breaks take their cut-offs from the whole curve, which one SQL statement over window
 * functions does not compute; they export as thresholds fixed at the cut-offs the workbook computed
 * (options.fixedBounds), and the SQL says so at its top.
 */
export function fixedBoundsSql(ctx: MethodSqlContext, kind: string): MethodSql {
  const name = kind === "computed" ? "computed ABC" : "natural breaks";
  const bounds = ctx.fixedBounds;
  const k = ctx.labels.length;
  if (!bounds) {
    throw new InputError(
      "sql.fixedBounds",
      { method: kind },
      `fixedBounds: ${name} has no SQL form of its own; give the cut-offs computed in the workbook (fixedBounds, ${k - 1} numbers, highest first) and it exports as thresholds.`,
    );
  }
  if (bounds.length !== k - 1) {
    throw new InputError(
      "sql.fixedBoundsCount",
      { method: kind, expected: k - 1, found: bounds.length },
      `fixedBounds: expected ${k - 1} cut-offs for ${k} tiers, found ${bounds.length}.`,
    );
  }
  return {
    rankKey: "v",
    tier: thresholdTier(ctx.d, "v", bounds),
    labels: ctx.labels,
    comment: [
      `Method ${name}: its cut-offs come from the whole curve, so they were fixed in the workbook and are`,
      `applied here as thresholds (value >= ${bounds.join(", then >= ")}). New data does not move them.`,
    ],
  };
}
