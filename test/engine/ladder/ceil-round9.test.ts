import fc from "fast-check";
import { ceilRound9 } from "../../../src/engine/ladder/ceil-round9";
import { round9 } from "../../../src/engine/cells/round-product";

describe("ceilRound9", () => {
  it("rounds to 9 decimals before the ceiling: 21 / 0.7 → 30, 4 / 0.6 → 7, 30.0000000012 → 31", () => {
    // 21 / 0.7 = 30.000000000000004 in binary (DESIGN.md); 4 / 0.6 = 6.666…; 30.0000000012 rounds to 30.000000001.
    expect(ceilRound9(21 / 0.7)).toBe(30);
    expect(ceilRound9(4 / 0.6)).toBe(7);
    expect(ceilRound9(30.0000000012)).toBe(31);
    expect(ceilRound9(30.0000000004)).toBe(30);
    expect(ceilRound9(0)).toBe(0);
  });

  it("equals Math.ceil(round9(q)) everywhere, including just above whole numbers (property)", () => {
    const nearWhole = fc
      .tuple(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 3e-9, noNaN: true }))
      .map(([n, f]) => n + f);
    const quotient = fc
      .tuple(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.001, max: 1, noNaN: true }))
      .map(([t, r]) => t / r);
    fc.assert(
      fc.property(fc.oneof(nearWhole, quotient, fc.double({ min: 0, max: 1e12, noNaN: true })), (q) => {
        expect(ceilRound9(q)).toBe(Math.ceil(round9(q)));
      }),
      { numRuns: 5000 },
    );
  });
});
