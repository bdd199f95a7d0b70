/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { readTable } from "../../src/engine/table";
import { tierTable } from "../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../src/engine/scheme";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();

// Ten customers with sales 1..10 (the rank-share acceptance case of DESIGN.md) and one row whose
// sales cell is text, which must get no tier and show in the input report.
const GRID: Grid = [
  ["Customer", "Region", "Sales rep", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "East" : "West", i % 2 ? "Ann" : "Bob", i + 1]),
  ["Bad Co", "East", "Ann", "n/a"],
];

async function openWithData(host = new StubHost(GRID)) {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  return { user, host };
}

describe("the task pane", () => {
  it("reads the selection and shows where from, how many rows and each column's detected role", async () => {
    await openWithData();
    expect(screen.getByTestId("data-address").textContent).toBe("Read from Sheet1!A1:D12");
    expect(screen.getByTestId("data-counts").textContent).toBe("11 rows, 11 customers");
    expect((screen.getByLabelText("Role of column “Customer”") as HTMLSelectElement).value).toBe("customer");
    expect((screen.getByLabelText("Role of column “Sales”") as HTMLSelectElement).value).toBe("value");
    expect((screen.getByLabelText("Role of column “Sales rep”") as HTMLSelectElement).value).toBe("rep");
  });

  it("previews rank-share tiers with the same counts as the engine (20/30/50 of 1..10 → 2/3/5)", async () => {
    const { user } = await openWithData();
    await openTab(user, "tiers");
    const engine = tierTable(readTable(GRID), defaultScheme()).result.tiers.map((t) => t.customers);
    // DESIGN.md acceptance: 20/30/50 on 1..10 → A {10,9}, B {8,7,6}, C {5..1}.
    expect(engine).toEqual([2, 3, 5]);
    expect(screen.getByTestId("tier-count-0").textContent).toBe("2");
    expect(screen.getByTestId("tier-count-1").textContent).toBe("3");
    expect(screen.getByTestId("tier-count-2").textContent).toBe("5");
    expect(screen.getByTestId("tier-count-none").textContent).toBe("1");
    // Cut-offs: A spans 9–10, C spans 1–5.
    expect(screen.getByTestId("tier-cutoff-0").textContent).toBe("9 – 10");
    expect(screen.getByTestId("tier-cutoff-2").textContent).toBe("1 – 5");
  });

  it("re-tiers when another method is picked (Pareto 80/15/5 of 1..10 → 6/3/1)", async () => {
    const { user } = await openWithData();
    await openTab(user, "tiers");
    await user.selectOptions(screen.getByLabelText("Tiering method"), "value-share");
    // Hand calculation: total 55; S(v) = sum of values above v / 55. A needs S < 0.8 (above < 44):
    // 10,9,8,7,6,5 (above 0,10,19,27,34,40); 4 has 45 above. B needs S < 0.95 (above < 52.25): 4,3,2
    // (45, 49, 52); 1 has 54 above → C.
    expect(screen.getByTestId("tier-count-0").textContent).toBe("6");
    expect(screen.getByTestId("tier-count-1").textContent).toBe("3");
    expect(screen.getByTestId("tier-count-2").textContent).toBe("1");
  });

  it("shows a validation message as you type shares that do not add up to 100", async () => {
    const { user } = await openWithData();
    await openTab(user, "tiers");
    const shares = screen.getByLabelText("Shares (%)");
    await user.clear(shares);
    await user.type(shares, "20, 30, 40");
    expect(screen.getByText("The shares add up to 90; they must add up to 100.")).toBeTruthy();
    await user.type(shares, "x");
    expect(screen.getByText("Share 3 (“40x”) is not a number.")).toBeTruthy();
  });

  it("says which column is text when a text column is chosen as the value", async () => {
    const { user } = await openWithData();
    await openTab(user, "tiers");
    await user.selectOptions(screen.getByLabelText("Value column"), "0");
    expect(
      screen.getByText("Column “Customer” holds text, not numbers. Choose a column of numbers as the value."),
    ).toBeTruthy();
    expect(screen.queryByTestId("tiers-preview")).toBeNull();
  });

  it("jumps to the cell of an input-report item", async () => {
    const { user, host } = await openWithData();
    await openTab(user, "tiers");
    const report = screen.getByTestId("input-report");
    const item = within(report).getByTestId("input-report-item-0");
    expect(item.textContent).toContain("Row 12, column D (“Sales”)");
    await user.click(item);
    // "n/a" is on grid row 11 (0-based, header at 0), column 3: the host gets sheet coordinates.
    expect(host.selected).toEqual([["Sheet1", 11, 3]]);
  });

  it("switches visible strings to Chinese with the language switch", async () => {
    const { user } = await openWithData();
    await user.selectOptions(screen.getByTestId("app-language"), "zh-CN");
    expect(screen.getByRole("tab", { name: "客户分级" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "梯级目标" })).toBeTruthy();
    expect(screen.getByTestId("data-use-selection").textContent).toBe("使用所选区域");
  });

  it("starts in Chinese when Office's display language is Chinese", async () => {
    render(<App host={new StubHost(GRID, "zh-TW")} />);
    expect(screen.getByRole("tab", { name: "分层任务" })).toBeTruthy();
  });

  it("follows selection changes while the switch is on", async () => {
    const { user, host } = await openWithData();
    await user.click(screen.getByTestId("data-follow"));
    expect(host.listenerCount).toBe(1);
    await act(async () => host.select(GRID.slice(0, 6)));
    expect(await screen.findByText("5 rows, 5 customers")).toBeTruthy();
  });

  it("shows a host error as a message bar, not a stack", async () => {
    const host = new StubHost(GRID);
    const { HostError } = await import("../../src/host/host-api");
    host.readError = new HostError("MultiAreaSelection", "The selection has 2 areas.", "host.multiArea");
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByTestId("data-use-selection"));
    const bar = await screen.findByTestId("data-error");
    expect(bar.textContent).toContain("The selection has several areas. Select one block of cells and try again.");
    expect(bar.textContent).not.toMatch(/\bat .*\.tsx?:\d+/);
  });
});
