/** @jest-environment jsdom */
/** The Write tab alone, on a store built for the test: the selection already read, tiers from the default scheme. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { WritePane } from "../../../src/taskpane/panes/WritePane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Ten customers, sales 1..10.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];

describe("the Write tab alone", () => {
  it("has nothing to write before a selection is read", async () => {
    await renderWithStore(<WritePane />, new StubHost(GRID));
    expect(screen.getByTestId("write-no-result")).toBeTruthy();
    expect((screen.getByTestId("write-button") as HTMLButtonElement).disabled).toBe(true);
  });

  it("writes the tier column (20/30/50 by rank: 10 and 9 A, 8–6 B, 5–1 C) and saves the scheme with the ticks", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    await renderWithStore(<WritePane />, host, { withSelection: true });
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    expect(host.plans).toHaveLength(1);
    expect(host.plans[0].columns[0].rows.map((r) => r[0])).toEqual(["C", "C", "C", "C", "C", "B", "B", "B", "A", "A"]);
    expect(host.plans[0].sheets.map((s) => s.key)).toContain("summary");
    await waitFor(() =>
      expect(host.settings.get("scheme")).toEqual(expect.objectContaining({ outputs: ["tierColumns", "summary"] })),
    );
  });

  it("starts from the saved scheme's ticks", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", {
      version: 1,
      source: { kind: "customers", columns: {} },
      method: { kind: "rank-share" },
      tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
      outputs: ["funnel"],
    });
    await renderWithStore(<WritePane />, host, { withSelection: true });
    await waitFor(() => expect((screen.getByTestId("write-output-funnel") as HTMLInputElement).checked).toBe(true));
    expect((screen.getByTestId("write-output-tierColumns") as HTMLInputElement).checked).toBe(false);
  });

  it("says which outputs were written with other tiers than the ones now shown", async () => {
    await renderWithStore(<WritePane />, new StubHost(GRID), {
      withSelection: true,
      actions: [{ type: "outputsWritten", outputs: ["tierColumns", "funnel"], signature: "3:10:0" }],
    });
    expect(screen.getByTestId("write-stale").textContent).toContain("Tier columns next to the data");
    expect(screen.getByTestId("write-stale").textContent).not.toContain("Summary sheet");
  });

  it("asks for an output when none is ticked, and writes nothing", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    await renderWithStore(<WritePane />, host, { withSelection: true });
    await user.click(screen.getByTestId("write-output-tierColumns"));
    await user.click(screen.getByTestId("write-output-summary"));
    expect(screen.getByTestId("write-nothing")).toBeTruthy();
    expect((screen.getByTestId("write-button") as HTMLButtonElement).disabled).toBe(true);
    expect(host.plans).toHaveLength(0);
  });

  it("shows the host's error when the write fails, and no result", async () => {
    const user = userEvent.setup();
    const host = new StubHost(GRID);
    host.applyError = new Error("The sheet is protected");
    await renderWithStore(<WritePane />, host, { withSelection: true });
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-error");
    expect(screen.queryByTestId("write-result")).toBeNull();
  });
});
