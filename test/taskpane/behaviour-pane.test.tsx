/** @jest-environment jsdom */
/** The behaviour method in the pane (issue 13): its window and frequent count, grade names in the pane's language. */
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();
jest.setTimeout(60_000);

// As of 2025-01-01, by hand (DESIGN.md "Customer history", 90 days, Frequent from 3): Acme orders 1, 58 and 90
// days before (2024-10-03 is 90 days before: 29 in October + 30 + 31) → 3 → Frequent; Beta 18 days and
// 2023-03-15 → 1 → Occasional; Gamma only 2020 → 0 in the window, but it ordered → Occasional.
const ORDERS: Grid = [
  ["Customer", "Order date", "Amount"],
  ["Acme", "2024-12-31", 100],
  ["Beta", "2024-12-14", 50],
  ["Gamma", "2020-06-14", 10],
  ["Acme", "2024-11-04", 200],
  ["Beta", "2023-03-15", 20],
  ["Acme", "2024-10-03", 30],
];

async function behaviourOn(grid: Grid, lang: string) {
  const host = new StubHost(grid, lang);
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  // An order list asks for the as-of date; a customer list has none to give.
  const asOf = screen.queryByTestId("data-as-of");
  if (asOf) fireEvent.change(asOf, { target: { value: "2025-01-01" } });
  await openTab(user, "tiers");
  await user.selectOptions(screen.getByTestId("tiers-method"), "behaviour");
  return { host, user };
}

describe("the behaviour method in the pane", () => {
  it("shows its defaults, no tier count or labels, and writes the grades in Chinese for a Chinese pane", async () => {
    const { host, user } = await behaviourOn(ORDERS, "zh-CN");
    expect((screen.getByTestId("tiers-behaviour-days") as HTMLInputElement).value).toBe("90");
    expect((screen.getByTestId("tiers-behaviour-frequent-from") as HTMLInputElement).value).toBe("3");
    expect(screen.queryByTestId("tiers-labels")).toBeNull();
    // An order list counts its own lines: no column to choose.
    expect(screen.queryByTestId("tiers-behaviour-recent")).toBeNull();
    expect((await screen.findByTestId("tier-table")).textContent).toContain("频繁购买");
    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    expect(host.plans[0].columns[0].rows.map((r) => r[0])).toEqual([
      "频繁购买",
      "偶尔购买",
      "偶尔购买",
      "频繁购买",
      "偶尔购买",
      "频繁购买",
    ]);
  });

  it("re-counts when the window is edited, and names a window that is not a whole number of days", async () => {
    const { user } = await behaviourOn(ORDERS, "en-US");
    const days = screen.getByTestId("tiers-behaviour-days");
    await user.clear(days);
    await user.type(days, "x");
    expect(await screen.findByText("The period (“x”) must be a whole number of days, at least 1.")).toBeTruthy();
    // Over 60 days Acme has 2 orders (1 and 58 days before): Occasional, like the others.
    await user.clear(days);
    await user.type(days, "60");
    const table = await screen.findByTestId("tier-table");
    const counts = [...table.querySelectorAll("[data-testid^='tier-count-']")].map((c) => Number(c.textContent));
    // Tiers in order: Frequent, Occasional, Never purchased.
    expect(counts).toEqual([0, 3, 0]);
  });

  it("on a customer list asks for its column of orders in the window instead of a window", async () => {
    const customers: Grid = [
      ["Customer", "Region", "Orders", "Orders in the last 90 days"],
      ["Acme", "North", 5, 3],
      ["Zeta", "South", null, null],
    ];
    const { user } = await behaviourOn(customers, "en-US");
    expect(screen.queryByTestId("tiers-behaviour-days")).toBeNull();
    expect(screen.getByTestId("tiers-behaviour-frequent-from")).toBeTruthy();
    await user.selectOptions(screen.getByTestId("tiers-behaviour-recent"), "3");
    await user.selectOptions(screen.getByTestId("tiers-behaviour-orders"), "2");
    // Acme: 3 in the last 90 days → Frequent; Zeta: no order at all → Never purchased.
    const table = await screen.findByTestId("tier-table");
    const counts = [...table.querySelectorAll("[data-testid^='tier-count-']")].map((c) => Number(c.textContent));
    expect(counts).toEqual([1, 0, 1]);
  });
});
