/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { tasksTab } from "./support/tasks-tab";

installPolyfills();
// Pane tests share two cores with others: room for slow runs.
jest.setTimeout(60_000);

// 20 customers of one rep, sales 1..20: rank-share 20/30/50 → A 4, B 6, C 10.
const GRID: Grid = [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 20 }, (_, i) => [`Customer ${i + 1}`, "Ann", i + 1]),
];

describe("the workload is spread over each period, not all due on the start date", () => {
  // Hand calculation, 4 weeks from Mon 2025-01-06 (all in the January period, 06 Jan – 05 Feb, 23 working
  // days; the horizon's working days are 6–31 Jan, indexes 0–19). Customer j of n goes to working day ⌊j·D/n⌋.
  // A (4): monthly visit 3 h + payment 0.5 h at 0, 5, 11, 17 → one a week, 3.5 h; once 4 h over the first
  //   month cut at the horizon (20 days) at 0, 5, 10, 15 → 4 h a week; quarterly review 2 h (65 days) at 0, 16
  //   → weeks 1 and 4; weekly check-in 4 × 0.5 = 2 h a week.
  // B (6): 1 h a month each at 0, 3, 7, 11, 15, 19 → 2, 1, 1, 2 h.
  // C (10): newsletter and payment reminder, 0.05 h each, monthly at 0, 2, 4, 6, 9, 11, 13, 16, 18 (20 is past
  //   the horizon) → 0.3, 0.2, 0.2, 0.2 h; quarterly survey 0.05 h at 0, 6, 13, 19 → 0.05 h a week.
  // Weeks: 11.5 + 2 + 0.35 = 13.85; 9.5 + 1 + 0.25 = 10.75; 10.75; 11.5 + 2 + 0.25 = 13.75. Average 49.1 / 4 = 12.275.
  // (All on the start date, week 1 would carry 4 × 9.5 + 2 + 6 + 10 × 0.15 = 47.5 h: over a 40 h capacity.)
  it("shows average and peak per owner, and the owner is within capacity (en)", async () => {
    await tasksTab(new StubHost(GRID), "4");
    const row = screen.getByTestId("tasks-owner-0");
    expect(within(row).getByText("Ann")).toBeTruthy();
    expect(screen.getByTestId("tasks-owner-average-0").textContent).toBe("12.3");
    expect(screen.getByTestId("tasks-owner-peak-0").textContent).toBe("13.9");
    expect(row.textContent).toContain("OK");
    expect(screen.getByTestId("tasks-owner-profile-0").getAttribute("aria-label")).toBe(
      "Ann: 12.3 h a week on average, at most 13.9 h (week of 01/06/2025)",
    );
  });

  it("the weekly profile in Chinese (zh)", async () => {
    await tasksTab(new StubHost(GRID, "zh-CN"), "4");
    expect(screen.getByTestId("tasks-owner-profile-0").getAttribute("aria-label")).toBe(
      "Ann：平均每周 12.3 小时，最高 13.9 小时（2025/01/06 当周）",
    );
    expect(screen.getByTestId("tasks-owner-0").textContent).toContain("正常");
  });
});

describe("task horizons and sizes have bounds", () => {
  it("questions a horizon over 5 years as it is typed (en)", async () => {
    await tasksTab(new StubHost(GRID), "1000000");
    expect(screen.getByText("Plan at most 260 weeks (5 years); found 1000000.")).toBeTruthy();
    expect(screen.queryByTestId("tasks-preview")).toBeNull();
  });

  it("questions a horizon over 5 years as it is typed (zh)", async () => {
    await tasksTab(new StubHost(GRID, "zh-CN"), "100000000");
    expect(screen.getByText("最多安排 260 周（5 年）；当前为 100000000。")).toBeTruthy();
  });

  it("counts rows before writing and offers a shorter horizon or fewer tiers (en)", async () => {
    // 6,000 customers over 260 weeks: A alone has 1,200 customers × (260 weekly + 60 × 2 monthly + 20 quarterly
    // + 1 once) ≈ 481,000 rows, B 1,800 × 180 ≈ 324,000, C 3,000 × 80 ≈ 240,000 (about, as the last period
    // may fall past the horizon): over 1,048,575 task rows.
    const big: Grid = [["Customer", "Sales"], ...Array.from({ length: 6000 }, (_, i) => [`C${i}`, i + 1])];
    const user = await tasksTab(new StubHost(big), "260");
    const bar = screen.getByTestId("tasks-too-many");
    const count = Number(/make ([\d,]+) tasks/.exec(bar.textContent ?? "")![1].replace(/,/g, ""));
    expect(count).toBeGreaterThan(1_048_575);
    expect(bar.textContent).toContain("a sheet holds at most 1,048,575 task rows");
    expect(screen.queryByTestId("tasks-write")).toBeNull();

    // Only A and B: C's 3,000 customers get no tasks.
    await user.click(screen.getByTestId("tasks-tier-2"));
    expect(screen.queryByTestId("tasks-too-many")).toBeNull();
    expect(screen.getByTestId("tasks-count-2").textContent).toBe("0");
    await user.click(screen.getByTestId("tasks-tier-2"));

    // The shorter horizon offered: weeks × 1,048,575 / count, rounded down.
    const weeks = Math.floor((260 * 1_048_575) / count);
    expect(screen.getByTestId("tasks-shorter").textContent).toBe(`Plan ${weeks} weeks instead`);
    await user.click(screen.getByTestId("tasks-shorter"));
    expect((screen.getByTestId("tasks-weeks") as HTMLInputElement).value).toBe(String(weeks));
    const total = Number(screen.getByTestId("tasks-total").textContent!.replace(/\D/g, ""));
    expect(total).toBeLessThanOrEqual(1_048_575);
  }, 60_000);
});
