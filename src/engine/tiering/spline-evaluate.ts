import type { CubicSpline } from "./spline-fmm";

/**
 * Values (deriv 0) or first derivatives (deriv 1) of a cubic spline at the points `u`.
 *
 * Port of `spline_eval()` in R's src/library/stats/src/splines.c for the non-periodic methods, with
 * the derivative handled as R's `splinefun()` does (it evaluates the polynomial with coefficients
 * y := b, b := 2c, c := 3d, d := 0). The interval search is R's too: the interval of the previous
 * point is kept while it still brackets the next one, and only otherwise is it found by bisection;
 * so a point that falls exactly on a knot is evaluated from the same side as in R. Points outside
 * the knots extrapolate the end polynomials (as fmm does in R).
 */
export function evaluateSpline(spline: CubicSpline, u: ArrayLike<number>, deriv: 0 | 1 = 0): Float64Array {
  const { x, y, b, c, d } = spline;
  const n = x.length;
  const nMinus1 = n - 1;
  const out = new Float64Array(u.length);
  let i = 0;
  for (let l = 0; l < u.length; l++) {
    const ul = u[l];
    if (ul < x[i] || (i < nMinus1 && x[i + 1] < ul)) {
      // Reset i such that x[i] <= ul <= x[i + 1].
      i = 0;
      let j = n;
      do {
        const k = Math.floor((i + j) / 2);
        if (ul < x[k]) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const dx = ul - x[i];
    out[l] =
      deriv === 0 ? y[i] + dx * (b[i] + dx * (c[i] + dx * d[i])) : b[i] + dx * (2 * c[i] + dx * (3 * d[i] + dx * 0));
  }
  return out;
}
