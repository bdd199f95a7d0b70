/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";

installPolyfills();

// The list sits at C5 on the sheet (top 4, left 2): header on sheet row 5, columns C (Customer) and D (Sales).
// "n/a" is the 3rd data row → sheet row 8, column D; "P" repeats on the 1st and 4th data rows → rows 6 and 9.
const GRID: Grid = [
  ["Customer", "Sales"],
  ["P", 30],
  ["Q", 20],
  ["R", "n/a"],
  ["P", 10],
  ["S", 5],
];

describe("the input report names cells as the sheet does", () => {
  it("sheet row numbers and column letters, not positions in the selection (en)", async () => {
    await previewTiers(new StubHost(GRID, "en-US", "Sheet1", 4, 2));
    const report = screen.getByTestId("input-report");
    expect(within(report).getByTestId("input-report-item-0").textContent).toBe(
      "Row 8, column D (“Sales”): text, expected a number (n/a)",
    );
    expect(within(report).getByTestId("input-report-duplicate").textContent).toBe("“P” appears on rows 6, 9");
  });

  it("sheet row numbers and column letters (zh)", async () => {
    await previewTiers(new StubHost(GRID, "zh-CN", "Sheet1", 4, 2));
    const report = screen.getByTestId("input-report");
    expect(within(report).getByTestId("input-report-item-0").textContent).toBe(
      "第 8 行，D 列（“Sales”）：是文本，应为数字（n/a）",
    );
    expect(within(report).getByTestId("input-report-duplicate").textContent).toBe("“P”出现在第 6、9 行");
  });
});
