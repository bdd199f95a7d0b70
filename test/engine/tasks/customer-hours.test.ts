import { customerWeeklyHours, generateTasks, type Playbook } from "../../../src/engine/tasks";

const call = (cadence: "weekly" | "monthly" | "once", effortHours: number) => ({
  id: `${cadence}-${effortHours}`,
  type: "maintenance" as const,
  cadence,
  channel: "call" as const,
  effortHours,
  ownerRole: { "en-US": "Rep", "zh-CN": "销售" },
  title: { "en-US": `Call ${cadence}`, "zh-CN": "电话" },
});

describe("customerWeeklyHours", () => {
  it("is each customer's task effort over the horizon divided by its weeks", () => {
    const playbooks: Playbook[] = [
      { tier: "A", templates: [call("weekly", 0.5), call("once", 2)] },
      { tier: "B", templates: [call("once", 1)] },
    ];
    const list = generateTasks({
      customers: [
        { name: "Acme", tier: "A" },
        { name: "Bolt", tier: "B" },
        { name: "Cara", tier: null },
      ],
      playbooks,
      start: new Date("2025-01-06T00:00:00Z"), // a Monday
      weeks: 4,
      lang: "en-US",
    });
    // By hand: Acme 4 weekly calls × 0.5 h + one 2 h task = 4 h over 4 weeks = 1 h/week; Bolt 1 h / 4 = 0.25;
    // Cara has no tier, so no tasks.
    expect(Array.from(customerWeeklyHours(list))).toEqual([1, 0.25, 0]);
  });
});
