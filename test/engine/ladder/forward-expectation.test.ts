import fc from "fast-check";
import { forwardExpectation } from "../../../src/engine/ladder/forward-expectation";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

const SEED = [0.5, 0.4, 0.5, 0.5, 0.6];

describe("forwardExpectation", () => {
  it("weights each stage's count by the product of the rates from that stage to the end (DESIGN.md)", () => {
    // Hand calculation, rates to close 0.03/0.06/0.15/0.3/0.6/1:
    // 40×0.03 + 20×0.06 + 10×0.15 + 6×0.3 + 5×0.6 + 2×1 = 1.2 + 1.2 + 1.5 + 1.8 + 3 + 2 = 10.7
    expect(forwardExpectation([40, 20, 10, 6, 5, 2], SEED)).toBe(10.7);
  });

  it("expects 3 closes from 100 fresh leads on the seed ladder", () => {
    // 100 × 0.5 × 0.4 × 0.5 × 0.5 × 0.6 = 3
    expect(forwardExpectation([100, 0, 0, 0, 0, 0], SEED)).toBe(3);
  });

  it("agrees with Σ countᵢ × Π rates from i to the end, computed directly (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { maxLength: 6 })
          .chain((rates) =>
            fc.tuple(
              fc.constant(rates),
              fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: rates.length + 1, maxLength: rates.length + 1 }),
            ),
          ),
        ([rates, counts]) => {
          const direct = counts.reduce((s, c, i) => s + c * rates.slice(i).reduce((p, r) => p * r, 1), 0);
          expect(forwardExpectation(counts, rates)).toBeCloseTo(direct, 6);
        },
      ),
    );
  });

  it("refuses counts that do not match the rates, negative counts and bad rates", () => {
    expect(() => forwardExpectation([1, 2], SEED)).toThrow(/5 step rates, so 6 stage counts are expected; found 2/);
    expect(() => forwardExpectation([1, -2], [0.5])).toThrow(
      /count at stage 2 must be a number of 0 or more; found -2/,
    );
    expect(() => forwardExpectation([1, 2], [0])).toThrow(InputError);
  });
});

describe("forwardExpectation: what it refuses, by catalog key and params", () => {
  it("says how many counts the rates call for, and names a count that is NaN or infinite", () => {
    expect(inputError(() => forwardExpectation([1, 2], SEED))).toMatchObject({
      key: "countsRatesMismatch",
      params: { counts: 2, rates: 5, expected: 6 },
    });
    expect(inputError(() => forwardExpectation([1, NaN], [0.5]))).toMatchObject({
      key: "countNegative",
      params: { stage: "stage 2", found: "NaN" },
    });
    expect(inputError(() => forwardExpectation([Infinity, 1], [0.5])).params).toEqual({
      stage: "stage 1",
      found: "Infinity",
    });
  });
});
