import type { AbcCurve } from "./abc-curve";

/** Grid indices of the three points of a computed ABC analysis. */
export interface AbcPoints {
  /** Point of the curve nearest to (0, 1) (first one on ties). */
  pareto: number;
  /** Point where dABC/dp is nearest to 1 (the package's rule, see below). */
  breakEven: number;
  /** Point nearest to (Bx, 1), Bx the effort of the right-hand one of the two points above. */
  submarginal: number;
  /** The A/B boundary: pareto, or breakEven when that lies to its left (the package's `ABexchanged`). */
  abBoundary: number;
}

/**
 * The Pareto, break-even and submarginal points of Ultsch & Lötsch (2015), PLoS ONE 10(6): e0129767,
 * ported from `ABCanalysis()` in the R package ABCanalysis 1.2.1 (R/ABCanalysis.R):
 *
 * - `distPareto[i] = sum(abs(c(0, 1) - curve[i, ])^2)`; `ParetoPointInd = which.min(distPareto)` —
 *   squared distance to (0, 1), first minimum.
 * - `BreakEvenInds = which.min(abs(ableitung - 1))`; `BreakEvenInd = max(BreakEvenInds)` — the first
 *   index whose stored slope is nearest to 1 (which.min returns one index, so max() keeps it).
 * - `if (Effort[BreakEvenInd] < Effort[ParetoPointInd])` the two swap roles (`ABexchanged`): the
 *   left one bounds A (`JurenInd`), and `Bx` is the effort of the right one.
 * - `distBx[i] = sum(abs(c(Bx, 1) - curve[i, ])^2)`; `bgrenze = which.min(distBx)` — the
 *   submarginal point, first minimum.
 *
 * Like `which.min` in R, NaN distances are skipped.
 */
export function abcPoints(curve: AbcCurve): AbcPoints {
  const { effort, yield: abc, slope } = curve;
  const pareto = firstMinimum(effort.length, (i) => effort[i] * effort[i] + (1 - abc[i]) * (1 - abc[i]));
  const breakEven = firstMinimum(slope.length, (i) => Math.abs(slope[i] - 1));
  const exchanged = effort[breakEven] < effort[pareto];
  const abBoundary = exchanged ? breakEven : pareto;
  const bx = exchanged ? effort[pareto] : effort[breakEven];
  const submarginal = firstMinimum(
    effort.length,
    (i) => (bx - effort[i]) * (bx - effort[i]) + (1 - abc[i]) * (1 - abc[i]),
  );
  return { pareto, breakEven, submarginal, abBoundary };
}

/** R's which.min: index of the first smallest non-NaN value (0-based here). */
function firstMinimum(length: number, valueAt: (i: number) => number): number {
  let best = -1;
  let bestValue = Infinity;
  for (let i = 0; i < length; i++) {
    const v = valueAt(i);
    if (v < bestValue || (best < 0 && v === Infinity)) {
      best = i;
      bestValue = v;
    }
  }
  return best < 0 ? 0 : best;
}
