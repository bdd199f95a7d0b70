import { dealTarget } from "../../../src/engine/ladder/deal-target";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

describe("dealTarget", () => {
  it("turns a revenue target into deals with ceil(revenue / average deal size) (DESIGN.md)", () => {
    // Hand calculation: 300,000 / 100,000 = 3 exactly; 300,001 / 100,000 = 3.00001 → 4.
    expect(dealTarget(300_000, 100_000)).toBe(3);
    expect(dealTarget(300_001, 100_000)).toBe(4);
  });

  it("rounds the quotient to 9 decimals first, so 0.3 / 0.1 is 3 deals, not 4", () => {
    // In binary, 0.3 / 0.1 = 2.9999999999999996 and 0.7 / 0.1 = 6.999999999999999; 2.1 / 0.7 = 3.0000000000000004.
    expect(dealTarget(0.3, 0.1)).toBe(3);
    expect(dealTarget(2.1, 0.7)).toBe(3);
  });

  it("refuses a negative revenue and an average deal size of 0, saying which", () => {
    expect(() => dealTarget(-5, 10)).toThrow(/revenue target must be a number of 0 or more; found -5/);
    expect(() => dealTarget(100, 0)).toThrow(/average deal size must be a number greater than 0; found 0/);
    expect(() => dealTarget(100, 0)).toThrow(InputError);
  });
});

describe("dealTarget: edges and what it refuses, by catalog key and params", () => {
  it("needs no deals for a revenue target of 0", () => {
    expect(dealTarget(0, 50_000)).toBe(0);
  });

  it("names a revenue that is NaN or infinite, and an average deal size that is NaN, infinite or not a number", () => {
    expect(inputError(() => dealTarget(NaN, 10))).toMatchObject({
      key: "revenueTargetInvalid",
      params: { found: "NaN" },
    });
    expect(inputError(() => dealTarget(Infinity, 10)).params).toEqual({ found: "Infinity" });
    expect(inputError(() => dealTarget(-5, 10)).params).toEqual({ found: "-5" });
    expect(inputError(() => dealTarget(100, NaN))).toMatchObject({
      key: "averageDealInvalid",
      params: { found: "NaN" },
    });
    expect(inputError(() => dealTarget(100, Infinity)).params).toEqual({ found: "Infinity" });
    expect(inputError(() => dealTarget(100, -1)).params).toEqual({ found: "-1" });
  });
});
