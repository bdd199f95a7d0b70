/** @jest-environment jsdom */
import fc from "fast-check";
import { allocate, forecast, rates, stages } from "../../src/functions/cell-functions";
import { column, thrown } from "./thrown";
import { loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

// The seed ladder of DESIGN.md: rates 50/40/50/50/60 % (cells formatted as % hold the fractions).
const SEED_RATES = column([0.5, 0.4, 0.5, 0.5, 0.6]);

describe("TIER.STAGES", () => {
  it("works back from 3 signed deals to 100/50/20/10/5/3 on the seed ladder (DESIGN.md)", () => {
    expect(stages(3, SEED_RATES)).toEqual(column([100, 50, 20, 10, 5, 3]));
  });

  it("rounds up at every stage: 4 signed deals need 140/70/28/14/7/4 (DESIGN.md)", () => {
    // Hand: 4/0.6 = 6.67 → 7; 7/0.5 = 14; 14/0.5 = 28; 28/0.4 = 70; 70/0.5 = 140.
    expect(stages(4, SEED_RATES)).toEqual(column([140, 70, 28, 14, 7, 4]));
  });

  it("spills a row for rates given in a row, and rounds 21 / 0.7 to 30, not 31", () => {
    // Hand: 21 / 0.7 = 30 exactly (30.000000000000004 in binary before rounding to 9 decimals).
    expect(stages(21, [[0.7]])).toEqual([[30], [21]]);
    expect(stages(3, [[0.5, 0.4, 0.5, 0.5, 0.6]])).toEqual([[100, 50, 20, 10, 5, 3]]);
  });

  it("rejects a rate typed as a percent, a zero rate, a text rate and a fractional target", () => {
    expect(thrown(() => stages(3, column([50, 40])))).toMatchObject({
      code: "#VALUE!",
      message: "rates: rate 1 is 50; expected a fraction above 0 and at most 1 (50 % is 0.5).",
    });
    expect(thrown(() => stages(3, column([0.5, 0])))).toMatchObject({
      code: "#VALUE!",
      message: "rates: rate 2 is 0; expected a fraction above 0 and at most 1.",
    });
    expect(thrown(() => stages(3, column([0.5, "high"])))).toMatchObject({
      code: "#VALUE!",
      message: 'rates: item 2 is "high"; expected a number.',
    });
    expect(thrown(() => stages(2.5, SEED_RATES))).toMatchObject({
      code: "#VALUE!",
      message: "target: 2.5 is not allowed; expected a whole number of at least 0.",
    });
  });

  it("never asks for fewer at an earlier stage than at a later one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (target, pct) => {
          const out = stages(target, column(pct.map((p) => p / 100))).map((r) => r[0]);
          for (let i = 0; i + 1 < out.length; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i + 1]);
        },
      ),
    );
  });
});

describe("TIER.RATES", () => {
  it("gives the step rates of the seed ladder back from its counts", () => {
    // Hand: 50/100, 20/50, 10/20, 5/10, 3/5.
    expect(rates(column([100, 50, 20, 10, 5, 3]))).toEqual(column([0.5, 0.4, 0.5, 0.5, 0.6]));
    expect(rates([[100, 50]])).toEqual([[0.5]]);
  });

  it("leaves the rate empty where both counts are 0 (no deal to convert)", () => {
    expect(rates(column([10, 0, 0]))).toEqual(column([0, ""]));
  });

  it("rejects a single count and a negative count", () => {
    expect(thrown(() => rates([[10]]))).toMatchObject({
      code: "#VALUE!",
      message: "counts: at least 2 stage counts are needed for a rate, found 1.",
    });
    expect(thrown(() => rates([[10, -1]]))).toMatchObject({
      code: "#VALUE!",
      message: "counts: count 2 is -1; counts cannot be negative.",
    });
  });
});

describe("TIER.FORECAST", () => {
  it("weights each stage's deals by the rates from that stage to the end", () => {
    // Hand: 10 leads × 0.5 × 0.4 × 0.5 × 0.5 × 0.6 = 0.3; 5 in negotiation × 0.6 + 1 signed = 4.
    expect(forecast(column([10, 0, 0, 0, 0, 0]), SEED_RATES)).toBeCloseTo(0.3, 12);
    expect(forecast([[0, 0, 0, 0, 5, 1]], SEED_RATES)).toBe(4);
  });

  it("says how many counts it expected for the rates given", () => {
    expect(thrown(() => forecast(column([1, 2]), SEED_RATES))).toMatchObject({
      code: "#VALUE!",
      message: "counts: 2 stage counts given for 5 rates; expected 6 (one more count than rates).",
    });
  });
});

describe("TIER.ALLOCATE", () => {
  it("splits by largest remainder and gives a tie to the earlier entry", () => {
    // Hand: 10 over 1:1:1 → quotas 3.33 each → 3, 3, 3 and the one left over to the first.
    expect(allocate(10, column([1, 1, 1]))).toEqual(column([4, 3, 3]));
    // Hand: 5 over 1:1 → 2.5 and 2.5: the tie goes to the earlier entry.
    expect(allocate(5, [[1, 1]])).toEqual([[3, 2]]);
  });

  it("counts 0.2 × 10 as exactly 2 (DESIGN.md)", () => {
    expect(allocate(10, [[0.2, 0.3, 0.5]])).toEqual([[2, 3, 5]]);
  });

  it("always sums to the total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 }),
        (total, w) => {
          fc.pre(w.some((x) => x > 0));
          const parts = allocate(total, column(w)).map((r) => r[0]);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
    );
  });

  it("rejects all-zero or negative weights and a fractional total with #VALUE! and a message", () => {
    expect(thrown(() => allocate(10, [[0, 0]]))).toMatchObject({
      code: "#VALUE!",
      message: "weights: all 2 weights are 0; at least one must be above 0.",
    });
    expect(thrown(() => allocate(10, [[1, -2]]))).toMatchObject({
      code: "#VALUE!",
      message: "weights: weight 2 is -2; weights cannot be negative.",
    });
    expect(thrown(() => allocate(9.5, [[1]])).code).toBe("#VALUE!");
  });
});

describe("results Excel can hold", () => {
  const MAX = 9.99999999999999e307; // Excel specifications and limits: the largest allowed number

  it("reports a stage count beyond Excel's largest number instead of spilling ∞", () => {
    // 1e308 / 0.5 = 2e308: beyond any double (∞ before this check); 1e308 itself is beyond Excel's largest.
    expect(thrown(() => stages(1e308, column([0.5])))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("beyond 9.99999999999999E+307"),
    });
    // 6e307 / 0.5 = 1.2e308: a double, but beyond Excel's largest number.
    expect(thrown(() => stages(6e307, column([0.5])))).toMatchObject({
      code: "#VALUE!",
      message:
        "target: 6e+307 at the last stage needs a count beyond 9.99999999999999E+307 (Excel's largest number) at stage 1; use a smaller target.",
    });
  });

  it("splits by weights of 1e308 like equal weights (NaN before: their sum overflowed)", () => {
    // Hand: equal weights split 10 into 5 and 5.
    expect(allocate(10, column([1e308, 1e308]))).toEqual(column([5, 5]));
    // Hand: 5e-324 : 1e-323 is 1 : 2, so 9 splits into 3 and 6.
    expect(allocate(9, [[5e-324, 1e-323]])).toEqual([[3, 6]]);
  });

  it("reports a rate beyond Excel's largest number (1 / 5e-324) instead of spilling ∞", () => {
    expect(thrown(() => rates(column([5e-324, 1])))).toMatchObject({
      code: "#VALUE!",
      message:
        "counts: the rate from stage 1 (5e-324) to stage 2 (1) is beyond 9.99999999999999E+307 (Excel's largest number); check the counts.",
    });
  });

  it("reports an expected count beyond Excel's largest number (1e308 + 1e308) instead of returning ∞", () => {
    expect(thrown(() => forecast(column([1e308, 1e308]), column([1])))).toMatchObject({
      code: "#VALUE!",
      message: "counts: the expected count is beyond 9.99999999999999E+307 (Excel's largest number); check the counts.",
    });
  });

  it("does what the README's function section says for its two examples", () => {
    // 1e307 / 0.05 = 2e308 (∞ in doubles); 1e10 / 1e-300 = 1e310.
    expect(thrown(() => stages(1e307, column([0.05]))).code).toBe("#VALUE!");
    expect(thrown(() => rates(column([1e-300, 1e10]))).code).toBe("#VALUE!");
  });

  it("never returns NaN or a number beyond ±9.99999999999999E+307, whatever doubles it is given", () => {
    const anyDouble = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }),
      fc.constantFrom(0, 5e-324, 1e-300, 1, 1e154, 1e308),
    );
    const numbersIn = (out: unknown): number[] =>
      (Array.isArray(out) ? out.flat(2) : [out]).filter((x): x is number => typeof x === "number");
    const holdable = (xs: number[]) => xs.every((x) => x >= -MAX && x <= MAX);
    const outcome = (call: () => unknown): boolean => {
      try {
        return holdable(numbersIn(call()));
      } catch (e) {
        return (e as { code?: string }).code === "#VALUE!"; // a user error with its message, never a crash
      }
    };
    fc.assert(
      fc.property(
        fc.array(anyDouble, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 0, max: 1e6 }),
        (xs, total) => {
          const rs = xs.slice(1).map((x) => Math.min(1, Math.max(x, 5e-324)));
          expect(outcome(() => stages(Math.floor(xs[0]), column(rs)))).toBe(true);
          expect(outcome(() => rates(column(xs)))).toBe(true);
          expect(outcome(() => forecast(column(xs), column(rs)))).toBe(true);
          expect(outcome(() => allocate(total, column(xs)))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
