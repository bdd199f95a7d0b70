/** @jest-environment jsdom */
/** The lifecycle method in the pane (issue 13): its windows control, and stage names in the pane's language when written. */
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();
jest.setTimeout(60_000);

// As of 2025-01-01, by hand (DESIGN.md "Customer history", windows 90 / 180 / 365): Acme first 2023-03-15,
// last 2024-04-18 (258 days) → At risk; Beta first 2024-11-04 (58 days) → New; Gamma last 2023-10-01
// (458 days) → Lost; Delta first 2023-03-15, last 2024-12-14 (18 days) → Active.
const ORDERS: Grid = [
  ["Customer", "Order date", "Amount"],
  ["Acme", "2023-03-15", 100],
  ["Beta", "2024-11-04", 50],
  ["Gamma", "2020-06-14", 10],
  ["Acme", "2024-04-18", 200],
  ["Gamma", "2023-10-01", 20],
  ["Delta", "2023-03-15", 30],
  ["Delta", "2024-12-14", 5],
];

async function lifecycleOnOrders(lang: string) {
  const host = new StubHost(ORDERS, lang);
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  fireEvent.change(screen.getByTestId("data-as-of"), { target: { value: "2025-01-01" } });
  await openTab(user, "tiers");
  await user.selectOptions(screen.getByTestId("tiers-method"), "lifecycle");
  return { host, user };
}

describe("the lifecycle method in the pane", () => {
  it("shows its windows, no tier count or labels, and writes the stages in Chinese for a Chinese pane", async () => {
    const { host, user } = await lifecycleOnOrders("zh-CN");
    expect((screen.getByTestId("tiers-lifecycle-windows") as HTMLInputElement).value).toBe("90, 180, 365");
    expect(screen.queryByTestId("tiers-labels")).toBeNull();
    // An order list has each customer's first and last order date: no date columns to choose.
    expect(screen.queryByTestId("tiers-lifecycle-first")).toBeNull();
    expect((await screen.findByTestId("tier-table")).textContent).toContain("风险客户");
    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    // The tier column stands beside the order lines: each line gets its customer's stage.
    expect(host.plans[0].columns[0].rows.map((r) => r[0])).toEqual([
      "风险客户",
      "新客户",
      "流失客户",
      "风险客户",
      "流失客户",
      "活跃客户",
      "活跃客户",
    ]);
  });

  it("re-grades when a window is edited, and names a window that is not a number of days", async () => {
    const { user } = await lifecycleOnOrders("en-US");
    const windows = screen.getByTestId("tiers-lifecycle-windows");
    await user.clear(windows);
    await user.type(windows, "90, 180, x");
    expect(await screen.findByText("Window 3 (“x”) is not a whole number of days.")).toBeTruthy();
    // A 500-day lost window: Gamma (458 days) is At risk, not Lost.
    await user.clear(windows);
    await user.type(windows, "90, 180, 500");
    const table = await screen.findByTestId("tier-table");
    const counts = [...table.querySelectorAll("[data-testid^='tier-count-']")].map((c) => Number(c.textContent));
    // Tiers in order: Never purchased, New, Active, At risk, Lost.
    expect(counts).toEqual([0, 1, 1, 2, 0]);
  });
});
