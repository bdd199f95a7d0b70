/**
 * Coefficients of an interpolating cubic spline: on [x[i], x[i+1]] the curve is
 * y[i] + dx·(b[i] + dx·(c[i] + dx·d[i])) with dx = u − x[i].
 */
export interface CubicSpline {
  x: Float64Array;
  y: Float64Array;
  b: Float64Array;
  c: Float64Array;
  d: Float64Array;
}

/**
 * The "fmm" cubic spline of Forsythe, Malcolm & Moler (1977), Computer Methods for Mathematical
 * Computations, §4.4: a C² interpolating cubic whose end conditions match the third derivative of the
 * cubic through the first four (and last four) knots, so it reproduces any cubic exactly.
 *
 * This is a line-by-line port of `fmm_spline()` in R's src/library/stats/src/splines.c, which backs
 * `spline(method = "fmm")` and `splinefun(method = "fmm")` (R's default method), including its
 * special cases: two knots give the straight line, three knots use no end correction. Same
 * operation order as the C code, so results agree with R to the last bits in ordinary cases.
 *
 * `x` must be strictly increasing (R first merges ties; callers here never pass ties). O(n), typed
 * arrays only, so it runs on a million knots without per-point allocation.
 */
export function fmmSpline(x: Float64Array, y: Float64Array): CubicSpline {
  const n = x.length;
  if (n < 2 || y.length !== n)
    throw new RangeError(`fmmSpline: needs at least 2 knots and as many y as x (got ${n} x, ${y.length} y)`);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  if (n < 3) {
    b[0] = (y[1] - y[0]) / (x[1] - x[0]);
    b[1] = b[0];
    return { x, y, b, c, d };
  }
  // 0-based version of the C code's 1-based indices: C's [i] is [i - 1] here.
  const last = n - 1;
  // Tridiagonal system: b = diagonal, d = off-diagonal, c = right-hand side.
  d[0] = x[1] - x[0];
  c[1] = (y[1] - y[0]) / d[0];
  for (let i = 1; i < last; i++) {
    d[i] = x[i + 1] - x[i];
    b[i] = 2.0 * (d[i - 1] + d[i]);
    c[i + 1] = (y[i + 1] - y[i]) / d[i];
    c[i] = c[i + 1] - c[i];
  }
  // End conditions: third derivatives at both ends from divided differences.
  b[0] = -d[0];
  b[last] = -d[last - 1];
  c[0] = 0.0;
  c[last] = 0.0;
  if (n > 3) {
    c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
    c[last] = c[last - 1] / (x[last] - x[last - 2]) - c[last - 2] / (x[last - 1] - x[last - 3]);
    c[0] = (c[0] * d[0] * d[0]) / (x[3] - x[0]);
    c[last] = (-c[last] * d[last - 1] * d[last - 1]) / (x[last] - x[last - 3]);
  }
  // Gaussian elimination.
  for (let i = 1; i <= last; i++) {
    const t = d[i - 1] / b[i - 1];
    b[i] = b[i] - t * d[i - 1];
    c[i] = c[i] - t * c[i - 1];
  }
  // Backward substitution.
  c[last] = c[last] / b[last];
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
  // c[i] is now sigma[i] of the text; turn it into polynomial coefficients.
  b[last] = (y[last] - y[last - 1]) / d[last - 1] + d[last - 1] * (c[last - 1] + 2.0 * c[last]);
  for (let i = 0; i < last; i++) {
    b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
    d[i] = (c[i + 1] - c[i]) / d[i];
    c[i] = 3.0 * c[i];
  }
  c[last] = 3.0 * c[last];
  d[last] = d[last - 1];
  return { x, y, b, c, d };
}
