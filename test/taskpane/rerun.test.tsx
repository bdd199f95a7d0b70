/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { requestRerun } from "../../src/commands/rerun-request";
import { readTable } from "../../src/engine/table";
import { tierTable } from "../../src/engine/tiering/tier-table";
import type { Scheme } from "../../src/engine/scheme";
import type { Grid } from "../../src/engine/cells/cell-value";
import type { WorkbookPlan } from "../../src/engine/plans/types";
import type { ApplyProgress, ApplyReport } from "../../src/host/host-api";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";

installPolyfills();

// Ten customers with sales 1..10.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];

/** Pareto 80/15/5 on value share: not the pane's default, so the tiers show that the saved scheme was used. */
const PARETO: Scheme = {
  version: 1,
  source: { kind: "customers", columns: {} },
  method: { kind: "value-share" },
  tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] },
};

/** A stub whose applyPlan waits until the test lets it finish, so the progress bar can be seen. */
class GatedHost extends StubHost {
  private release?: () => void;
  override async applyPlan(plan: WorkbookPlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport> {
    onProgress?.({ fraction: 0.5, step: "Writing" });
    await new Promise<void>((resolve) => {
      this.release = resolve;
    });
    return super.applyPlan(plan);
  }
  finish(): void {
    this.release?.();
  }
}

describe("re-running the saved scheme from the ribbon", () => {
  it("tiers the current selection with the saved scheme and writes, with progress and a result message", async () => {
    const host = new GatedHost(GRID);
    host.settings.set("scheme", PARETO);
    render(<App host={host} />);
    // Let the saved scheme load, then press the ribbon button (requestRerun in the shared runtime).
    await screen.findByTestId("saved-scheme");
    act(() => requestRerun());
    expect(await screen.findByTestId("write-progress")).toBeTruthy();
    await act(async () => host.finish());
    await screen.findByTestId("write-result");

    expect(host.plans).toHaveLength(1);
    const plan = host.plans[0];
    // Hand calculation (as in App.test): value share 80/15/5 of 1..10 → A = 10..5, B = 4..2, C = 1.
    const engine = tierTable(readTable(GRID), PARETO).result;
    const written = plan.columns[0].rows.map((r) => r[0]);
    expect(written).toEqual(Array.from(engine.tier, (t) => engine.labels[t]));
    expect(written).toEqual(["C", "B", "B", "B", "A", "A", "A", "A", "A", "A"]);
    expect(plan.sheets.map((s) => s.key)).toContain("summary");
    // The pane now shows the Write tab and the saved scheme in the Tiers form.
    expect(screen.getByTestId("pane-write")).toBeTruthy();
    expect(screen.queryByTestId("saved-scheme")).toBeNull();
  });

  it("refreshes every output saved with the scheme: tier columns, summary, tasks and funnel, so none is left stale", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", { ...PARETO, outputs: ["tierColumns", "summary", "tasks", "funnel"] });
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    act(() => requestRerun());
    await screen.findByTestId("write-result");
    expect(host.plans).toHaveLength(1);
    const plan = host.plans[0];
    expect(plan.columns).toHaveLength(1);
    expect(plan.sheets.map((s) => s.key)).toEqual(expect.arrayContaining(["summary", "tasks", "funnel"]));
    // The task sheet is made from the new tiers: the one C customer (sales 1) has C's tasks, A's six have A's.
    const tasks = plan.sheets.find((s) => s.key === "tasks")!;
    const rows = tasks.tables[0].rows;
    expect(rows.some((r) => r[0] === "Customer 1" && r[1] === "C")).toBe(true);
    expect(rows.some((r) => r[0] === "Customer 10" && r[1] === "A")).toBe(true);
    expect(rows.some((r) => r[0] === "Customer 1" && r[1] !== "C")).toBe(false);
  });

  it("writes only what was saved (tier columns alone: no summary sheet)", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", { ...PARETO, outputs: ["tierColumns"] });
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    act(() => requestRerun());
    await screen.findByTestId("write-result");
    expect(host.plans[0].columns).toHaveLength(1);
    expect(host.plans[0].sheets.map((s) => s.key)).not.toContain("summary");
  });

  it("performs a request made before the pane had read the saved scheme", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", PARETO);
    act(() => requestRerun()); // the pane is not mounted yet
    render(<App host={host} />);
    await screen.findByTestId("write-result");
    expect(host.plans).toHaveLength(1);
  });

  it("says that no scheme is saved and what to do, and writes nothing", async () => {
    const host = new StubHost(GRID);
    render(<App host={host} />);
    act(() => requestRerun());
    const bar = await screen.findByTestId("rerun-no-scheme");
    expect(bar.textContent).toContain("This workbook has no saved tiering scheme");
    expect(bar.textContent).toContain("Tier your list on the Tiers tab and write it once");
    expect(host.plans).toHaveLength(0);
    await userEvent.setup().click(screen.getByTestId("rerun-no-scheme-dismiss"));
    expect(screen.queryByTestId("rerun-no-scheme")).toBeNull();
  });

  it("shows the scheme's error (not a stack) when it does not fit the selection", async () => {
    const host = new StubHost([
      ["Customer", "Sales"],
      ["Ann", "lots"],
      ["Bob", "some"],
    ]);
    host.settings.set("scheme", PARETO);
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    act(() => requestRerun());
    const bar = await screen.findByTestId("write-error");
    expect(bar.textContent).not.toMatch(/\bat .*\.tsx?:\d+/);
    expect(host.plans).toHaveLength(0);
  });

  it("stops listening when the pane closes", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", PARETO);
    const { unmount } = render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    unmount();
    // The request now waits for the next pane instead of reaching the closed one.
    act(() => requestRerun());
    expect(host.plans).toHaveLength(0);
    render(<App host={host} />);
    await screen.findByTestId("write-result");
    expect(host.plans).toHaveLength(1);
  });
});
