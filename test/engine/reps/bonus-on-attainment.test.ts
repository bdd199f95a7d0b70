/**
 * A bonus by bands on attainment (issue 14: "bands may be on sales or on attainment (bonus as a share of a
 * target bonus)"); DESIGN.md's rule: targetBonus × the band rule applied to attainment, a rate being the
 * share of the target bonus per unit of attainment. Every expected number worked by hand beside it.
 */
import { InputError } from "../../../src/engine/errors";
import { bonusOnAttainment } from "../../../src/engine/reps";

describe("bonusOnAttainment", () => {
  it("marginal: an accelerator above quota (thresholds {0; 1}, rates {1; 2}, target bonus 10,000)", () => {
    const bands = { thresholds: [0, 1], rates: [1, 2] };
    // 80 %: 0.8 × 1 = 0.8 → 8,000; 100 %: 1 → 10,000; 110 %: 1 + 0.1 × 2 = 1.2 → 12,000.
    expect(bonusOnAttainment(0.8, bands, "marginal", 10_000)).toBeCloseTo(8_000, 9);
    expect(bonusOnAttainment(1, bands, "marginal", 10_000)).toBeCloseTo(10_000, 9);
    expect(bonusOnAttainment(1.1, bands, "marginal", 10_000)).toBeCloseTo(12_000, 9);
  });

  it("whole: all attainment at the highest band reached (thresholds {0; 0.8; 1}, rates {0; 1; 1.5})", () => {
    const bands = { thresholds: [0, 0.8, 1], rates: [0, 1, 1.5] };
    // 79 %: rate 0 → 0; 80 %: 0.8 × 1 → 4,000 of 5,000; 90 %: 0.9 → 4,500; 110 %: 1.1 × 1.5 = 1.65 → 8,250.
    expect(bonusOnAttainment(0.79, bands, "whole", 5_000)).toBe(0);
    expect(bonusOnAttainment(0.8, bands, "whole", 5_000)).toBeCloseTo(4_000, 9);
    expect(bonusOnAttainment(0.9, bands, "whole", 5_000)).toBeCloseTo(4_500, 9);
    expect(bonusOnAttainment(1.1, bands, "whole", 5_000)).toBeCloseTo(8_250, 9);
  });

  it("pays 0 on attainment of 0 or less, and refuses a target bonus that is negative or not finite", () => {
    const bands = { thresholds: [0], rates: [1] };
    expect(bonusOnAttainment(-0.2, bands, "whole", 5_000)).toBe(0);
    expect(bonusOnAttainment(0.5, bands, "whole", 0)).toBe(0);
    for (const bad of [-1, Number.NaN, Infinity]) {
      expect(() => bonusOnAttainment(1, bands, "whole", bad)).toThrow(InputError);
    }
    expect(() => bonusOnAttainment(1, bands, "whole", -1)).toThrow(
      "targetBonus: -1 is not allowed; expected a finite amount of 0 or more.",
    );
  });
});
