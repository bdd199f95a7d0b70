/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { tasksTab } from "./support/tasks-tab";

installPolyfills();
jest.setTimeout(120_000);

// 6,000 customers over 260 weeks make more than 1,048,575 task rows (hand count in tasks-spread-bounds.test.tsx).
const big = (rep: (i: number) => string): Grid => [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 6000 }, (_, i) => [`C${i}`, rep(i), i + 1]),
];

describe("one sheet per owner for task plans too big for one sheet", () => {
  it("offers one sheet per owner; two reps' halves each fit a sheet, so the plan can be written (en)", async () => {
    const user = await tasksTab(new StubHost(big((i) => (i % 2 ? "Ann" : "Bob"))), "260");
    expect(screen.getByTestId("tasks-too-many").textContent).toContain("or write one sheet per owner");
    await user.click(screen.getByTestId("tasks-split-owners"));
    expect(screen.queryByTestId("tasks-too-many")).toBeNull();
    expect(screen.queryByTestId("tasks-owner-too-many")).toBeNull();
    const total = Number(screen.getByTestId("tasks-total").textContent!.replace(/\D/g, ""));
    expect(total).toBeGreaterThan(1_048_575);
    // Each rep has half the customers of each tier: each owner's share is within a sheet.
    for (const i of [0, 1])
      expect(Number(screen.getByTestId(`tasks-owner-count-${i}`).textContent!.replace(/\D/g, ""))).toBeLessThanOrEqual(
        1_048_575,
      );
    expect(screen.getByTestId("tasks-write")).toBeTruthy();
  });

  it("still refuses, naming the owner, when one owner alone has too many (en)", async () => {
    const user = await tasksTab(new StubHost(big(() => "Ann")), "260");
    await user.click(screen.getByTestId("tasks-per-owner"));
    const bar = screen.getByTestId("tasks-owner-too-many");
    expect(bar.textContent).toMatch(
      /^Ann alone has [\d,]+ tasks, more than the 1,048,575 task rows a sheet holds\. Plan fewer weeks, or leave some tiers out below\.$/,
    );
    expect(screen.queryByTestId("tasks-write")).toBeNull();
  });

  it("still refuses, naming the owner (zh)", async () => {
    const user = await tasksTab(
      new StubHost(
        big(() => "张三"),
        "zh-CN",
      ),
      "260",
    );
    expect(screen.getByTestId("tasks-too-many").textContent).toContain("或按负责人分表写入");
    await user.click(screen.getByTestId("tasks-split-owners"));
    expect(screen.getByTestId("tasks-owner-too-many").textContent).toMatch(
      /^仅 张三 一人就有 [\d,]+ 项任务，超过一张工作表可容纳的 1,048,575 行。/,
    );
  });

  it("writes one tasks sheet per owner when chosen", async () => {
    const host = new StubHost([
      ["Customer", "Sales rep", "Sales"],
      ["P", "Ann", 3],
      ["Q", "Bob", 2],
      ["R", "Ann", 1],
    ]);
    const user = await tasksTab(host, "4");
    await user.click(screen.getByTestId("tasks-per-owner"));
    await user.click(screen.getByTestId("tasks-write"));
    await screen.findByTestId("write-result");
    const sheets = host.plans[0].sheets;
    expect(sheets.map((s) => [s.key, s.name])).toEqual([
      ["tasks:Ann", "TierLadder Tasks - Ann"],
      ["tasks:Bob", "TierLadder Tasks - Bob"],
    ]);
    expect(new Set(sheets[0].tables[0].rows.map((r) => r[5]))).toEqual(new Set(["Ann"]));
    expect(new Set(sheets[1].tables[0].rows.map((r) => r[0]))).toEqual(new Set(["Q"]));
  });
});
