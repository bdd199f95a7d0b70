/**
 * The incentive ladder's band rules (issue 14, DESIGN.md "Reps and incentives"), every expected payout worked
 * by hand in the comment beside it. Bands of the issue: thresholds {0; 100000; 200000}, rates {5 %; 8 %; 12 %}.
 */
import { InputError } from "../../../src/engine/errors";
import { checkBands, commission, commissionColumn, effectiveRate } from "../../../src/engine/reps";

const BANDS = { thresholds: [0, 100_000, 200_000], rates: [0.05, 0.08, 0.12] };

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("commission: the issue's example", () => {
  it("pays 250,000 → 19,000 marginal (5,000 + 8,000 + 6,000) and 30,000 whole (12 % of all)", () => {
    // marginal: 100,000 × 5 % = 5,000; (200,000 − 100,000) × 8 % = 8,000; (250,000 − 200,000) × 12 % = 6,000.
    expect(commission(250_000, BANDS, "marginal")).toBeCloseTo(19_000, 9);
    expect(commission(250_000, BANDS, "whole")).toBeCloseTo(30_000, 9); // 250,000 × 12 %
  });

  it("puts 100,000 in the band that starts there: 5,000 marginal (no 8 % slice yet), 8,000 whole", () => {
    expect(commission(100_000, BANDS, "marginal")).toBeCloseTo(5_000, 9); // 100,000 × 5 % + 0 × 8 %
    expect(commission(100_000, BANDS, "whole")).toBeCloseTo(8_000, 9); // 100,000 × 8 %
  });

  it("pays 99,999.99 → 4,999.9995 both ways (still in the 5 % band)", () => {
    expect(commission(99_999.99, BANDS, "marginal")).toBeCloseTo(4_999.9995, 9); // 99,999.99 × 5 %
    expect(commission(99_999.99, BANDS, "whole")).toBeCloseTo(4_999.9995, 9);
  });

  it("pays at the top bound 200,000: 13,000 marginal (5,000 + 8,000), 24,000 whole (12 %)", () => {
    expect(commission(200_000, BANDS, "marginal")).toBeCloseTo(13_000, 9);
    expect(commission(200_000, BANDS, "whole")).toBeCloseTo(24_000, 9);
  });
});

describe("commission: below the first bound, nothing and returns", () => {
  // Bands that start at 50,000: thresholds {50000; 100000}, rates {4 %; 10 %}.
  const LATE = { thresholds: [50_000, 100_000], rates: [0.04, 0.1] };

  it("pays 0 below the first bound, in both modes", () => {
    expect(commission(49_999, LATE, "marginal")).toBe(0);
    expect(commission(49_999, LATE, "whole")).toBe(0);
  });

  it("pays marginal only on the slices from the first bound up; whole on all sales", () => {
    // marginal 120,000: (100,000 − 50,000) × 4 % = 2,000, + 20,000 × 10 % = 2,000 → 4,000; whole 120,000 × 10 %.
    expect(commission(120_000, LATE, "marginal")).toBeCloseTo(4_000, 9);
    expect(commission(120_000, LATE, "whole")).toBeCloseTo(12_000, 9);
    // At the first bound: marginal has no slice yet (0); whole pays 50,000 × 4 % = 2,000.
    expect(commission(50_000, LATE, "marginal")).toBe(0);
    expect(commission(50_000, LATE, "whole")).toBeCloseTo(2_000, 9);
  });

  it("pays 0 on 0, on negative sales (a return is not a negative commission) and on values that are not finite", () => {
    for (const s of [0, -1, -250_000, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect([s, commission(s, BANDS, "marginal"), commission(s, BANDS, "whole")]).toEqual([s, 0, 0]);
    }
  });

  it("takes one band: a flat rate, the same both ways (300 × 3 % = 9)", () => {
    const flat = { thresholds: [0], rates: [0.03] };
    expect(commission(300, flat, "marginal")).toBeCloseTo(9, 12);
    expect(commission(300, flat, "whole")).toBeCloseTo(9, 12);
  });

  it("lets a rate of 0 pay nothing in its band (thresholds {0; 1000}, rates {0; 10 %}: 1,500 → 50 marginal)", () => {
    const bands = { thresholds: [0, 1000], rates: [0, 0.1] };
    expect(commission(999, bands, "whole")).toBe(0);
    expect(commission(1500, bands, "marginal")).toBeCloseTo(50, 12); // 500 × 10 %
    expect(commission(1500, bands, "whole")).toBeCloseTo(150, 12); // 1,500 × 10 %
  });
});

describe("commissionColumn and effectiveRate", () => {
  it("pays each value of a column as commission does", () => {
    const sales = Float64Array.from([250_000, 100_000, 99_999.99, -5, Number.NaN, 0, 150_000]);
    // 150,000 marginal: 5,000 + 50,000 × 8 % = 9,000; whole: 150,000 × 8 % = 12,000.
    const marginal = [19_000, 5_000, 4_999.9995, 0, 0, 0, 9_000];
    const whole = [30_000, 8_000, 4_999.9995, 0, 0, 0, 12_000];
    commissionColumn(sales, BANDS, "marginal").forEach((p, i) => expect(p).toBeCloseTo(marginal[i], 9));
    commissionColumn(sales, BANDS, "whole").forEach((p, i) => expect(p).toBeCloseTo(whole[i], 9));
  });

  it("gives the effective rate payout ÷ sales, 0 without sales", () => {
    expect(effectiveRate(250_000, 19_000)).toBeCloseTo(0.076, 12); // 19,000 / 250,000 = 7.6 %
    expect(effectiveRate(0, 0)).toBe(0);
    expect(effectiveRate(-100, 0)).toBe(0);
    expect(effectiveRate(Number.NaN, 5)).toBe(0);
  });
});

describe("checkBands: bands that cannot be used are refused, naming the argument", () => {
  it("refuses no band at all", () => {
    const e = inputError(() => checkBands({ thresholds: [], rates: [] }));
    expect([e.key, e.message]).toEqual([
      "commission.empty",
      "thresholds: no band given; expected at least one threshold (the first usually 0).",
    ]);
  });

  it("refuses thresholds and rates of different lengths", () => {
    const e = inputError(() => checkBands({ thresholds: [0, 100], rates: [0.05] }));
    expect([e.key, e.params, e.message]).toEqual([
      "commission.lengths",
      { thresholds: 2, rates: 1 },
      "rates: 1 rates for 2 thresholds; expected one rate per band (2).",
    ]);
  });

  it("refuses thresholds that do not strictly ascend (a repeat too)", () => {
    const e = inputError(() => checkBands({ thresholds: [0, 200, 100], rates: [0.1, 0.2, 0.3] }));
    expect([e.key, e.message]).toEqual([
      "commission.notAscending",
      "thresholds: threshold 3 (100) must be above threshold 2 (200); thresholds are the bands' lower bounds, strictly ascending.",
    ]);
    expect(inputError(() => checkBands({ thresholds: [0, 100, 100], rates: [0, 0, 0] })).key).toBe(
      "commission.notAscending",
    );
  });

  it("refuses a negative or non-finite threshold", () => {
    const e = inputError(() => checkBands({ thresholds: [-100, 0], rates: [0.1, 0.2] }));
    expect([e.key, e.message]).toEqual([
      "commission.threshold",
      "thresholds: threshold 1 is -100; expected a finite number of 0 or more (sales below 0 earn nothing).",
    ]);
    expect(inputError(() => checkBands({ thresholds: [0, Number.NaN], rates: [0, 0] })).params).toEqual({
      what: "thresholds",
      entry: 2,
      found: "NaN",
    });
  });

  it("refuses a negative or non-finite rate, and names the arguments as the caller calls them", () => {
    const names = { thresholds: "bands", rates: "bandRates" };
    const e = inputError(() => checkBands({ thresholds: [0, 100], rates: [0.05, -0.01] }, names));
    expect([e.key, e.message]).toEqual([
      "commission.rate",
      "bandRates: rate 2 is -0.01; expected a finite number of 0 or more.",
    ]);
    expect(inputError(() => checkBands({ thresholds: [0], rates: [Infinity] })).key).toBe("commission.rate");
  });

  it("is what commission and commissionColumn check, and they refuse an unknown mode", () => {
    expect(inputError(() => commission(1, { thresholds: [0, 0], rates: [0, 0] }, "whole")).key).toBe(
      "commission.notAscending",
    );
    const e = inputError(() => commissionColumn(new Float64Array(1), BANDS, "flat" as never));
    expect([e.key, e.message]).toEqual(["commission.mode", 'mode: "flat" is not one of "marginal", "whole".']);
  });
});
