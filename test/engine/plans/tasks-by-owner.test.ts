import { InputError } from "../../../src/engine/errors";
import { ownerSheetNames, tasksByOwnerPlan, type TaskRowInput } from "../../../src/engine/plans";

const task = (customer: string, owner: string, due: number): TaskRowInput => ({
  customer,
  tier: "A",
  type: "Visit",
  task: "Visit",
  channel: "Visit",
  owner,
  due,
});
const workload = (owner: string) => ({ owner, hoursPerWeek: 1, capacity: 40, overloaded: false });

describe("one tasks sheet per owner", () => {
  it("puts each owner's tasks, and only their workload row, on a sheet of their own", () => {
    const plan = tasksByOwnerPlan({
      lang: "en-US",
      tasks: [task("P", "Bob", 45700), task("Q", "Ann", 45701), task("R", "Bob", 45699)],
      workload: [workload("Ann"), workload("Bob")],
    });
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([
      ["tasks:Ann", "TierLadder Tasks - Ann"],
      ["tasks:Bob", "TierLadder Tasks - Bob"],
    ]);
    // Bob's two tasks by due date (45699 before 45700); table names distinct within the plan.
    expect(plan.sheets[1].tables[0].rows.map((r) => r[0])).toEqual(["R", "P"]);
    expect(plan.sheets.map((s) => s.tables[0].name)).toEqual(["TierLadderTasks_1", "TierLadderTasks_2"]);
    expect(plan.sheets[0].blocks[0].values.slice(1).map((r) => r[0])).toEqual(["Ann"]);
    expect(plan.activate).toBe("tasks:Ann");
  });

  it("makes sheet names Excel takes: at most 31 characters, no : \\ / ? * [ ], unique regardless of case", () => {
    // "TierLadder Tasks - " is 19 characters: 12 are left for the owner.
    expect(ownerSheetNames("TierLadder Tasks", ["North/South team", "ann", "Ann", "Ann"])).toEqual([
      "TierLadder Tasks - North South", // "/" replaced, cut at 31, the space at the cut dropped
      "TierLadder Tasks - ann",
      "TierLadder Tasks - Ann (2)",
      "TierLadder Tasks - Ann (3)",
    ]);
    for (const n of ownerSheetNames("TierLadder 任务", ["张三", "x".repeat(40)]))
      expect(n.length).toBeLessThanOrEqual(31);
  });

  it("keeps each sheet within the row limit and refuses, naming the owner, when one owner alone has more", () => {
    const tasks = [
      task("P", "Ann", 1),
      task("Q", "Ann", 2),
      task("R", "Bob", 3),
      task("S", "Bob", 4),
      task("T", "Bob", 5),
    ];
    // Limit 3: Ann's 2 and Bob's 3 each fit on a sheet (5 together would not).
    const ok = tasksByOwnerPlan({ lang: "en-US", tasks, workload: [] }, 3);
    expect(ok.sheets.map((s) => s.tables[0].rows.length)).toEqual([2, 3]);
    // Limit 2: Bob alone has 3.
    let error: unknown;
    try {
      tasksByOwnerPlan({ lang: "zh-CN", tasks, workload: [] }, 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).key).toBe("tooManyTasksForOwner");
    expect((error as InputError).params).toEqual({ owner: "Bob", count: 3, max: 2 });
  });
});
