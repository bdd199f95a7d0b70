import { round9 } from "../../../src/engine/cells/round-product";

describe("round9 (DESIGN.md: round a product or quotient to 9 decimals before comparing)", () => {
  test("makes 0.2 × 10 exactly 2, 21 / 0.7 exactly 30 and 0.1 + 0.2 exactly 0.3", () => {
    // In binary: 0.30000000000000004 and 30.000000000000004 (IEEE 754 doubles).
    expect(round9(0.2 * 10)).toBe(2);
    expect(round9(21 / 0.7)).toBe(30);
    expect(round9(0.1 + 0.2)).toBe(0.3);
  });

  test("keeps 9 decimals and rounds the 10th", () => {
    expect(round9(1.0000000004)).toBe(1);
    expect(round9(1.0000000006)).toBe(1.000000001);
    expect(round9(-2.1234567891)).toBe(-2.123456789);
  });

  test("leaves infinities and NaN as they are", () => {
    expect(round9(Infinity)).toBe(Infinity);
    expect(round9(-Infinity)).toBe(-Infinity);
    expect(round9(NaN)).toBeNaN();
  });
});
