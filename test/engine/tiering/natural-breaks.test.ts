import fc from "fast-check";
import { ckmeans } from "simple-statistics";
import { naturalBreaks } from "../../../src/engine/tiering/natural-breaks";
import { ckmeansWeighted } from "../../../src/engine/tiering/ckmeans-weighted";
import { InputError } from "../../../src/engine/errors";
import { NO_TIER } from "../../../src/engine/tiering/types";

/** Values of each tier, largest first. */
function byTier(values: number[], tiers: Int32Array, k: number): number[][] {
  const out: number[][] = Array.from({ length: k }, () => []);
  values.forEach((v, i) => tiers[i] >= 0 && out[tiers[i]].push(v));
  return out.map((g) => g.sort((a, b) => b - a));
}

/** Sum over tiers of squared deviations from the tier mean. */
function withinSs(values: number[], tiers: Int32Array, k: number): number {
  return byTier(values, tiers, k).reduce((acc, g) => {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    return acc + g.reduce((a, v) => a + (v - mean) ** 2, 0);
  }, 0);
}

/**
 * Independent oracle: the least within-cluster sum of squares over every split of the sorted values
 * into k non-empty runs of consecutive values (exhaustive; fine for the small arrays used here).
 * 1-D k-means optima are such runs (Wang & Song 2011, §2).
 */
function bruteForceBestSs(values: number[], k: number): number {
  const x = [...values].sort((a, b) => a - b);
  const ss = (from: number, to: number) => {
    const g = x.slice(from, to);
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    return g.reduce((a, v) => a + (v - mean) ** 2, 0);
  };
  const best = (from: number, parts: number): number => {
    if (parts === 1) return ss(from, x.length);
    let b = Infinity;
    for (let end = from + 1; end <= x.length - parts + 1; end++) b = Math.min(b, ss(from, end) + best(end, parts - 1));
    return b;
  };
  return best(0, k);
}

/** The within-cluster sum of squares of simple-statistics' ckmeans clusters (the reference). */
function ckmeansSs(xs: number[], k: number): number {
  return ckmeans(xs, k).reduce((acc, g) => {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    return acc + g.reduce((a, v) => a + (v - mean) ** 2, 0);
  }, 0);
}

describe("naturalBreaks (optimal 1-D k-means, Ckmeans.1d.dp)", () => {
  it("splits the Ckmeans.1d.dp example into A {4,5,6}, B {2,2,2}, C {-1,-1,-1,-1} with k = 3", () => {
    // Wang & Song (2011) / the Ckmeans.1d.dp README: Ckmeans.1d.dp(c(-1,2,-1,2,4,5,6,-1,2,-1), 3) gives
    // clusters 1 2 1 2 3 3 3 1 2 1, centers -1, 2, 5, withinss 0, 0, 2.
    const d = [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1];
    const r = naturalBreaks(d, 3);
    expect(Array.from(r.tiers)).toEqual([2, 1, 2, 1, 0, 0, 0, 2, 1, 2]);
    expect(r.lowerBounds).toEqual([4, 2, -1]);
    expect(withinSs(d, r.tiers, 3)).toBe(2);
  });

  it("splits the 11-value example into A {25,22}, B {17,15}, C the rest with k = 3", () => {
    // DESIGN.md / issue 2 (Ckmeans.1d.dp). By hand: C = {1,2,2,3,3,5,6}: 88 − 22²/7 = 18.857;
    // B = {15,17}: 2; A = {22,25}: 4.5; total 25.357. The nearest rival, A = {25,22,17}, B = {15},
    // costs 1398 − 64²/3 = 32.67 for A alone, so it loses.
    const d = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    const r = naturalBreaks(d, 3);
    expect(byTier(d, r.tiers, 3)).toEqual([
      [25, 22],
      [17, 15],
      [6, 5, 3, 3, 2, 2, 1],
    ]);
    expect(r.lowerBounds).toEqual([22, 15, 1]);
    expect(withinSs(d, r.tiers, 3)).toBeCloseTo(88 - 484 / 7 + 2 + 4.5, 12);
  });

  it("splits two well-separated groups with k = 2", () => {
    // By hand, the four splits of 1 2 3 | 10 11 into two runs: {1}{2,3,10,11} 0 + 65 = 65;
    // {1,2}{3,10,11} 0.5 + 38 = 38.5; {1,2,3}{10,11} 2 + 0.5 = 2.5; {1,2,3,10}{11} 50 + 0 = 50.
    const d = [10, 1, 11, 2, 3];
    expect(Array.from(naturalBreaks(d, 2).tiers)).toEqual([0, 1, 0, 1, 1]);
  });

  it("can give each distinct value its own tier when k equals the number of distinct values", () => {
    // By hand: with k = distinct count the only zero-cost split is one value per tier.
    const d = [5, 1, 3, 3, 1];
    const r = naturalBreaks(d, 3);
    expect(Array.from(r.tiers)).toEqual([0, 2, 1, 1, 2]);
    expect(r.lowerBounds).toEqual([5, 3, 1]);
  });

  it("gives non-numbers no tier and ignores them", () => {
    const d = [-1, 2, NaN, -1, 2, 4, 5, 6, -1, 2, -1, NaN];
    const r = naturalBreaks(d, 3);
    expect(r.tiers[2]).toBe(NO_TIER);
    expect(r.tiers[11]).toBe(NO_TIER);
    expect(Array.from(r.tiers).filter((t) => t !== NO_TIER)).toEqual([2, 1, 2, 1, 0, 0, 0, 2, 1, 2]);
  });

  it("rejects a k that is not a whole number of at least 2, naming k", () => {
    for (const k of [1, 0, -3, 2.5, NaN]) {
      expect(() => naturalBreaks([1, 2, 3, 4], k)).toThrow(InputError);
      expect(() => naturalBreaks([1, 2, 3, 4], k)).toThrow(
        `the number of tiers k must be a whole number of at least 2; got ${k}`,
      );
    }
  });

  it("rejects more tiers than distinct numbers, saying how many it found", () => {
    expect(() => naturalBreaks([4, 4, 1, NaN, 1], 3)).toThrow("k = 3 tiers needs at least 3 distinct numbers; found 2");
    expect(() => naturalBreaks([], 2)).toThrow("found 0");
  });

  it("reaches the least within-tier sum of squares of any split (exhaustive search)", () => {
    const small = fc.array(fc.integer({ min: -20, max: 60 }), { minLength: 2, maxLength: 11 });
    fc.assert(
      fc.property(small, fc.integer({ min: 2, max: 5 }), (xs, k) => {
        fc.pre(new Set(xs).size >= k);
        const r = naturalBreaks(xs, k);
        return Math.abs(withinSs(xs, r.tiers, k) - bruteForceBestSs(xs, k)) < 1e-9;
      }),
      { numRuns: 300 },
    );
  });

  it("reaches the same least sum of squares as simple-statistics' ckmeans (a port of Ckmeans.1d.dp)", () => {
    // Amounts in cents up to 100,000.00: the reference sums squares around the middle value in plain
    // doubles, and with subnormals beside 1e5 its own rounding (not ours) decides the comparison.
    const data = fc.array(
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      { minLength: 6, maxLength: 300 },
    );
    fc.assert(
      fc.property(data, fc.integer({ min: 2, max: 6 }), (xs, k) => {
        fc.pre(new Set(xs).size >= k);
        const ours = withinSs(xs, naturalBreaks(xs, k).tiers, k);
        const theirs = ckmeansSs(xs, k);
        return ours <= theirs * (1 + 1e-9) + 1e-9;
      }),
      { numRuns: 200 },
    );
  });

  it("reaches simple-statistics' least sum of squares on thousands of values, where the scan of the top cluster spans several chunks of the lazily filled row", () => {
    // Evenly spread cents: the top cluster holds about a third of the values, so the last row's scan
    // reads far past the first chunk (1,024 cells) of row k − 2 (ckmeans-weighted.ts, LazyDpRow).
    const data = fc.array(
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      { minLength: 3000, maxLength: 5000 },
    );
    fc.assert(
      fc.property(data, fc.integer({ min: 3, max: 4 }), (xs, k) => {
        const ours = withinSs(xs, naturalBreaks(xs, k).tiers, k);
        const theirs = ckmeansSs(xs, k);
        return ours <= theirs * (1 + 1e-9) + 1e-9;
      }),
      { numRuns: 6, endOnFailure: true }, // no shrinking of thousands of values: a failure prints its seed
    );
  });

  it("returns cluster starts with one value per cluster when k equals m (weighted core)", () => {
    // By hand: three distinct values, three clusters → starts 0, 1, 2.
    expect(Array.from(ckmeansWeighted(Float64Array.from([1, 2, 3]), Float64Array.from([5, 1, 2]), 3))).toEqual([
      0, 1, 2,
    ]);
  });

  it("keeps 1e154 and 5e153 apart from 1, 2, 3 although their squares overflow a double", () => {
    // By hand: any split putting 5e153 or 1e154 with 1, 2, 3 costs about (5e153)²/… ≈ 1e307, while
    // {1e154}, {5e153}, {1, 2, 3} costs 2 (k = 3) and {1e154, 5e153}, {1, 2, 3} costs 1.25e307 + 2
    // (k = 2), the least of the four k = 2 splits. (1e154)² = 1e308 and sums of such squares overflow.
    const d = [1e154, 5e153, 1, 2, 3];
    expect(Array.from(naturalBreaks(d, 3).tiers)).toEqual([0, 1, 2, 2, 2]);
    expect(Array.from(naturalBreaks(d, 2).tiers)).toEqual([0, 0, 1, 1, 1]);
  });

  it("separates values near the smallest doubles, whose squares underflow to 0", () => {
    // By hand, the same shape as "two well-separated groups" above, times 1e-300: {10, 11}e-300 vs {1, 2, 3}e-300.
    const d = [10e-300, 1e-300, 11e-300, 2e-300, 3e-300];
    expect(Array.from(naturalBreaks(d, 2).tiers)).toEqual([0, 1, 0, 1, 1]);
  });

  it("gives the same tiers when every value is scaled by a power of two, across the range of doubles", () => {
    // Scaling by 2^s is exact for doubles that stay normal: |x| ≤ 1000 and ≥ 1 (or 0) times 2^s with
    // s in [-1022, 1013] stays within [2^-1022, 2^1023]. The clustering of c·x is that of x (k-means
    // is invariant to scale), so the tiers must not change.
    const data = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 60 });
    fc.assert(
      fc.property(data, fc.integer({ min: 2, max: 5 }), fc.integer({ min: -1022, max: 1013 }), (xs, k, s) => {
        fc.pre(new Set(xs).size >= k);
        const factor = 2 ** s;
        const plain = Array.from(naturalBreaks(xs, k).tiers);
        const scaledTiers = Array.from(
          naturalBreaks(
            xs.map((x) => x * factor),
            k,
          ).tiers,
        );
        expect(scaledTiers).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  describe("properties", () => {
    const data = fc.array(
      fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      { minLength: 3, maxLength: 200 },
    );
    const withK = fc.tuple(data, fc.integer({ min: 2, max: 6 })).filter(([xs, k]) => new Set(xs).size >= k);

    it("gives every number exactly one tier in 0..k−1", () => {
      fc.assert(
        fc.property(withK, ([xs, k]) =>
          Array.from(naturalBreaks(xs, k).tiers).every((t) => Number.isInteger(t) && t >= 0 && t < k),
        ),
      );
    });

    it("never gives a larger value a lower tier, and gives equal values the same tier", () => {
      fc.assert(
        fc.property(withK, ([xs, k]) => {
          const t = naturalBreaks(xs, k).tiers;
          for (let i = 0; i < xs.length; i++)
            for (let j = 0; j < xs.length; j++) if (xs[i] >= xs[j] && t[i] > t[j]) return false;
          return true;
        }),
      );
    });

    it("uses every tier and reports each tier's smallest value, top tier first", () => {
      fc.assert(
        fc.property(withK, ([xs, k]) => {
          const r = naturalBreaks(xs, k);
          return r.lowerBounds.every((b, t) => b === Math.min(...xs.filter((_, i) => r.tiers[i] === t)));
        }),
      );
    });

    it("does not depend on row order", () => {
      fc.assert(
        fc.property(withK, fc.integer(), ([xs, k], seed) => {
          const order = xs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
          const t = naturalBreaks(xs, k).tiers;
          const u = naturalBreaks(
            order.map((i) => xs[i]),
            k,
          ).tiers;
          return order.every((i, pos) => u[pos] === t[i]);
        }),
      );
    });
  });
});
