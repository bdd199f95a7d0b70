import { InputError } from "../errors";
import { allocate } from "./allocate";
import { backwardTargets } from "./backward-targets";
import { checkCountTarget } from "./checks";
import { ladderStageLabel, validateLadder } from "./validate-ladder";
import type { Ladder } from "./types";

/**
 * Stage targets per rep and period, stored flat: deals[r·P + p], targets[(r·P + p)·S + s]
 * (S stages, first stage first), so 1,000 reps × 52 weeks × 6 stages is one typed array.
 */
export interface RepPeriodPlan {
  readonly reps: number;
  readonly periods: number;
  readonly stages: number;
  /** Deals to sign per rep (sums to the total). */
  readonly repDeals: number[];
  readonly deals: Float64Array;
  readonly targets: Float64Array;
}

/** The stage target of rep r, period p, stage s. */
export function repPeriodTarget(plan: RepPeriodPlan, rep: number, period: number, stage: number): number {
  return plan.targets[(rep * plan.periods + period) * plan.stages + stage];
}

/**
 * Splits a deal target across reps (by repWeights) and each rep's part across periods (by
 * periodWeights: days, seasonality…), both with {@link allocate} (largest remainder; every level sums
 * to its total), then works each cell's stage targets backward with {@link backwardTargets}. Stage
 * targets per period are ceilings per period, so their sum over periods may exceed the target of
 * the whole horizon: each period must stand on its own.
 */
export function planRepsByPeriod(
  ladder: Ladder,
  total: number,
  repWeights: readonly number[],
  periodWeights: readonly number[],
): RepPeriodPlan {
  const rates = validateLadder(ladder);
  checkCountTarget(total, "deal target");
  if (periodWeights.length === 0) {
    throw new InputError("periodsEmpty", {}, "Give at least one period to split the target across.");
  }
  const label = ladderStageLabel(ladder);
  const repDeals = allocate(total, repWeights);
  const R = repDeals.length;
  const P = periodWeights.length;
  const S = rates.length + 1;
  const deals = new Float64Array(R * P);
  const targets = new Float64Array(R * P * S);
  for (let r = 0; r < R; r++) {
    const parts = repDeals[r] === 0 ? new Array<number>(P).fill(0) : allocate(repDeals[r], periodWeights);
    for (let p = 0; p < P; p++) {
      deals[r * P + p] = parts[p];
      targets.set(backwardTargets(parts[p], rates, label), (r * P + p) * S);
    }
  }
  return { reps: R, periods: P, stages: S, repDeals, deals, targets };
}
