import fc from "fast-check";
import { InputError } from "../../../src/engine/errors";
import { midRankPercentiles } from "../../../src/engine/tiering/mid-rank-percentiles";
import { weightedScore } from "../../../src/engine/tiering/weighted-score";

describe("midRankPercentiles", () => {
  it("gives (less + (equal − 1) / 2) / (n − 1), as (RANK.AVG(v, range, 1) − 1) / (n − 1) in Excel", () => {
    // [3,1,4,1,5], n = 5. Excel RANK.AVG ascending: 1 → 1.5, 3 → 3, 4 → 4, 5 → 5.
    // (1.5 − 1)/4 = .125; (3 − 1)/4 = .5; (4 − 1)/4 = .75; (5 − 1)/4 = 1.
    expect(Array.from(midRankPercentiles([3, 1, 4, 1, 5]))).toEqual([0.5, 0.125, 0.75, 0.125, 1]);
  });

  it("gives 1 to a single value and NaN to rows that are not numbers", () => {
    const p = midRankPercentiles([NaN, 7, NaN]);
    expect(p[0]).toBeNaN();
    expect(p[1]).toBe(1);
  });
});

describe("weightedScore", () => {
  it("weights the percentiles and flips the lower-is-better factor (hand calculation)", () => {
    // sales [100, 200, 200, 50, 70], days [10, 30, 5, 60, NaN]; weights 3 and 1; days lower is better.
    // Row 4 lacks days, so percentiles use rows 0–3 only (n = 4):
    //   sales 100 → 1/3, 200 → (2 + 1/2)/3 = 5/6, 50 → 0
    //   days 10 → 1/3, 30 → 2/3, 5 → 0, 60 → 1; flipped: 2/3, 1/3, 1, 0
    //   score = 100 (3·p_sales + 1·p_days) / 4:
    //   row 0: (1 + 2/3)/4 = 41.666…; row 1: (2.5 + 1/3)/4 = 70.833…; row 2: (2.5 + 1)/4 = 87.5; row 3: 0.
    const s = weightedScore(
      [
        [100, 200, 200, 50, 70],
        [10, 30, 5, 60, NaN],
      ],
      [3, 1],
      [1, -1],
    );
    expect(s[0]).toBeCloseTo(41.6666667, 6);
    expect(s[1]).toBeCloseTo(70.8333333, 6);
    expect(s[2]).toBeCloseTo(87.5, 9);
    expect(s[3]).toBe(0);
    expect(s[4]).toBeNaN();
  });

  it("rejects a negative weight, all-zero weights and mismatched lengths, naming the factor", () => {
    expect(() => weightedScore([[1], [2]], [1, -1], [1, 1])).toThrow(
      "score, factor 2: expected a weight ≥ 0, found -1.",
    );
    expect(() => weightedScore([[1], [2]], [0, 0], [1, 1])).toThrow(InputError);
    expect(() => weightedScore([[1, 2], [2]], [1, 1], [1, 1])).toThrow(
      "factor 2: expected 2 rows like factor 1, found 1",
    );
    expect(() => weightedScore([[1]], [1], [0 as 1])).toThrow("expected direction 1");
  });

  const factors = [
    [100, 200, 200, 50, 70],
    [10, 30, 5, 60, 20],
  ];

  it("gives the same scores for weights {5e-324} and {1}, and for {1e308, 1e308} and {1, 1}", () => {
    // DESIGN.md: score = 100 Σ wᵢpᵢ / Σ wᵢ depends only on the weights' ratios. 5e-324 × a percentile
    // underflows to 0, and 1e308 + 1e308 overflows, unless the weights are rescaled first.
    expect(Array.from(weightedScore([factors[0]], [5e-324], [1]))).toEqual(
      Array.from(weightedScore([factors[0]], [1], [1])),
    );
    const huge = weightedScore(factors, [1e308, 1e308], [1, -1]);
    expect(Array.from(huge)).toEqual(Array.from(weightedScore(factors, [1, 1], [1, -1])));
    expect(Array.from(huge).every(Number.isFinite)).toBe(true);
  });

  it("gives the same scores when every weight is scaled by a power of two, across the range of doubles", () => {
    // Weights 1..1000 (or 0) times 2^s, s in [-1022, 1013], stay normal doubles: an exact scaling.
    const weights = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 2 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(weights, fc.integer({ min: -1022, max: 1013 }), (w, s) => {
        const factor = 2 ** s;
        const plain = Array.from(weightedScore(factors, w, [1, -1]));
        expect(
          Array.from(
            weightedScore(
              factors,
              w.map((x) => x * factor),
              [1, -1],
            ),
          ),
        ).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
