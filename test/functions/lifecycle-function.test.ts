/** @jest-environment jsdom */
import { lifecycle } from "../../src/functions/cell-functions";
import { column, thrown } from "./thrown";
import { errorCell, loadCustomFunctionsRuntime } from "./office-runtime";

// Errors thrown here are the real CustomFunctions.Error of Microsoft's runtime (see office-runtime.ts).
loadCustomFunctionsRuntime();

// Issue 13's worked example: asOf = 45658 (2025-01-01 in Excel's DATE()).
const AS_OF = 45658;
const FIRST = [45600, 45000, 45000, 44000, null];
const LAST = [45640, 45640, 45400, 45200, null];

describe("TIER.LIFECYCLE", () => {
  it("grades the issue's five customers: New, Active, At risk, Lost, Never purchased", () => {
    // 45658 − 45600 = 58 ≤ 90 → New; first 658 days ago, last 18 → Active; last 258 > 180 → At risk;
    // last 458 > 365 → Lost; last blank → Never purchased.
    expect(lifecycle(column(FIRST), column(LAST), AS_OF)).toEqual(
      column(["New", "Active", "At risk", "Lost", "Never purchased"]),
    );
  });

  it("checks the windows in order, each boundary inclusive as DESIGN.md says (≤ new, > lost, > at-risk)", () => {
    // First exactly 90 days ago → still New; last exactly 365 days ago → At risk, 366 → Lost;
    // last exactly 180 days ago → Active, 181 → At risk.
    const first = [AS_OF - 90, AS_OF - 1000, AS_OF - 1000, AS_OF - 1000, AS_OF - 1000];
    const last = [AS_OF - 10, AS_OF - 365, AS_OF - 366, AS_OF - 180, AS_OF - 181];
    expect(lifecycle(column(first), column(last), AS_OF)).toEqual(
      column(["New", "At risk", "Lost", "Active", "At risk"]),
    );
  });

  it("takes other windows and labels, and spills a row for a row", () => {
    // Windows {30;60;120}: 58 days since the first order is no longer New; last 18 days ago → Active;
    // 258 > 120 → Lost; 458 → Lost.
    const labels = [["从未购买", "新客户", "活跃客户", "风险客户", "流失客户"]];
    expect(lifecycle([FIRST], [LAST], AS_OF, [[30, 60, 120]], labels)).toEqual([
      ["活跃客户", "活跃客户", "流失客户", "流失客户", "从未购买"],
    ]);
  });

  it("gives no grade where a date is not a number, is an error, or lies after asOf", () => {
    const first = [45000, "soon", 45000, 45000];
    const last = [errorCell("#N/A"), 45600, AS_OF + 1, 45600];
    expect(lifecycle(column(first), column(last), AS_OF)).toEqual(column(["", "", "", "Active"]));
  });

  it("names the argument it cannot use", () => {
    expect(thrown(() => lifecycle(column([1, 2]), column([1]), AS_OF))).toMatchObject({
      code: "#VALUE!",
      message: "first and last: 2 and 1 cells; expected one date per customer in each.",
    });
    expect(thrown(() => lifecycle(column(FIRST), column(LAST), "today")).message).toMatch(/^asOf: /);
    expect(thrown(() => lifecycle(column(FIRST), column(LAST), AS_OF, [[90, 180]])).message).toBe(
      "windows: 2 given; expected three: {new; at-risk; lost} in days.",
    );
    expect(thrown(() => lifecycle(column(FIRST), column(LAST), AS_OF, [[90, 400, 365]])).message).toBe(
      "windows: the at-risk window (400) must be shorter than the lost window (365).",
    );
    expect(thrown(() => lifecycle(column(FIRST), column(LAST), AS_OF, [[90, -1, 365]])).message).toBe(
      "windows: item 2 is -1; expected a whole number of days, 0 or more.",
    );
    expect(thrown(() => lifecycle(column(FIRST), column(LAST), AS_OF, undefined, [["A", "B"]])).message).toBe(
      "labels: 2 labels given for 5 tiers.",
    );
  });
});
