import fc from "fast-check";
import { computedAbc } from "../../../src/engine/tiering/computed-abc";
import { abcCurve } from "../../../src/engine/tiering/abc-curve";
import { roundHalfEven } from "../../../src/engine/tiering/abc-round-half-even";
import { InputError } from "../../../src/engine/errors";
import { NO_TIER } from "../../../src/engine/tiering/types";

// Expected outputs marked "R" were produced by R 4.2.2 running the R sources of ABCanalysis 1.2.1
// (R/ABCcleanData.R, R/ABCcurve.R, R/ABCanalysis.R), `ABCanalysis(d)`, printed with %.17g.

/** Values of each tier, largest first. */
function byTier(values: number[], tiers: Int32Array): number[][] {
  const out: number[][] = [[], [], []];
  values.forEach((v, i) => tiers[i] >= 0 && out[tiers[i]].push(v));
  return out.map((g) => g.sort((a, b) => b - a));
}

describe("computedAbc (Ultsch & Lötsch 2015; R package ABCanalysis 1.2.1)", () => {
  it("splits the 11-value example into A {25,22,17}, B {15,6}, C {5,3,3,2,2,1}", () => {
    const d = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    const r = computedAbc(d);
    expect(byTier(d, r.tiers)).toEqual([
      [25, 22, 17],
      [15, 6],
      [5, 3, 3, 2, 2, 1],
    ]);
    // R: ABLimit 15, BCLimit 6, A = Pareto (0.35, 0.76509651705620185), B = break-even (0.37,
    // 0.78906357397600035), C = submarginal (0.45, 0.83934245539540142), ABexchanged FALSE.
    expect(r.abLimit).toBe(15);
    expect(r.bcLimit).toBe(6);
    expect(r.paretoPoint.p).toBeCloseTo(0.35, 15);
    expect(r.paretoPoint.abc).toBeCloseTo(0.76509651705620185, 14);
    expect(r.breakEven.p).toBeCloseTo(0.37, 15);
    expect(r.breakEven.abc).toBeCloseTo(0.78906357397600035, 14);
    expect(r.submarginal.p).toBeCloseTo(0.45, 15);
    expect(r.submarginal.abc).toBeCloseTo(0.83934245539540142, 14);
  });

  it("counts negative values as 0 on the curve but keeps them, below the BC limit, in C", () => {
    // R: ABCanalysis(c(-5,1,15,25,17,2,3,5,6,2,3,22,-1,0)) → A 25 22 17 | B 15 6 5 | C 3 3 2 2 1 0 -1 -5;
    // ABLimit 15, BCLimit 5, Pareto point (0.29, 0.78812208326556243).
    const d = [-5, 1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22, -1, 0];
    const r = computedAbc(d);
    expect(byTier(d, r.tiers)).toEqual([
      [25, 22, 17],
      [15, 6, 5],
      [3, 3, 2, 2, 1, 0, -1, -5],
    ]);
    expect([r.abLimit, r.bcLimit]).toEqual([15, 5]);
    expect(r.paretoPoint.p).toBeCloseTo(0.29, 15);
    expect(r.paretoPoint.abc).toBeCloseTo(0.78812208326556243, 14);
  });

  it("puts a lone giant in B and the rest in C on a steep curve, as the package does", () => {
    // R: ABCanalysis(c(1000, 1,1,1,1,1,1,1,1,1)) → A empty | B 1000 | C the nine 1s; all three points
    // at p = 0.1, so both limits are the value at position round(0.1 × 10) = 1, i.e. 1000, and
    // A (strictly above 1000) is empty.
    const d = [1000, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const r = computedAbc(d);
    expect(byTier(d, r.tiers)).toEqual([[], [1000], [1, 1, 1, 1, 1, 1, 1, 1, 1]]);
    expect([r.abLimit, r.bcLimit]).toEqual([1000, 1000]);
    expect(r.paretoPoint.abc).toBeCloseTo(0.99108027750247762, 14);
  });

  it("uses the 0.001 grid from 101 values on (150 Zipf-like values)", () => {
    // R: d = floor(10000 / (1:150)^1.2) → 20 in A, 17 in B, 113 in C; ABLimit 259, BCLimit 131;
    // break-even (0.14, 0.76886566049810678) lies left of the Pareto point (0.168, ...), so the
    // package exchanges them (ABexchanged TRUE); submarginal (0.248, 0.8453341497028537).
    const d = Array.from({ length: 150 }, (_, i) => Math.floor(10000 / (i + 1) ** 1.2));
    const r = computedAbc(d);
    const counts = [0, 1, 2].map((t) => r.tiers.filter((x) => x === t).length);
    expect(counts).toEqual([20, 17, 113]);
    expect([r.abLimit, r.bcLimit]).toEqual([259, 131]);
    expect(r.breakEven.p).toBeCloseTo(0.14, 15);
    expect(r.breakEven.abc).toBeCloseTo(0.76886566049810678, 13);
    expect(r.paretoPoint.p).toBeCloseTo(0.168, 15);
    expect(r.submarginal.p).toBeCloseTo(0.248, 15);
    expect(r.submarginal.abc).toBeCloseTo(0.8453341497028537, 13);
  });

  it("matches the package on 1..200 and on the squares 1..40²", () => {
    // R: ABCanalysis(1:200) → A 200..120 (81), B 119..78 (42), C 77..1 (77); ABLimit 119, BCLimit 78.
    const lin = Array.from({ length: 200 }, (_, i) => i + 1);
    const a = computedAbc(lin);
    expect([a.abLimit, a.bcLimit]).toEqual([119, 78]);
    expect([0, 1, 2].map((t) => a.tiers.filter((x) => x === t).length)).toEqual([81, 42, 77]);
    // R: ABCanalysis((1:40)^2) → A 1600..784 (13), B 729..441 (7), C 400..1 (20); ABLimit 729, BCLimit 441.
    const sq = Array.from({ length: 40 }, (_, i) => (i + 1) ** 2);
    const b = computedAbc(sq);
    expect([b.abLimit, b.bcLimit]).toEqual([729, 441]);
    expect([0, 1, 2].map((t) => b.tiers.filter((x) => x === t).length)).toEqual([13, 7, 20]);
  });

  it("splits two values into B {3} and C {1}", () => {
    // R: ABCanalysis(c(3, 1)) → A empty, B 3, C 1 (ABLimit = BCLimit = 3).
    const r = computedAbc([3, 1]);
    expect(Array.from(r.tiers)).toEqual([1, 2]);
  });

  it("puts all-equal values in B, where R returns three empty sets", () => {
    // R: ABCanalysis(rep(7, 12)) returns empty Aind, Bind and Cind: the A/B point lies at p = 0, so R
    // indexes position round(0 × 12) = 0 and gets no limit. We clamp the position to 1 (documented
    // deviation). By hand: every limit is then 7, nothing is > 7 or < 7, so every value is B.
    const r = computedAbc(new Array(12).fill(7));
    expect(Array.from(r.tiers)).toEqual(new Array(12).fill(1));
    expect([r.abLimit, r.bcLimit]).toEqual([7, 7]);
  });

  it("gives non-numbers no tier and tiers the other values as if they were alone", () => {
    const d = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    const withGaps = [NaN, ...d.slice(0, 5), NaN, ...d.slice(5), NaN];
    const r = computedAbc(withGaps);
    expect(r.tiers[0]).toBe(NO_TIER);
    expect(r.tiers[6]).toBe(NO_TIER);
    expect(r.tiers[withGaps.length - 1]).toBe(NO_TIER);
    expect(Array.from(r.tiers).filter((t) => t !== NO_TIER)).toEqual(Array.from(computedAbc(d).tiers));
  });

  it("rejects data with no positive value, saying how many numbers it found", () => {
    expect(() => computedAbc([0, -3, NaN, 0])).toThrow(InputError);
    expect(() => computedAbc([0, -3, NaN, 0])).toThrow(
      "at least one positive value to build the ABC curve; found 3 number(s), none above 0",
    );
    expect(() => computedAbc([])).toThrow("found 0 number(s)");
  });

  it("builds the ABC curve from (0,0) to (1,1) on the 0.01 grid below 101 values", () => {
    // By hand for [3, 1]: knots (0, 0), (0.5, 3/4), (1, 1). With three knots the fmm spline is the
    // parabola through them, y = 2x − x², so ABC(0) = 0, ABC(0.25) = 0.4375, ABC(0.5) = 0.75, ABC(1) = 1.
    const c = abcCurve(Float64Array.from([1, 3]));
    expect(c.effort.length).toBe(101);
    expect(c.effort[100]).toBe(1);
    expect(c.yield[0]).toBe(0);
    expect(c.yield[25]).toBeCloseTo(0.4375, 15);
    expect(c.yield[50]).toBeCloseTo(0.75, 15);
    expect(c.yield[100]).toBe(1);
  });

  it("rounds positions half to even, as R's round()", () => {
    // R documentation (?Round): round(0.5) is 0, round(1.5) and round(2.5) are 2, round(-1.5) is -2.
    expect([0.5, 1.5, 2.5, 2.4999, 2.5001, -1.5].map(roundHalfEven)).toEqual([0, 2, 2, 2, 3, -2]);
  });

  describe("properties", () => {
    const data = fc
      .array(fc.oneof(fc.integer({ min: -50, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
        minLength: 1,
        maxLength: 160,
      })
      .filter((xs) => xs.some((x) => x > 0));

    it("gives every number exactly one of A, B, C", () => {
      fc.assert(
        fc.property(data, (xs) => {
          const t = computedAbc(xs).tiers;
          return t.length === xs.length && Array.from(t).every((x) => x === 0 || x === 1 || x === 2);
        }),
      );
    });

    it("never gives a larger value a lower tier, and gives equal values the same tier", () => {
      fc.assert(
        fc.property(data, (xs) => {
          const t = computedAbc(xs).tiers;
          for (let i = 0; i < xs.length; i++)
            for (let j = 0; j < xs.length; j++) if (xs[i] >= xs[j] && t[i] > t[j]) return false;
          return true;
        }),
      );
    });

    it("does not depend on row order", () => {
      fc.assert(
        fc.property(data, fc.integer(), (xs, seed) => {
          const order = xs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
          const shuffled = order.map((i) => xs[i]);
          const t = computedAbc(xs).tiers;
          const u = computedAbc(shuffled).tiers;
          return order.every((i, k) => u[k] === t[i]);
        }),
      );
    });
  });
});
