/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { decodeSnapshot, encodeSnapshot, LAST_RUN_SETTING } from "../../src/engine/plans";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { openTab } from "./support/open-tab";

installPolyfills();

// Ten customers with sales 1..10; the default rank-share 20/30/50 gives (DESIGN.md) 9–10 A, 6–8 B, 1–5 C.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];
const NOW: Record<string, string> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i >= 8 ? "A" : i >= 5 ? "B" : "C"]),
);

async function writeTiers(host: StubHost, lang: "en-US" | "zh-CN" = "en-US") {
  const user = userEvent.setup();
  render(<App host={host} language={lang} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  await openTab(user, "tiers");
  await screen.findByTestId("tier-table");
  await openTab(user, "write");
  await user.click(screen.getByTestId("write-button"));
  await screen.findByTestId("write-result");
}

describe("tier movement since the last run", () => {
  // Last run (hand-made): customers 9 and 10 were B, customer 6 was A, customer 1 was not there, and
  // "Old Co" was there but is gone now. Moves now: 9, 10 B → A (2), 6 A → B (1); 1 new, 1 gone.
  const previous = {
    takenAt: "2025-01-15T09:00:00.000Z",
    tiers: { ...NOW, "Customer 9": "B", "Customer 10": "B", "Customer 6": "A", "Old Co": "C" } as Record<
      string,
      string
    >,
  };
  delete previous.tiers["Customer 1"];

  it("shows the moves in the result message and on the summary sheet, and saves the new snapshot", async () => {
    const host = new StubHost(GRID);
    host.settings.set(LAST_RUN_SETTING, encodeSnapshot(previous));
    await writeTiers(host);

    const lines = screen.getByTestId("write-movement");
    expect(lines.textContent).toContain("Tier movement since the last run (01/15/2025)");
    expect(screen.getByTestId("write-movement-0").textContent).toBe("2 customers B → A");
    expect(screen.getByTestId("write-movement-1").textContent).toBe("1 customer A → B");
    expect(screen.getByTestId("write-movement-2").textContent).toBe("1 new customer (not in the last run)");
    expect(screen.getByTestId("write-movement-3").textContent).toBe(
      "1 customer of the last run is no longer in the list",
    );

    const plan = host.plans[0];
    const summary = plan.sheets.find((s) => s.key === "summary")!;
    const block = summary.blocks[summary.blocks.length - 1];
    // Report header rows 0–5 (title, method, parameters, source, date, blank); summary table: header +
    // 3 tiers + total = rows 6–10; one blank row; movement from row 12.
    expect(block.row).toBe(12);
    // The print area takes in everything: the chart reaches row 25 (rows 8–25) and column O.
    expect(summary.print).toMatchObject({
      area: { row: 0, column: 0, rowCount: 25, columnCount: 15 },
      fitToPagesWide: 1,
    });
    expect(block.values.map((r) => r[0])).toEqual([
      "Tier movement since the last run (01/15/2025)",
      "2 customers B → A",
      "1 customer A → B",
      "1 new customer (not in the last run)",
      "1 customer of the last run is no longer in the list",
    ]);
    // The engine's movement sheet rides along, and the snapshot of this run is saved for the next.
    expect(plan.sheets.map((s) => s.key)).toContain("movement");
    const saved = plan.settings.find((s) => s.key === LAST_RUN_SETTING)!;
    expect(decodeSnapshot(saved.value)!.tiers).toEqual(NOW);
  });

  it("after a second write, the tier columns gain the previous tier and the movement sheet lists who moved", async () => {
    const host = new StubHost(GRID);
    await writeTiers(host);
    // The workbook keeps what the first write saved (the stub host records plans, it does not apply them).
    host.settings.set(LAST_RUN_SETTING, host.plans[0].settings.find((x) => x.key === LAST_RUN_SETTING)!.value);
    expect(host.plans[0].sheets.map((x) => x.key)).not.toContain("movement");
    // Second run: customer 1's sales rise from 1 to 20, so (20/30/50, hand calculation) it becomes A,
    // customer 9 (sales 9) drops to B and customer 6 (sales 6) to C.
    const user = userEvent.setup();
    host.select([GRID[0], ["Customer 1", 20], ...GRID.slice(2)]);
    await openTab(user, "data");
    await user.click(screen.getByTestId("data-use-selection"));
    await openTab(user, "tiers");
    await screen.findByTestId("tier-table");
    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    await waitFor(() => expect(host.plans).toHaveLength(2));
    const plan = host.plans[1];
    const cols = plan.columns[0];
    expect(cols.headers.slice(0, 2)).toEqual(["Tier", "Previous tier"]);
    expect(cols.rows.map((r) => r[0])).toEqual(["A", "C", "C", "C", "C", "C", "B", "B", "B", "A"]);
    expect(cols.rows.map((r) => r[1])).toEqual(["C", "C", "C", "C", "C", "B", "B", "B", "A", "A"]);
    const who = plan.sheets.find((x) => x.key === "movement")!.blocks[1];
    expect(who.values).toEqual([
      ["Customer", "From", "To", "Value"],
      // One customer per move, so moves in order of their tiers (A → B, B → C, C → A).
      ["Customer 9", "A", "B", 9],
      ["Customer 6", "B", "C", 6],
      ["Customer 1", "C", "A", 20],
    ]);
  }, 30_000); // two full runs through the pane

  it("says it in Chinese for a Chinese pane", async () => {
    const host = new StubHost(GRID);
    host.settings.set(LAST_RUN_SETTING, encodeSnapshot(previous));
    await writeTiers(host, "zh-CN");
    expect(screen.getByTestId("write-movement-0").textContent).toBe("2 位客户 B → A");
    expect(screen.getByTestId("write-movement").textContent).toContain("与上次运行（2025/01/15）相比的层级变动");
  });

  it("on the first run saves a snapshot and shows no movement", async () => {
    const host = new StubHost(GRID);
    await writeTiers(host);
    expect(screen.queryByTestId("write-movement")).toBeNull();
    const plan = host.plans[0];
    expect(plan.sheets.map((s) => s.key)).not.toContain("movement");
    expect(decodeSnapshot(plan.settings.find((s) => s.key === LAST_RUN_SETTING)!.value)!.tiers).toEqual(NOW);
  });
});
