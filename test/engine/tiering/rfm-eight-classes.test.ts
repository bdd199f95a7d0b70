import { rfmClass } from "../../../src/engine/tiering/rfm-class";
import { RFM_CLASS_IDS, RFM_CLASS_NAMES } from "../../../src/engine/tiering/rfm-classes";
import { rfmEightClasses } from "../../../src/engine/tiering/rfm-eight-classes";
import { rfmScoreMeans } from "../../../src/engine/tiering/rfm-score-means";

// Hand-made scores, one row per R/F/M pattern, a row at the means and a row without scores (0 = none).
// Means over the nine scored rows (DESIGN.md "RFM eight classes", by hand):
//   R: 5+4+1+2+5+4+2+1+3 = 27 → 3;  F: 5+1+4+2+4+2+5+1+3 = 27 → 3;  M: 5+5+4+5+1+2+1+2+3 = 28 → 3.111…
const R = [5, 4, 1, 2, 5, 4, 2, 1, 3, 0];
const F = [5, 1, 4, 2, 4, 2, 5, 1, 3, 0];
const M = [5, 5, 4, 5, 1, 2, 1, 2, 3, 0];

describe("rfmScoreMeans", () => {
  it("averages each score over the scored rows only", () => {
    const means = rfmScoreMeans(R, F, M);
    expect(means.r).toBe(3);
    expect(means.f).toBe(3);
    expect(means.m).toBeCloseTo(28 / 9, 12);
  });

  it("leaves out blanks (NaN, as TIER.SEGMENT reads them) and gives NaN without scores", () => {
    expect(rfmScoreMeans([5, NaN, 1], [1, 3, 3], [2, 2, 4])).toEqual({ r: 3, f: 2, m: 3 });
    expect(rfmScoreMeans([0], [0], [0]).r).toBeNaN();
  });
});

describe("rfmEightClasses", () => {
  it("names the class of each R/F/M pattern against the means (hand calculation above)", () => {
    // Row 2: R 4 > 3 high, F 1 low, M 5 > 3.11 high → important to develop; row 3: M 4 > 3.11 high.
    // Row 9 (3, 3, 3): R and F equal their means and count as low; M 3 < 3.11 → general to win back.
    // Were the unscored row counted, the means would be 2.7, 2.7, 2.8 and row 9 would be important value.
    expect(rfmEightClasses(R, F, M)).toEqual([
      "important-value",
      "important-develop",
      "important-keep",
      "important-win-back",
      "general-value",
      "general-develop",
      "general-keep",
      "general-win-back",
      "general-win-back",
      undefined,
    ]);
  });

  it("counts a score equal to the mean as low", () => {
    const means = { r: 3, f: 3, m: 3 };
    expect(rfmClass(3, 3, 3, means)).toBe("general-win-back");
    expect(rfmClass(4, 3, 3.5, means)).toBe("important-develop");
  });

  it("has the Chinese names of DESIGN.md in tier order", () => {
    expect(RFM_CLASS_IDS.map((id) => RFM_CLASS_NAMES["zh-CN"][id])).toEqual([
      "重要价值客户",
      "重要发展客户",
      "重要保持客户",
      "重要挽留客户",
      "一般价值客户",
      "一般发展客户",
      "一般保持客户",
      "一般挽留客户",
    ]);
    expect(RFM_CLASS_IDS.map((id) => RFM_CLASS_NAMES["en-US"][id])).toEqual([
      "Important value",
      "Important to develop",
      "Important to keep",
      "Important to win back",
      "General value",
      "General to develop",
      "General to keep",
      "General to win back",
    ]);
  });
});
