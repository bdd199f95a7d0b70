/** Playbooks for a category value of the customer table (issue 13, capability 5), beside the tier playbooks. */
import { generateTasks } from "../../../src/engine/tasks/generate-tasks";
import {
  defaultPlaybooks,
  lifecyclePlaybooks,
  starterFor,
  starterTemplates,
} from "../../../src/engine/tasks/default-playbooks";
import { taskAt, type TaskCustomer, type TaskList } from "../../../src/engine/tasks/task-list";
import { workload } from "../../../src/engine/tasks/workload";
import { validatePlaybooks } from "../../../src/engine/tasks/validate-playbooks";
import type { CategoryPlaybook, TaskTemplate } from "../../../src/engine/tasks/types";
import { isoOfDay } from "../../../src/engine/ladder/calendar-days";
import { LIFECYCLE_NAMES, LIFECYCLE_STAGES, lifecycleStages } from "../../../src/engine/tiering/lifecycle-stages";
import { inputError } from "../support/input-error";

const start = new Date(Date.UTC(2025, 0, 6)); // Monday; 13 weeks end on Sunday 2025-04-06
// Occurrences in those 13 weeks for a customer alone in its playbook and owner (see generate-tasks.test.ts):
// weekly 13, monthly 3, quarterly 1, once 1. Default playbooks: A 21 tasks, B 9, C 7.
const A_TASKS = 21;
const B_TASKS = 9;
const C_TASKS = 7;

const template = (id: string, cadence: TaskTemplate["cadence"], effortHours: number): TaskTemplate => ({
  id,
  type: "maintenance",
  cadence,
  channel: "call",
  effortHours,
  ownerRole: { "en-US": "Sales rep", "zh-CN": "销售代表" },
  title: { "en-US": `Task ${id}`, "zh-CN": `任务 ${id}` },
});

/** Columns of the customer rows below: 0 name, 1 type, 2 channel, 3 lifecycle. */
const HEADERS = ["Customer", "Type", "Channel", "Lifecycle"];
const forValue = (column: number, value: string, templates: readonly TaskTemplate[]): CategoryPlaybook => ({
  target: { column, header: HEADERS[column], value },
  templates,
});
const B2B = forValue(1, "B2B", [template("b2b-monthly", "monthly", 0.5)]); // 3 tasks each
const DIRECT = forValue(2, "直销", [template("direct-weekly", "weekly", 1)]); // 13 tasks each

const run = (customers: TaskCustomer[], extra: CategoryPlaybook[]): TaskList =>
  generateTasks({ customers, playbooks: [...defaultPlaybooks(), ...extra], start, weeks: 13, lang: "en-US" });
const tasksOf = (list: TaskList, c: number) => Array.from(list.customer).filter((x) => x === c).length;
const idsOf = (list: TaskList, c: number) =>
  Array.from(list.customer).flatMap((x, i) => (x === c ? [list.templates[list.template[i]].template.id] : []));

describe("category playbooks", () => {
  it("gives a tier-A B2B customer A's tasks and B2B's tasks, each set once", () => {
    const list = run(
      [
        // Full-width, lower-case, padded: still B2B (compared as customer keys).
        { name: "Acme", tier: "A", owner: "Li", row: ["Acme", " ｂ２ｂ ", "分销", ""] },
        { name: "Beta", tier: "A", owner: "Li", row: ["Beta", "B2C", "分销", ""] },
      ],
      [B2B],
    );
    // Acme: A's 21 + B2B's monthly 3 = 24; Beta (B2C): A's 21 alone.
    expect(tasksOf(list, 0)).toBe(A_TASKS + 3);
    expect(tasksOf(list, 1)).toBe(A_TASKS);
    expect(idsOf(list, 0).filter((id) => id === "b2b-monthly")).toHaveLength(3);
    expect(idsOf(list, 0).filter((id) => id === "a-visit")).toHaveLength(3);
    expect(Array.from(list.matched)).toEqual([2, 0, 0, 1]);
    // The task's tier on the sheet is the customer's tier.
    const b2bRow = Array.from(list.template).findIndex((t) => list.templates[t].template.id === "b2b-monthly");
    expect(taskAt(list, b2bRow)).toMatchObject({ customer: "Acme", tier: "A", title: "Task b2b-monthly" });
  });

  it("applies two category playbooks that match the same customer, both", () => {
    const list = run(
      [
        { name: "Acme", tier: "B", row: ["Acme", "B2B", "直销", ""] },
        { name: "Beta", tier: "C", row: ["Beta", "B2C", "在线", ""] },
        { name: "Gamma", tier: "C", row: ["Gamma", "B2C", "直销", ""] },
      ],
      [B2B, DIRECT],
    );
    // Acme: B 9 + B2B 3 + 直销 13 = 25; Beta: C 7; Gamma: C 7 + 直销 13 = 20. In all 52.
    expect([tasksOf(list, 0), tasksOf(list, 1), tasksOf(list, 2)]).toEqual([B_TASKS + 3 + 13, C_TASKS, C_TASKS + 13]);
    expect(list.length).toBe(52);
    // Rows go customer by customer, a customer's playbooks in the order given: tier B's first, then B2B, then 直销.
    expect(idsOf(list, 0).slice(0, 3)).toEqual(["b-call", "b-call", "b-call"]);
    expect(idsOf(list, 0).slice(-13)).toEqual(Array(13).fill("direct-weekly"));
  });

  it("gives a customer without a tier no tasks, even when a category playbook matches it", () => {
    const list = run([{ name: "Zed", tier: null, row: ["Zed", "B2B", "直销", ""] }], [B2B, DIRECT]);
    expect(list.length).toBe(0);
    expect(list.untiered).toEqual([0]);
  });

  it("still refuses a tier without a playbook when a category playbook matches the customer", () => {
    expect(inputError(() => run([{ name: "Zed", tier: "Z", row: ["Zed", "B2B", "", ""] }], [B2B]))).toMatchObject({
      key: "playbookMissing",
      params: { row: 1, customer: "Zed", tier: "Z", known: "A, B, C" },
    });
  });

  it("staggers each playbook's customers of one owner across the period", () => {
    const list = run(
      [
        { name: "X", tier: "A", owner: "Li", row: ["X", "B2B", "", ""] },
        { name: "Y", tier: "B", owner: "Li", row: ["Y", "B2B", "", ""] },
      ],
      [B2B],
    );
    // Li's B2B customers share the monthly periods: X (slot 0 of 2) on the first working day, Mon 6 Jan;
    // Y (slot 1 of 2) on working day ⌊1 · 23 / 2⌋ = 11 (0-based) of the 23 from Mon 6 Jan to Wed 5 Feb:
    // 6–10 Jan are 0–4, 13–17 are 5–9, Mon 20 is 10, Tue 21 Jan is 11.
    const firstDue = (c: number) =>
      isoOfDay(
        list.dueDay[
          Array.from(list.template).findIndex(
            (t, i) => list.customer[i] === c && list.templates[t].template.id === "b2b-monthly",
          )
        ],
      );
    expect([firstDue(0), firstDue(1)]).toEqual(["2025-01-06", "2025-01-21"]);
  });

  it("counts category tasks in the workload", () => {
    const list = run([{ name: "Acme", tier: "A", owner: "Li", row: ["Acme", "B2B", "", ""] }], [B2B]);
    // A's hours in 13 weeks: visit 3 × 3 + check-in 13 × 0.5 + proposal 4 + review 2 + payment 3 × 0.5 = 23;
    // B2B: 3 × 0.5 = 1.5; 24.5 hours over 24 tasks.
    const [li] = workload(list, { capacity: 40 });
    expect(li).toMatchObject({ owner: "Li", totalHours: 24.5, tasks: A_TASKS + 3 });
  });
});

describe("playbooks for a lifecycle grade", () => {
  it("gives a customer whose lifecycle is Lost the win-back call, and a New one the onboarding call", () => {
    // The example, as-of 45658 (2025-01-01): first 44000 / last 45200 → Lost (458 days since the
    // last order, over 365); first 45600 / last 45640 → New (58 days since the first order, within 90).
    const stage = lifecycleStages([44000, 45600], [45200, 45640], new Uint8Array(2), {
      asOf: 45658,
      windows: { new: 90, atRisk: 180, lost: 365 },
    });
    expect(Array.from(stage, (s) => LIFECYCLE_STAGES[s])).toEqual(["lost", "new"]);
    const grade = (i: number) => LIFECYCLE_NAMES["zh-CN"][stage[i]];
    const lost = forValue(3, "流失客户", starterTemplates(starterFor("流失客户")));
    const fresh = forValue(3, "新客户", starterTemplates(starterFor("新客户")));
    const list = run(
      [
        { name: "Old", tier: "C", row: ["Old", "B2C", "", grade(0)] },
        { name: "Fresh", tier: "C", row: ["Fresh", "B2C", "", grade(1)] },
      ],
      [lost, fresh],
    );
    // Each: C's 7, plus one call (cadence once) from its grade's playbook.
    expect(idsOf(list, 0).filter((id) => !id.startsWith("c-"))).toEqual(["win-back-call"]);
    expect(idsOf(list, 1).filter((id) => !id.startsWith("c-"))).toEqual(["onboarding-call"]);
    expect(list.length).toBe(2 * (C_TASKS + 1));
  });

  it("gives each lifecycle grade its own tasks: first contact for Never purchased, onboarding for New, a check-in for At risk, win-back for Lost", () => {
    const books = lifecyclePlaybooks(LIFECYCLE_NAMES["zh-CN"]);
    expect(books.map((b) => b.tier)).toEqual(["从未购买", "新客户", "活跃客户", "风险客户", "流失客户"]);
    const ids = books.map((b) => b.templates.map((t) => t.id));
    // A prospect who never bought gets no key-account visits (tier A's playbook), only a first contact call.
    expect(ids[0]).toEqual(["first-contact-call"]);
    expect(ids[1]).toEqual(["onboarding-call", "b-call", "b-offer", "b-payment"]);
    expect(ids[2]).toEqual(["b-call", "b-offer", "b-payment"]);
    expect(ids[3]).toEqual(["at-risk-call", "b-call", "b-offer", "b-payment"]);
    expect(ids[4]).toEqual(["win-back-call", "c-newsletter", "c-survey", "c-payment"]);
  });

  it("suggests win-back for Lost and onboarding for New in either language and any width or case", () => {
    expect(["Lost", "流失客户", " ＬＯＳＴ "].map(starterFor)).toEqual(["win-back", "win-back", "win-back"]);
    expect(["New", "新客户", "new"].map(starterFor)).toEqual(["onboarding", "onboarding", "onboarding"]);
    expect(["B2B", "直销", "Active", "老客户"].map(starterFor)).toEqual(Array(4).fill("follow-up"));
    expect(starterTemplates("win-back")[0].title).toEqual({ "en-US": "Win-back call", "zh-CN": "流失客户挽回电话" });
  });
});

describe("validatePlaybooks on category playbooks", () => {
  it("refuses a second playbook for the same column value, compared as customer keys", () => {
    expect(inputError(() => validatePlaybooks([B2B, forValue(1, " ｂ２ｂ", [])]))).toMatchObject({
      key: "playbooks.targetRepeated",
      params: { column: "Type", value: " ｂ２ｂ" },
    });
    // The same value in another column is another playbook.
    expect(() => validatePlaybooks([B2B, forValue(2, "B2B", [])])).not.toThrow();
  });

  it("refuses a target that is not a column index, or whose value is blank", () => {
    const at = (column: number, value: string) => ({ target: { column, header: "Type", value }, templates: [] });
    expect(inputError(() => validatePlaybooks([at(-1, "B2B")]))).toMatchObject({
      key: "playbooks.targetColumn",
      params: { found: "-1" },
    });
    expect(inputError(() => validatePlaybooks([at(1.5, "B2B")])).key).toBe("playbooks.targetColumn");
    expect(inputError(() => validatePlaybooks([at(1, " 　")]))).toMatchObject({
      key: "playbooks.targetValue",
      params: { column: "Type", found: '" 　"' },
    });
  });

  it("names the column and value of a category playbook's bad task", () => {
    const bad = forValue(1, "B2B", [{ ...template("x", "monthly", 1), title: { "en-US": "", "zh-CN": "回访" } }]);
    const e = inputError(() => validatePlaybooks([bad]));
    expect(e).toMatchObject({
      key: "playbooks.taskTitleMissing",
      params: { task: 1, column: "Type", value: "B2B", found: '""' },
    });
    expect(e.message).toBe(
      'The en-US title of task 1 of the playbook for "Type" = "B2B" must be a non-empty text; found "".',
    );
  });

  it("reads a playbook saved before targets ({ tier, templates }) as a tier playbook", () => {
    const saved = JSON.parse(JSON.stringify(defaultPlaybooks()));
    const list = generateTasks({
      customers: [{ name: "Acme", tier: "A", row: ["Acme", "B2B"] }],
      playbooks: saved,
      start,
      weeks: 13,
      lang: "en-US",
    });
    expect(list.length).toBe(A_TASKS);
  });
});
