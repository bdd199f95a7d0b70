import { fmmSpline } from "../../../src/engine/tiering/spline-fmm";
import { evaluateSpline } from "../../../src/engine/tiering/spline-evaluate";

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('fmmSpline and evaluateSpline (R\'s spline / splinefun, method = "fmm")', () => {
  it("gives the same values as R's spline() at and between knots", () => {
    // R 4.2.2: spline(c(0,1,2,3,5), c(0,1,0,2,1), xout = c(0,0.5,1.5,2.5,4,5))$y, printed with %.17g.
    const s = fmmSpline(f64([0, 1, 2, 3, 5]), f64([0, 1, 0, 2, 1]));
    const y = evaluateSpline(s, [0, 0.5, 1.5, 2.5, 4, 5], 0);
    const r = [0, 1.1203231292517006, 0.32185374149659862, 0.71726190476190466, 3.6445578231292517, 1];
    r.forEach((v, i) => expect(y[i]).toBeCloseTo(v, 14));
  });

  it("gives the same first derivatives as R's splinefun(..., deriv = 1)", () => {
    // R 4.2.2: splinefun(c(0,1,2,3,5), c(0,1,0,2,1), method = "fmm")(c(0,0.5,1.5,2.5,4,5), 1).
    const s = fmmSpline(f64([0, 1, 2, 3, 5]), f64([0, 1, 0, 2, 1]));
    const d = evaluateSpline(s, [0, 0.5, 1.5, 2.5, 4, 5], 1);
    const r = [
      3.8979591836734695, 0.79166666666666652, -1.3239795918367347, 2.254251700680272, 0.083333333333333481,
      -5.9557823129251695,
    ];
    r.forEach((v, i) => expect(d[i]).toBeCloseTo(v, 13));
  });

  it("uses no end correction with three knots, as R does", () => {
    // R 4.2.2: spline(c(0,1,2), c(0,1,0), xout = c(0.5,1.5))$y is 0.75 0.75. By hand: the FMM system for
    // three knots solves to sigma = (−1/3, −1/3, −1/3), i.e. the parabola 2x − x² through the three
    // points, which is 0.75 at 0.5 and at 1.5.
    const y = evaluateSpline(fmmSpline(f64([0, 1, 2]), f64([0, 1, 0])), [0.5, 1.5], 0);
    expect(y[0]).toBeCloseTo(0.75, 15);
    expect(y[1]).toBeCloseTo(0.75, 15);
  });

  it("reproduces a cubic exactly, values and slopes (the FMM end conditions match its third derivative)", () => {
    // Forsythe, Malcolm & Moler (1977) §4.4: the fmm spline is exact for cubics. p(x) = x³ − 2x² + 3,
    // p'(x) = 3x² − 4x, on uneven knots.
    const p = (x: number) => x ** 3 - 2 * x ** 2 + 3;
    const dp = (x: number) => 3 * x ** 2 - 4 * x;
    const xs = [-1, -0.2, 0.5, 1.7, 2, 3.5];
    const s = fmmSpline(f64(xs), f64(xs.map(p)));
    const at = [-0.9, 0, 0.3, 1, 1.9, 2.8, 3.5];
    const y = evaluateSpline(s, at, 0);
    const d = evaluateSpline(s, at, 1);
    at.forEach((u, i) => {
      expect(y[i]).toBeCloseTo(p(u), 12);
      expect(d[i]).toBeCloseTo(dp(u), 11);
    });
  });

  it("draws the straight line through two knots", () => {
    // By hand: the line through (1, 2) and (3, 8) has slope 3, so it is 5 at 2 and 11 at 4.
    const s = fmmSpline(f64([1, 3]), f64([2, 8]));
    expect(Array.from(evaluateSpline(s, [2, 4], 0))).toEqual([5, 11]);
    expect(Array.from(evaluateSpline(s, [2], 1))).toEqual([3]);
  });

  it("evaluates points in any order the same way", () => {
    const s = fmmSpline(f64([0, 1, 2, 3, 5]), f64([0, 1, 0, 2, 1]));
    const up = evaluateSpline(s, [0.5, 1.5, 2.5, 4], 0);
    const down = evaluateSpline(s, [4, 2.5, 1.5, 0.5], 0);
    expect(Array.from(down).reverse()).toEqual(Array.from(up));
  });

  it("rejects fewer than two knots", () => {
    expect(() => fmmSpline(f64([1]), f64([1]))).toThrow("at least 2 knots");
  });
});
