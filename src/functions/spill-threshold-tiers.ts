import { thresholdTiers, validateBounds } from "../engine/tiering/numeric";
import { readLabels } from "./coerce-labels";
import { readNumberList } from "./coerce-number-list";
import { readVector } from "./coerce-vector";
import { spillTierLabels } from "./tier-labels";

/**
 * TIER.THRESHOLD: value ≥ bounds[0] → first label, ≥ bounds[1] → second, …, else the last label
 * (engine thresholdTiers; as a nested IF in Excel). Bounds must be strictly decreasing.
 */
export function thresholdSpill(values: unknown, bounds: unknown, labels: unknown): string[][] {
  const v = readVector(values, "values");
  const b = readNumberList(bounds, "bounds");
  validateBounds(b, "bounds"); // names the argument as the user typed it
  const l = readLabels(labels, "labels", b.length + 1);
  return spillTierLabels(thresholdTiers(v.values, b), l, v.orientation);
}
