/** @jest-environment jsdom */
/** The Ladder tab alone, on a store built for the test. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { LadderPane } from "../../../src/taskpane/panes/LadderPane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const targets = () =>
  within(screen.getByTestId("ladder-targets"))
    .getAllByTestId(/^ladder-target-\d+$/)
    .map((c) => c.textContent);

describe("the Ladder tab alone", () => {
  it("works 3 signed deals back through the default rates (DESIGN.md: 100 → 50 → 20 → 10 → 5 → 3)", async () => {
    await renderWithStore(<LadderPane />, new StubHost(GRID));
    // 3 / 60 % = 5 negotiations, / 50 % = 10 proposals, / 50 % = 20 analyses, / 40 % = 50 contacts, / 50 % = 100 leads.
    expect(targets()).toEqual(["100", "50", "20", "10", "5", "3"]);
  });

  it("removes a stage and moves one up, recomputing the targets", async () => {
    const user = userEvent.setup();
    await renderWithStore(<LadderPane />, new StubHost(GRID));
    await user.click(screen.getByTestId("ladder-remove-2")); // Needs analysis (50 %)
    // 3 / 60 % = 5, / 50 % = 10 proposals, / 40 % = 25 contacts, / 50 % = 50 leads.
    expect(targets()).toEqual(["50", "25", "10", "5", "3"]);
    await user.click(screen.getByTestId("ladder-up-1")); // First contact before Lead preparation
    expect((screen.getByTestId("ladder-name-0") as HTMLInputElement).value).toBe("First contact");
    // 10 proposals / 50 % (lead preparation's rate, now second) = 20, / 40 % = 50.
    expect(targets()).toEqual(["50", "20", "10", "5", "3"]);
  });

  it("adds a stage before the signed stage, at 50 %", async () => {
    const user = userEvent.setup();
    await renderWithStore(<LadderPane />, new StubHost(GRID));
    await user.click(screen.getByTestId("ladder-add"));
    expect((screen.getByTestId("ladder-name-5") as HTMLInputElement).value).toBe("Stage 7");
    expect((screen.getByTestId("ladder-name-6") as HTMLInputElement).value).toBe("Signed");
    // One more halving before the 3 signed deals: 3 / 50 % = 6, then 6 / 60 % = 10, 20, 40, 100, 200.
    expect(targets()).toEqual(["200", "100", "40", "20", "10", "6", "3"]);
  });

  it("writes the funnel sheet", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    await renderWithStore(<LadderPane />, host);
    await user.click(screen.getByTestId("ladder-write-funnel"));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].sheets.map((s) => s.key)).toEqual(["funnel"]);
  });

  it("offers per-tier ladders once the tiers are previewed", async () => {
    const none = await renderWithStore(<LadderPane />, new StubHost(GRID));
    expect(screen.queryByTestId("ladder-per-tier")).toBeNull();
    none.unmount();
    await renderWithStore(<LadderPane />, new StubHost(GRID), { withSelection: true });
    expect(screen.getByTestId("ladder-per-tier")).toBeTruthy();
  });
});
