import { KeptArray } from "../engine/kept-array";
import { rankShareTiers, valueShareTiers } from "../engine/tiering/numeric";
import { readLabels } from "./coerce-labels";
import { readShares } from "./coerce-shares";
import { readVector } from "./coerce-vector";
import { spillTierLabels } from "./tier-labels";

/** DESIGN.md defaults: 20/30/50 % of customers (rank-share) and 80/15/5 % of value (Pareto). */
export const RANK_SHARE_DEFAULTS: readonly number[] = [0.2, 0.3, 0.5];
export const VALUE_SHARE_DEFAULTS: readonly number[] = [0.8, 0.15, 0.05];

/** The values read from the range, done with before the spill returns (kept: see KeptArray). */
const valuesRead = new KeptArray((n) => new Float64Array(n));

/**
 * TIER.ABC: rank-share tiers (engine rankShareTiers), spilled in the layout of `values`.
 * `maxCells` is left out by the worksheet function (MAX_RANGE_CELLS); the bench raises it.
 */
export function rankShareSpill(values: unknown, shares: unknown, labels: unknown, maxCells?: number): string[][] {
  const v = readVector(values, "values", { maxCells, kept: valuesRead });
  const s = readShares(shares, "shares", RANK_SHARE_DEFAULTS);
  const l = readLabels(labels, "labels", s.length);
  return spillTierLabels(rankShareTiers(v.values, s), l, v.orientation);
}

/**
 * TIER.PARETO: value-share tiers (engine valueShareTiers), spilled in the layout of `values`.
 * `maxCells` is left out by the worksheet function (MAX_RANGE_CELLS); the bench raises it.
 */
export function valueShareSpill(values: unknown, shares: unknown, labels: unknown, maxCells?: number): string[][] {
  const v = readVector(values, "values", { maxCells, kept: valuesRead });
  const s = readShares(shares, "shares", VALUE_SHARE_DEFAULTS);
  const l = readLabels(labels, "labels", s.length);
  return spillTierLabels(valueShareTiers(v.values, s), l, v.orientation);
}
