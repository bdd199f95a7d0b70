import { fmmSpline } from "./spline-fmm";
import { evaluateSpline } from "./spline-evaluate";

/** The ABC curve on the package's plotting grid: Yield(Effort), and its slope dABC. */
export interface AbcCurve {
  /** The grid p: 0, 0.01, …, 1 (fewer than 101 values) or 0, 0.001, …, 1. */
  effort: Float64Array;
  /** ABC(p): interpolated share of the total held by the largest fraction p of the items. */
  yield: Float64Array;
  /** dABC as the package stores it: the slope of the grid curve evaluated at k/m, k = 1..m (see below). */
  slope: Float64Array;
}

/**
 * The ABC curve of Ultsch & Lötsch (2015), "Computed ABC Analysis for Rational Selection of Most
 * Informative Variables in Multivariate Data", PLoS ONE 10(6): e0129767 — a step-for-step port of
 * `ABCcurve()` in the R package ABCanalysis 1.2.1 (R/ABCcurve.R):
 *
 * 1. `cleanData = ABCcleanData(Data)$CleanedData`: negative values count as 0 (here: clamped while
 *    summing; callers drop non-numbers first, see computedAbc).
 * 2. `p = seq(0, 1, by = 0.01)` when there are fewer than 101 values, else `by = 0.001`
 *    (R's seq computes `from + (0:n) * by`, capped at `to`; so do we).
 * 3. `sorted = sort(cleanData, decreasing = TRUE)`; `y = cumsum(sorted); y = y / tail(y, 1)`;
 *    `x = (1:rows) / rows`. R's cumsum accumulates in long double; we use a compensated (Neumaier)
 *    running sum to come as close to that as a double allows.
 * 4. `if (head(y, 1) > 0) { x = c(0, x); y = c(0, y) }` (always taken here, since the caller
 *    guarantees a positive total); the `tail(x, 1) < 1` branch never fires because x ends at rows/rows = 1.
 * 5. `V = spline(x, y, xout = p)`: FMM cubic spline through the n + 1 knots, evaluated on p.
 * 6. The "Fehlerabfang": from the first grid point whose Yield is ≥ 1 on, Yield is set to 1.
 * 7. `Curvengleichung = splinefun(Effort, Yield); ableitung = Curvengleichung(1:n/n, 1)` with
 *    n = length(p): a second FMM spline through the grid curve, differentiated at k/n for k = 1..n.
 *    Note these points are k/101 (or k/1001), not the grid itself; the package pairs ableitung[k]
 *    with p[k] anyway, and the break-even search relies on that pairing, so we keep it.
 *
 * Input: the values sorted ascending (any finite numbers; they are read from the largest down), with a
 * positive sum of positive values. Typed arrays throughout: the only O(n) work is one pass for the
 * cumulative sums and one tridiagonal solve; everything after step 5 is on the 101- or 1001-point grid.
 */
export function abcCurve(sortedAscending: Float64Array): AbcCurve {
  const rows = sortedAscending.length;
  // Step 2: the plotting grid.
  const by = rows < 101 ? 0.01 : 0.001;
  const steps = rows < 101 ? 100 : 1000;
  const effort = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) effort[i] = Math.min(i * by, 1);

  // Steps 1, 3, 4: knots (0, 0), (k/rows, cumulative share of the k largest values).
  const x = new Float64Array(rows + 1);
  const y = new Float64Array(rows + 1);
  let sum = 0;
  let compensation = 0;
  for (let k = 1; k <= rows; k++) {
    const v = sortedAscending[rows - k];
    const clean = v > 0 ? v : 0;
    const t = sum + clean;
    compensation += Math.abs(sum) >= Math.abs(clean) ? sum - t + clean : clean - t + sum;
    sum = t;
    x[k] = k / rows;
    y[k] = sum + compensation;
  }
  const total = y[rows];
  for (let k = 1; k <= rows; k++) y[k] = y[k] / total;

  // Step 5: spline(x, y, xout = p).
  const yieldAtP = evaluateSpline(fmmSpline(x, y), effort, 0);

  // Step 6: clamp everything from the first Yield >= 1 on.
  let first = -1;
  for (let i = 0; i < yieldAtP.length; i++) {
    if (yieldAtP[i] >= 1) {
      first = i;
      break;
    }
  }
  if (first >= 0 && first < yieldAtP.length - 1) yieldAtP.fill(1, first);

  // Step 7: slope of splinefun(Effort, Yield) at (1:n)/n.
  const m = effort.length;
  const at = new Float64Array(m);
  for (let k = 1; k <= m; k++) at[k - 1] = k / m;
  const slope = evaluateSpline(fmmSpline(effort, yieldAtP), at, 1);

  return { effort, yield: yieldAtP, slope };
}
