/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { readTable } from "../../src/engine/table";
import { tierTable } from "../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../src/engine/scheme";
import { HostError } from "../../src/host/host-api";
import { createExcelHost } from "../../src/host/excel";
import { createFakeExcel } from "../../src/host/fake-excel";
import type { Grid } from "../../src/engine/cells/cell-value";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";
import { previewTiers } from "./support/preview-tiers";
import { openTab } from "./support/open-tab";

installPolyfills();

// Ten customers, sales 1..10, at B3 on the sheet (top 2, left 1), so sheet offsets are exercised.
const GRID: Grid = [
  ["Customer", "Sales rep", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "Ann" : "Bob", i + 1]),
];

async function tiered(host: StubHost) {
  const user = await previewTiers(host);
  await openTab(user, "write");
  return user;
}

describe("writing to the workbook", () => {
  it("applies a plan whose tier column and summary match the engine", async () => {
    const host = new StubHost(GRID, "en-US", "Sheet1", 2, 1);
    const user = await tiered(host);
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    expect(host.plans).toHaveLength(1);
    const plan = host.plans[0];
    const engine = tierTable(readTable(GRID), defaultScheme()).result;

    const cols = plan.columns[0];
    expect(cols.sheet).toBe("Sheet1");
    // Header on sheet row 2 (0-based; the selection starts at B3), new columns right of B:D → column 4 (E).
    expect(cols.headerRow).toBe(2);
    expect(cols.firstColumn).toBe(4);
    expect(cols.rows.map((r) => r[0])).toEqual(Array.from(engine.tier, (t) => engine.labels[t]));
    // 20/30/50 of 1..10 (DESIGN.md): customers 9 and 10 are A, 6–8 B, 1–5 C.
    expect(cols.rows.map((r) => r[0])).toEqual(["C", "C", "C", "C", "C", "B", "B", "B", "A", "A"]);
    // Tier, Previous tier (blank: no earlier run), Rank, Why.
    expect(cols.headers).toEqual(["Tier", "Previous tier", "Rank", "Why"]);
    expect(cols.rows.map((r) => r[1])).toEqual(Array(10).fill(null));
    expect(cols.rows[9][2]).toBe(1); // customer 10 ranks first

    const summary = plan.sheets.find((s) => s.key === "summary");
    expect(summary).toBeDefined();
    const cells = summary!.blocks.flatMap((b) => b.values).flat();
    // Tier A holds 9 + 10 = 19 of the value; B holds 6 + 7 + 8 = 21; C holds 15.
    for (const v of [19, 21, 15]) expect(cells).toContain(v);

    // The scheme in use is saved in the workbook for the next time.
    await waitFor(() =>
      expect(host.settings.get("scheme")).toEqual(expect.objectContaining({ method: { kind: "rank-share" } })),
    );
  });

  it("writes tier columns in Chinese when the pane is in Chinese", async () => {
    const host = new StubHost(GRID, "zh-CN");
    const user = await tiered(host);
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    const cols = host.plans[0].columns[0];
    expect(cols.headers).toEqual(["层级", "上次层级", "排名", "说明"]);
    const why = cols.rows[9][3] as string;
    expect(why).toContain("排名 1/10");
  });

  it("says what went wrong, and what to do, when Excel refuses the write", async () => {
    const host = new StubHost(GRID);
    host.applyError = new HostError("CellsNotEmpty", "Cells E1:E3 are not empty.", "host.cellsNotEmpty");
    const user = await tiered(host);
    await user.click(screen.getByTestId("write-button"));
    const bar = await screen.findByTestId("write-error");
    expect(bar.textContent).toContain("The cells TierLadder would write to are not empty");
    expect(bar.textContent).toContain("Check that the target cells are empty");
  });

  it("offers the saved scheme on open and re-runs it on the selection (tiers and writes)", async () => {
    const host = new StubHost(GRID);
    host.settings.set("scheme", {
      ...defaultScheme(),
      method: { kind: "value-share" },
      tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] },
    });
    const user = userEvent.setup();
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    await user.click(screen.getByTestId("saved-scheme-rerun"));
    await screen.findByTestId("write-result");
    expect(host.plans).toHaveLength(1);
    // Pareto 80/15/5 on 1..10 (hand calculation in App.test.tsx): 6 / 3 / 1.
    await openTab(user, "tiers");
    await screen.findByTestId("tier-table");
    expect((screen.getByTestId("tiers-method") as HTMLSelectElement).value).toBe("value-share");
    expect(screen.getByTestId("tier-count-0").textContent).toBe("6");
    expect(screen.queryByTestId("saved-scheme")).toBeNull();
  });
});

describe("the result message", () => {
  // The real host code on the fake Excel (not the stub, whose addresses are constants): the address shown is
  // where the host wrote the pane's plan, and the cells there are read back.
  it("names the block once with the sheet-qualified address it was written to", async () => {
    // GRID at B3:D13, as in the stub tests above: two empty rows and an empty column A before it.
    const fake = createFakeExcel({
      sheets: [{ name: "Sheet1", grid: [[], [], ...GRID.map((row) => [null, ...row])] }],
    });
    fake.testing.setSelection("Sheet1", "B3:D13");
    const user = userEvent.setup();
    render(<App host={createExcelHost(fake.env)} />);
    await user.click(screen.getByTestId("data-use-selection"));
    await screen.findByTestId("data-address");
    await openTab(user, "tiers");
    await screen.findByTestId("tier-table");
    await openTab(user, "write");
    await user.click(screen.getByTestId("write-button"));
    await screen.findByTestId("write-result");
    const items = screen.getAllByTestId(/^write-result-item-/).map((li) => li.textContent);
    // By hand: header on row 3 like the selection's, 10 customers on rows 4–13, four new columns right of D → E:H.
    expect(items.filter((text) => text?.startsWith("tier columns"))).toEqual(["tier columns → Sheet1!E3:H13"]);
    const cells = fake.workbookState.values("Sheet1", "E3:H13");
    expect(cells[0]).toEqual(["Tier", "Previous tier", "Rank", "Why"]);
    // 20/30/50 of 1..10 (DESIGN.md): customers 9 and 10 are A, 6–8 B, 1–5 C; no earlier run, so no previous tier.
    expect(cells.slice(1).map((r) => r[0])).toEqual(["C", "C", "C", "C", "C", "B", "B", "B", "A", "A"]);
    expect(cells.slice(1).map((r) => r[1])).toEqual(Array(10).fill(""));
    // Sales 1..10: customer 10 ranks 1st, customer 1 10th.
    expect(cells.slice(1).map((r) => r[2])).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });
});
