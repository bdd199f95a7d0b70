import { InputError } from "../errors";
import { NO_TIER } from "./types";
import { abcCurve } from "./abc-curve";
import { abcPoints } from "./abc-points";
import { roundHalfEven } from "./abc-round-half-even";
import { sortFloat64 } from "./sort-float64";

/** A point (p, ABC(p)) on the ABC curve. */
export interface AbcPoint {
  p: number;
  abc: number;
}

export interface ComputedAbcResult {
  /** 0 = A, 1 = B, 2 = C; NO_TIER where the value is not a number. */
  tiers: Int32Array;
  /** Value thresholds: A if v > abLimit, C if v < bcLimit, B otherwise. */
  abLimit: number;
  bcLimit: number;
  paretoPoint: AbcPoint;
  breakEven: AbcPoint;
  submarginal: AbcPoint;
}

/**
 * Computed ABC analysis (Ultsch & Lötsch 2015, PLoS ONE 10(6): e0129767), matching the R package
 * ABCanalysis 1.2.1: `ABCanalysis(Data)` with its defaults.
 *
 * Steps (R/ABCanalysis.R, after `ABCcurvedata = ABCcurve(Data)` — see abcCurve and abcPoints):
 * - `ABLimit = sort(Data, decreasing = T)[round(A[1] * length(Data))]` and the same with C[1] for
 *   BCLimit, where A is the A/B boundary point (Pareto or, if exchanged, break-even) and C the
 *   submarginal point; `Data` here is the raw data (negatives included), as in the package.
 * - `Aind = which(Data > ABLimit)`, `Cind = which(Data < BCLimit)`, B the rest.
 *
 * Where this deliberately differs from R (R has no sensible answer there):
 * - Non-numbers: NaN (and ±Infinity, which parseNumber never produces) get NO_TIER and are left out
 *   of the analysis, i.e. the result is R's on the numeric values only.
 * - `round(A[1] * n)` of 0 makes R index position 0 and return empty A, B and C sets; we clamp the
 *   position to 1..n, so that limit is the largest value (nothing lies strictly above it).
 * - If a limit pair ever overlapped (bcLimit > abLimit), A wins, so each value still gets one tier.
 * - No positive value at all: R stops with an error inside ABCcurve (0/0); we throw InputError.
 *
 * Cost: one sort of the numeric values (sortFloat64) plus O(n) work (see abcCurve).
 */
export function computedAbc(values: ArrayLike<number>): ComputedAbcResult {
  const total = values.length;
  let count = 0;
  for (let i = 0; i < total; i++) if (Number.isFinite(values[i])) count++;
  const sorted = new Float64Array(count);
  let hasPositive = false;
  for (let i = 0, j = 0; i < total; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      sorted[j++] = v;
      if (v > 0) hasPositive = true;
    }
  }
  if (!hasPositive) {
    throw new InputError(
      "abcNeedsPositive",
      { numbers: count },
      `Computed ABC needs at least one positive value to build the ABC curve; found ${count} number(s), none above 0.`,
    );
  }
  sortFloat64(sorted);

  const curve = abcCurve(sorted);
  const points = abcPoints(curve);
  const pointAt = (i: number): AbcPoint => ({ p: curve.effort[i], abc: curve.yield[i] });

  // sort(Data, decreasing = T)[r] (1-based) is sorted[count - r] here.
  const valueAtPosition = (effort: number) => {
    const r = Math.min(Math.max(roundHalfEven(effort * count), 1), count);
    return sorted[count - r];
  };
  const abLimit = valueAtPosition(curve.effort[points.abBoundary]);
  const bcLimit = valueAtPosition(curve.effort[points.submarginal]);

  const tiers = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const v = values[i];
    tiers[i] = !Number.isFinite(v) ? NO_TIER : v > abLimit ? 0 : v < bcLimit ? 2 : 1;
  }
  return {
    tiers,
    abLimit,
    bcLimit,
    paretoPoint: pointAt(points.pareto),
    breakEven: pointAt(points.breakEven),
    submarginal: pointAt(points.submarginal),
  };
}
