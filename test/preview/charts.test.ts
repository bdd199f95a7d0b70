import { niceMax, shortNumber } from "../../src/preview/charts/chart-scale";
import { cumulativeShare } from "../../src/preview/charts/cumulative-share";

describe("chart helpers of the preview", () => {
  it("rounds an axis maximum up to 1, 2 or 5 × 10^k (Heckbert's nice numbers)", () => {
    expect(niceMax(87)).toBe(100);
    expect(niceMax(130)).toBe(200);
    expect(niceMax(4100)).toBe(5000);
    expect(niceMax(0)).toBe(1);
  });

  it("shortens large numbers for bar labels", () => {
    expect(shortNumber(12345)).toBe("12.3K"); // 12345 / 1000 to 3 significant digits
    expect(shortNumber(2_500_000)).toBe("2.5M");
    expect(shortNumber(100)).toBe("100");
    expect(shortNumber(1234)).toBe("1,234"); // below 10,000 in full, with its thousands separator
    // Chinese counts in 万 (10^4) and 亿 (10^8), as glossary-zh.md asks for charts: 5,000,000 = 500 × 10^4.
    expect(shortNumber(5_000_000, "zh-CN")).toBe("500万");
    expect(shortNumber(12345, "zh-CN")).toBe("1.23万");
    expect(shortNumber(250_000_000, "zh-CN")).toBe("2.5亿");
    expect(shortNumber(1234, "zh-CN")).toBe("1,234");
  });

  it("gives the running share of the total for a Pareto line (hand calculation: 50, 80, 100 of 100)", () => {
    expect(cumulativeShare([50, 30, 20])).toEqual([0.5, 0.8, 1]);
    expect(cumulativeShare([-5, 10, Number.NaN, 10])).toEqual([0, 0.5, 0.5, 1]);
  });
});
