/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();

describe("an order list", () => {
  // 3 customers, 9 order lines (dates as ISO text). Totals by hand: Alpha 100+200+300 = 600,
  // Beta 50+50+50 = 150, Gamma 10+20+30 = 60.
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

  it("is recognised, summed to one row per customer and tiered per customer", async () => {
    const user = userEvent.setup();
    render(<App host={new StubHost(ORDERS)} />);
    await user.click(screen.getByTestId("data-use-selection"));
    await screen.findByTestId("data-address");
    expect((screen.getByTestId("data-kind-orders") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId("data-counts").textContent).toBe("9 rows, 3 customers");
    expect(screen.getByTestId("data-as-of")).toBeTruthy();
    await openTab(user, "tiers");
    await user.selectOptions(screen.getByTestId("tiers-method"), "thresholds");
    await user.type(screen.getByTestId("tiers-bounds"), "500, 100");
    // Thresholds 500 / 100 on totals 600, 150, 60 → one customer in each tier.
    expect(screen.getByTestId("tier-count-0").textContent).toBe("1");
    expect(screen.getByTestId("tier-count-1").textContent).toBe("1");
    expect(screen.getByTestId("tier-count-2").textContent).toBe("1");
    expect(screen.getByTestId("tier-value-0").textContent).toBe("600");
  });
});

describe("the weighted score", () => {
  // Sales high-is-better, days since last order low-is-better.
  const GRID: Grid = [
    ["Customer", "Sales", "Days since last order"],
    ["P", 100, 10],
    ["Q", 50, 20],
    ["R", 10, 30],
    ["S", 5, 40],
  ];

  it("asks for a factor, then tiers by the score", async () => {
    const user = userEvent.setup();
    render(<App host={new StubHost(GRID)} />);
    await user.click(screen.getByTestId("data-use-selection"));
    await screen.findByTestId("data-address");
    await openTab(user, "tiers");
    await user.selectOptions(screen.getByTestId("tiers-method"), "score");
    expect(screen.getByTestId("tiers-factors-error").textContent).toBe("Add at least one factor column.");
    await user.click(screen.getByTestId("tiers-factor-add"));
    await user.selectOptions(screen.getByTestId("tiers-factor-column-0"), "1");
    await user.click(screen.getByTestId("tiers-factor-add"));
    await user.selectOptions(screen.getByTestId("tiers-factor-column-1"), "2");
    await user.selectOptions(screen.getByTestId("tiers-factor-direction-1"), "lower");
    // Mid-rank percentiles (n = 4, so /3): sales P 1, Q 2/3, R 1/3, S 0; days flipped: the same order.
    // Scores 100, 66.7, 33.3, 0. Rank-share 20/30/50 of 4: A needs p < 0.8 → P; B p < 2 → Q; C R, S.
    expect(screen.getByTestId("tier-count-0").textContent).toBe("1");
    expect(screen.getByTestId("tier-count-1").textContent).toBe("1");
    expect(screen.getByTestId("tier-count-2").textContent).toBe("2");
    expect(screen.getByTestId("tier-cutoff-0").textContent).toBe("100 – 100");
    // The cut-offs are scores here (C spans S's 0 to R's 33.33), and the column says so.
    expect(screen.getByTestId("tier-cutoff-2").textContent).toBe("0 – 33.33");
    expect(
      within(screen.getByTestId("tier-table")).getByRole("columnheader", { name: "Score cut-off (min – max)" }),
    ).toBeTruthy();
  });
});
