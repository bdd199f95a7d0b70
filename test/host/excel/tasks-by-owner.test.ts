import { tasksByOwnerPlan, type TaskRowInput } from "../../../src/engine/plans";
// Run through Microsoft's office.js client library (test/support/office-js), answered by the fake.
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";

const task = (customer: string, owner: string, due: number): TaskRowInput => ({
  customer,
  tier: "A",
  type: "Visit",
  task: "Visit",
  channel: "Visit",
  owner,
  due,
});
const plan = (tasks: TaskRowInput[]) => tasksByOwnerPlan({ lang: "en-US", tasks, workload: [] });

describe("one tasks sheet per owner, written and re-written", () => {
  it("writes a sheet and a table per owner, and a second run refreshes them in place (no copies)", async () => {
    const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: [["Customer"], ["P"]] }] });
    const host = createExcelHost(fake.env);
    await host.applyPlan(plan([task("P", "Ann", 45700), task("Q", "Bob", 45701)]));
    expect(fake.workbookState.sheetNames()).toEqual(["Data", "TierLadder Tasks - Ann", "TierLadder Tasks - Bob"]);
    expect(fake.workbookState.tables().map((t) => [t.name, t.sheet])).toEqual([
      ["TierLadderTasks_1", "TierLadder Tasks - Ann"],
      ["TierLadderTasks_2", "TierLadder Tasks - Bob"],
    ]);
    await host.applyPlan(plan([task("P", "Ann", 45700), task("R", "Ann", 45702), task("Q", "Bob", 45701)]));
    expect(fake.workbookState.sheetNames()).toEqual(["Data", "TierLadder Tasks - Ann", "TierLadder Tasks - Bob"]);
    // Ann's sheet now lists her two tasks (header, P, R).
    expect(fake.workbookState.values("TierLadder Tasks - Ann", "A1:A3")).toEqual([["Customer"], ["P"], ["R"]]);
  });
});
