import { stageTargetTasks } from "../../../src/engine/tasks/stage-target-tasks";
import { planRepsByPeriod } from "../../../src/engine/ladder/rep-period-plan";
import { splitQuarter } from "../../../src/engine/ladder/split-period";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";

describe("stageTargetTasks", () => {
  const months = splitQuarter(2025, 1, "month");
  // 9 deals over Jan/Feb/Mar weighted by days 31/28/31: quotas 3.1/2.8/3.1 → floors 3/2/3, one left → Feb (.8) → 3/3/3.
  const plan = planRepsByPeriod(defaultLadder(), 9, [1], months.map((m) => m.days));

  it("turns each rep's stage targets per period into tasks such as “Contact 50 leads”", () => {
    const tasks = stageTargetTasks(defaultLadder(), plan, ["Li"], months, "en-US");
    // 3 deals a month → 100/50/20/10/5/3 (issue 3): six tasks per month.
    expect(tasks).toHaveLength(18);
    expect(tasks.slice(0, 6).map((t) => t.title)).toEqual([
      "Prepare 100 leads", "Contact 50 leads", "Run 20 needs analyses", "Send 10 proposals and quotes", "Negotiate 5 deals", "Sign 3 deals",
    ]);
    expect(tasks[1]).toMatchObject({ owner: "Li", period: "2025-01", stageId: "contact", count: 50, type: "new-customer" });
    expect(tasks[1].due.toISOString()).toBe("2025-01-31T00:00:00.000Z");
    expect(tasks[7].due.toISOString()).toBe("2025-02-28T00:00:00.000Z");
  });

  it("writes titles in Chinese and leaves out stages with a target of 0", () => {
    expect(stageTargetTasks(defaultLadder(), plan, ["李雷"], months, "zh-CN")[1].title).toBe("初次接触 50 个客户");
    const none = planRepsByPeriod(defaultLadder(), 0, [1], [1, 1, 1]);
    expect(stageTargetTasks(defaultLadder(), none, ["Li"], months, "en-US")).toEqual([]);
  });

  it("refuses owners or periods that do not match the plan", () => {
    expect(() => stageTargetTasks(defaultLadder(), plan, ["Li", "Wang"], months, "en-US")).toThrow(/plan has 1 reps, 3 periods and 6 stages; found 2 owners/);
  });
});
