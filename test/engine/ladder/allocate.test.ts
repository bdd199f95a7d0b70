import fc from "fast-check";
import { allocate } from "../../../src/engine/ladder/allocate";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

describe("allocate", () => {
  it("matches the Hare-quota largest-remainder example of Wikipedia ('Largest remainder method')", () => {
    // Votes 47,000/16,000/15,800/12,000/6,100/3,100, 10 seats: quotas 4.7/1.6/1.58/1.2/0.61/0.31,
    // floors 4/1/1/1/0/0 (7 seats), 3 left to the remainders .7, .61, .6 → 5/2/1/1/1/0.
    expect(allocate(10, [47_000, 16_000, 15_800, 12_000, 6_100, 3_100])).toEqual([5, 2, 1, 1, 1, 0]);
  });

  it("gives equal remainders to the earlier entry", () => {
    // 10 over three equal weights: quotas 3.33 each, one left over → the first entry.
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 5 over 1/1/1/1: quotas 1.25, one left → [2, 1, 1, 1].
    expect(allocate(5, [2, 2, 2, 2])).toEqual([2, 1, 1, 1]);
  });

  it("treats 0.2 × 10 as exactly 2 when the weights are shares", () => {
    // Quotas 10×0.2 = 2, 10×0.3 = 3 (2.9999999999999996 in binary), 10×0.5 = 5: nothing left over.
    expect(allocate(10, [0.2, 0.3, 0.5])).toEqual([2, 3, 5]);
  });

  it("never gives anything to a zero weight", () => {
    expect(allocate(3, [0, 1, 0, 1])).toEqual([0, 2, 0, 1]);
  });

  it("refuses negative or all-zero weights, an empty list and a non-integer total, saying which", () => {
    expect(() => allocate(10, [1, -2])).toThrow(/Weight 2 must be a number of 0 or more; found -2/);
    expect(() => allocate(10, [0, 0])).toThrow(/All 2 weights are 0/);
    expect(() => allocate(10, [])).toThrow(/list of weights is empty/);
    expect(() => allocate(2.5, [1])).toThrow(/total to split must be a whole number/);
    expect(() => allocate(-1, [1])).toThrow(InputError);
  });

  it("always sums to the total and never goes negative (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc
          .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
            if (weights[i] === 0) expect(p).toBe(0);
          });
        },
      ),
    );
  });

  it("keeps each part within one of its exact quota (property: quota rule of Hamilton's method)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          allocate(total, weights).forEach((p, i) => {
            const quota = (total * weights[i]) / sum;
            expect(p).toBeGreaterThanOrEqual(Math.floor(quota - 1e-9));
            expect(p).toBeLessThanOrEqual(Math.ceil(quota + 1e-9));
          });
        },
      ),
    );
  });
});

describe("allocate: what it refuses, by catalog key and params", () => {
  it("names a weight that is not a number, NaN, infinite or below 0, by its position", () => {
    expect(inputError(() => allocate(10, [1, NaN]))).toMatchObject({
      key: "weightInvalid",
      params: { index: 2, found: "NaN" },
    });
    expect(inputError(() => allocate(10, [Infinity, 1])).params).toEqual({ index: 1, found: "Infinity" });
    expect(inputError(() => allocate(10, [1, 1, null as unknown as number])).params).toEqual({
      index: 3,
      found: "null",
    });
    expect(inputError(() => allocate(10, ["2" as unknown as number])).params).toEqual({ index: 1, found: '"2"' });
  });

  it("says the list is empty, or how many weights are all 0", () => {
    expect(inputError(() => allocate(10, []))).toMatchObject({ key: "weightsEmpty", params: {} });
    expect(inputError(() => allocate(10, [0, 0, 0]))).toMatchObject({ key: "weightsAllZero", params: { count: 3 } });
  });

  it("gives equal remainders to the earlier entry in a long list too", () => {
    // 50 over 100 equal weights: every quota is 0.5, so the 50 leftover units go to the first 50 entries.
    // (Lists this long are sorted by merging runs, where the tie rule is not helped by insertion order.)
    expect(allocate(50, Array(100).fill(1))).toEqual([...Array(50).fill(1), ...Array(50).fill(0)]);
  });
});
