import { assignByCutoffs } from "./assign-by-cutoffs";
import type { TierIndexes } from "./types";
import { validateBounds } from "./validate-bounds";

/**
 * Fixed thresholds (DESIGN.md "thresholds"; as a nested Excel IF(v>=b1, "A", IF(v>=b2, "B", "C"))):
 * v ≥ bounds[0] → tier 0, ≥ bounds[1] → tier 1, …, else the last tier (bounds.length). Bounds must be
 * strictly decreasing. NaN → NO_TIER.
 */
export function thresholdTiers(values: ArrayLike<number>, bounds: ArrayLike<number>): TierIndexes {
  validateBounds(bounds);
  return assignByCutoffs(values, bounds);
}
