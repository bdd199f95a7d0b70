/** @jest-environment jsdom */
/** The Tiers tab alone, on a store built for the test (no App, no tabs). */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells";
import { TiersStep } from "../../../src/taskpane/panes/TiersStep";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Ten customers with sales 1 … 10.
const CUSTOMERS: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const counts = () => [0, 1, 2].map((i) => screen.getByTestId(`tier-count-${i}`).textContent);

describe("the Tiers tab alone", () => {
  it("says there is nothing to tier before a selection is read", async () => {
    await renderWithStore(<TiersStep />, new StubHost(CUSTOMERS));
    expect(screen.getByTestId("tiers-no-data")).toBeTruthy();
  });

  it("previews rank-share 20/30/50 as you open it", async () => {
    await renderWithStore(<TiersStep />, new StubHost(CUSTOMERS), { withSelection: true });
    // DESIGN.md rank-share: p = customers with a greater value; A when p < 0.2 × 10 = 2 (sales 10, 9),
    // B when p < 0.5 × 10 = 5 (8, 7, 6), C the other five.
    expect(counts()).toEqual(["2", "3", "5"]);
  });

  it("re-tiers by thresholds as the bounds are typed, and names a bound out of order", async () => {
    const user = userEvent.setup();
    await renderWithStore(<TiersStep />, new StubHost(CUSTOMERS), { withSelection: true });
    await user.selectOptions(screen.getByTestId("tiers-method"), "thresholds");
    await user.type(screen.getByTestId("tiers-bounds"), "8, 4");
    // ≥ 8 → A (8, 9, 10); ≥ 4 → B (4 … 7); C the rest (1, 2, 3).
    expect(counts()).toEqual(["3", "4", "3"]);
    await user.clear(screen.getByTestId("tiers-bounds"));
    await user.type(screen.getByTestId("tiers-bounds"), "4, 8");
    // The message names the bound, and there is no preview to mislead.
    expect(document.body.textContent).toContain("bound 2 is not lower than the one before");
    expect(screen.queryByTestId("tier-count-0")).toBeNull();
  });
});
