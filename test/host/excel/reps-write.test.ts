import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";
import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../../src/engine/scheme";
import { initialRepsDraft } from "../../../src/taskpane/model/reps-draft";
import { computeReps } from "../../../src/taskpane/model/reps-plan";
import { computeTasks } from "../../../src/taskpane/model/tasks-plan";
import { initialTasksDraft } from "../../../src/taskpane/model/tasks-draft";
import { repsPlan } from "../../../src/taskpane/model/reps-write";

// The Reps tab's write through Microsoft's office.js onto the fake: the Reps sheet and the Suggested owner column.
const grid = [
  ["Customer", "Sales", "Sales rep", "Owner"],
  ["Acme", 300000, "Wang", "my note"],
  ["Bolt", 150000, "Wang", ""],
  ["Cara", 100000, "Li", ""],
];

describe("writing the Reps tab", () => {
  it("adds the TierLadder Reps sheet and puts Suggested owner beside the data, never over the user's own columns", async () => {
    const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid }] });
    const host = createExcelHost(fake.env);
    const table = readTable(grid);
    const output = tierTable(table, defaultScheme());
    const tasks = computeTasks(initialTasksDraft(new Date("2025-01-06T00:00:00Z")), output, table, "en-US");
    const outcome = computeReps(initialRepsDraft(), { output, table, tasks, lang: "en-US" });
    const read = { address: "Data!A1:D4", sheet: "Data", top: 0, left: 0, grid, hiddenRows: [] };
    await host.applyPlan(repsPlan("en-US", outcome, { read, table }));
    const view = fake.workbookState;
    // Column E is the first free one right of A–D; the user's "Owner" column D keeps what was typed.
    expect(view.values("Data", "D1:E4")).toEqual([
      ["Owner", "Suggested owner"],
      ["my note", "Wang"],
      ["", "Wang"],
      ["", "Li"],
    ]);
    // One row per rep: Wang 450,000 (5,000 + 8,000 + 30,000 = 43,000 marginal), Li 100,000 (5,000).
    const reps = view.values("TierLadder Reps", "A1:A3");
    expect(reps).toEqual([["Sales rep"], ["Wang"], ["Li"]]);
    const header = view.values("TierLadder Reps", "A1:Z1")[0];
    const payout = header.indexOf("Payout");
    expect(payout).toBeGreaterThan(0);
    const col = (r: number) => view.values("TierLadder Reps", "A1:Z3")[r][payout];
    expect([col(1), col(2)]).toEqual([43000, 5000]);
  });
});
