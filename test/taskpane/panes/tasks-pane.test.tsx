/** @jest-environment jsdom */
/** The Tasks tab alone, on a store built for the test. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { TasksPane } from "../../../src/taskpane/panes/TasksPane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Ten customers, sales 1..10: tiers A (10, 9), B (8–6), C (5–1) by the default 20/30/50.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const countRows = () =>
  within(screen.getByTestId("tasks-counts"))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent?.charAt(0));

describe("the Tasks tab alone", () => {
  it("asks for tiers first when there are none", async () => {
    await renderWithStore(<TasksPane />, new StubHost(GRID));
    expect(screen.getByTestId("tasks-no-result")).toBeTruthy();
    expect(screen.queryByTestId("tasks-preview")).toBeNull();
  });

  it("plans tasks for every tier, and none for a tier that is unticked", async () => {
    const user = userEvent.setup();
    await renderWithStore(<TasksPane />, new StubHost(GRID), { withSelection: true });
    fireEvent.change(screen.getByTestId("tasks-start"), { target: { value: "2025-01-06" } });
    expect(countRows()).toEqual(["A", "B", "C"]);
    const count = (i: number) => Number(screen.getByTestId(`tasks-count-${i}`).textContent!.replace(/,/g, ""));
    expect(count(2)).toBeGreaterThan(0);
    const ab = count(0) + count(1);
    await user.click(screen.getByTestId("tasks-tier-2"));
    // Tier C keeps its row with no tasks; the total is A's and B's alone.
    expect(count(2)).toBe(0);
    expect(screen.getByTestId("tasks-total").textContent).toMatch(new RegExp(`\\b${ab}\\b`));
  });

  it("shows no plan while the horizon is not a number", async () => {
    const user = userEvent.setup();
    await renderWithStore(<TasksPane />, new StubHost(GRID), { withSelection: true });
    expect(screen.getByTestId("tasks-preview")).toBeTruthy();
    await user.clear(screen.getByTestId("tasks-weeks"));
    await user.type(screen.getByTestId("tasks-weeks"), "abc");
    expect(screen.queryByTestId("tasks-preview")).toBeNull();
  });

  it("writes the task sheet", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    await renderWithStore(<TasksPane />, host, { withSelection: true });
    await user.click(screen.getByTestId("tasks-write"));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].sheets.map((s) => s.key)).toEqual(["tasks"]);
  });
});
