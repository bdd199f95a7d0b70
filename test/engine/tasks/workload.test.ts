import { generateTasks } from "../../../src/engine/tasks/generate-tasks";
import { defaultPlaybooks } from "../../../src/engine/tasks/default-playbooks";
import { workload } from "../../../src/engine/tasks/workload";
import type { TaskList } from "../../../src/engine/tasks/task-list";
import { inputError } from "../support/input-error";

const start = new Date(Date.UTC(2025, 0, 6));

describe("workload", () => {
  // Made in each test (not once for the describe), so mutation testing sees which test ran which code.
  let list: TaskList;
  beforeEach(() => {
    list = generateTasks({
      customers: [
        { name: "Acme", tier: "A", owner: "Li" },
        { name: "Beta", tier: "B", owner: "Wang" },
      ],
      playbooks: defaultPlaybooks(),
      start,
      weeks: 13,
      lang: "en-US",
    });
  });

  it("adds each task's effort to the week of its due date", () => {
    const [li] = workload(list, { capacity: 8 });
    // Hand calculation for tier A from Mon 2025-01-06 (day 0), Acme alone so on each period's first working
    // day: weekly check-in 0.5 h every Monday; monthly visit 3 h and payment 0.5 h on days 0 (Jan 6),
    // 31 (Thu Feb 6, week 4), 59 (Thu Mar 6, week 8) — the April period starts on Sunday Apr 6 and its first
    // working day, Apr 7, is past the horizon; one-off proposal 4 h and quarterly review 2 h in week 0.
    // Week 0: 0.5 + 3 + 0.5 + 4 + 2 = 10; weeks 4 and 8: 0.5 + 3 + 0.5 = 4; else 0.5.
    expect(li.hoursByWeek).toEqual([10, 0.5, 0.5, 0.5, 4, 0.5, 0.5, 0.5, 4, 0.5, 0.5, 0.5, 0.5]);
    // Total: 13 × 0.5 + 3 × 3.5 + 4 + 2 = 6.5 + 10.5 + 6 = 23.
    expect(li).toMatchObject({ owner: "Li", totalHours: 23, peakHours: 10, averageHours: round(23 / 13), tasks: 21 });
  });

  it("flags an owner whose hours exceed the capacity in any week, and which weeks", () => {
    const [li, wang] = workload(list, { capacity: 8 });
    expect(li).toMatchObject({ overloaded: true, overloadedWeeks: [0], capacity: 8 });
    // Tier B: call 0.5 + offer 0.25 + payment 0.25 = 1 h on each monthly day.
    expect(wang).toMatchObject({ overloaded: false, overloadedWeeks: [], totalHours: 3, peakHours: 1 });
  });

  it("lets per-owner capacities override the default", () => {
    const [li] = workload(list, { capacity: 8, capacityByOwner: { Li: 10 } });
    // Week 0 has exactly 10 h: at capacity is not over it.
    expect(li.overloaded).toBe(false);
  });

  it("refuses a capacity of 0 or below", () => {
    expect(() => workload(list, { capacity: 0 })).toThrow(
      /capacity per owner must be a number of hours per week greater than 0; found 0/,
    );
    expect(() => workload(list, { capacity: 8, capacityByOwner: { Li: -1 } })).toThrow(/capacity of "Li" must be/);
  });
});

function round(x: number): number {
  return Number(x.toFixed(9));
}

describe("workload: what it refuses, by catalog key and params", () => {
  it("names the owner and the capacity found, for NaN and infinite capacities too", () => {
    const list = generateTasks({
      customers: [{ name: "Acme", tier: "A", owner: "Li" }],
      playbooks: defaultPlaybooks(),
      start,
      weeks: 1,
      lang: "en-US",
    });
    expect(inputError(() => workload(list, { capacity: NaN }))).toMatchObject({
      key: "capacityInvalid",
      params: { owner: "per owner", found: "NaN" },
    });
    expect(inputError(() => workload(list, { capacity: Infinity })).params).toEqual({
      owner: "per owner",
      found: "Infinity",
    });
    expect(inputError(() => workload(list, { capacity: 8, capacityByOwner: { Li: 0 } })).params).toEqual({
      owner: 'of "Li"',
      found: "0",
    });
  });
});
