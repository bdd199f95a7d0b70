/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();
jest.setTimeout(60_000);

// 3 customers, 9 order lines: Alpha 600 in 3 orders (last 2024-03-05), Beta 150 in 3 (last 03-06), Gamma 60 in 3 (last 03-07).
const ORDERS: Grid = [
  ["Customer", "Order date", "Amount"],
  ["Alpha", "2024-01-05", 100],
  ["Beta", "2024-01-06", 50],
  ["Gamma", "2024-01-07", 10],
  ["Alpha", "2024-02-05", 200],
  ["Beta", "2024-02-06", 50],
  ["Gamma", "2024-02-07", 20],
  ["Alpha", "2024-03-05", 300],
  ["Beta", "2024-03-06", 50],
  ["Gamma", "2024-03-07", 30],
];

async function rfmOnOrders(lang: string) {
  const user = userEvent.setup();
  render(<App host={new StubHost(ORDERS, lang)} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  fireEvent.change(screen.getByTestId("data-as-of"), { target: { value: "2024-04-01" } });
  await openTab(user, "tiers");
  await user.selectOptions(screen.getByTestId("tiers-method"), "rfm");
}

describe("RFM on an order list takes recency, frequency and monetary from the aggregation", () => {
  it("tiers without asking for columns the order list does not have (en)", async () => {
    await rfmOnOrders("en-US");
    expect(screen.queryByTestId("tiers-rfm-error")).toBeNull();
    expect(screen.getByTestId("tiers-rfm-from-orders").textContent).toContain("frequency the number of orders");
    // Three customers, each in exactly one RFM segment: the segment counts add up to 3.
    const table = await screen.findByTestId("tier-table");
    const counts = [...table.querySelectorAll("[data-testid^='tier-count-']")].map((c) => Number(c.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("says where the three come from (zh)", async () => {
    await rfmOnOrders("zh-CN");
    expect(screen.queryByTestId("tiers-rfm-error")).toBeNull();
    expect(screen.getByTestId("tiers-rfm-from-orders").textContent).toContain("购买频次为订单数");
    expect(await screen.findByTestId("tier-table")).toBeTruthy();
  });
});
