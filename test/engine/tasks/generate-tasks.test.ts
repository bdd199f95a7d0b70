import fc from "fast-check";
import { generateTasks } from "../../../src/engine/tasks/generate-tasks";
import { defaultPlaybooks } from "../../../src/engine/tasks/default-playbooks";
import { taskAt, type TaskList } from "../../../src/engine/tasks/task-list";
import { workload } from "../../../src/engine/tasks/workload";
import { isoOfDay } from "../../../src/engine/ladder/calendar-days";
import { round9 } from "../../../src/engine/cells/round-product";
import { InputError } from "../../../src/engine/errors";
import { inputError } from "../support/input-error";

const start = new Date(Date.UTC(2025, 0, 6)); // Monday; 13 weeks end before 2025-04-07
const customers = [
  { name: "Acme", tier: "A", owner: "Li Lei" },
  { name: "Beta", tier: "B" },
  { name: "Gamma", tier: "C", owner: " " },
  { name: "Delta", tier: null },
];

describe("defaultPlaybooks", () => {
  it("gives A a monthly visit by a key account manager, B calls and offers, C automated messages", () => {
    const [a, b, c] = defaultPlaybooks();
    expect(a.templates.find((t) => t.channel === "visit" && t.cadence === "monthly")!.ownerRole["zh-CN"]).toBe(
      "专属客户经理",
    );
    expect(a.templates.some((t) => t.cadence === "quarterly")).toBe(true);
    expect(b.templates.map((t) => t.channel)).toEqual(expect.arrayContaining(["call", "email"]));
    expect(c.templates.every((t) => t.channel === "automated")).toBe(true);
  });

  it("gives every tier beyond the third C's playbook", () => {
    const books = defaultPlaybooks(["A", "B", "C", "D", "E"]);
    expect(books.map((b) => b.tier)).toEqual(["A", "B", "C", "D", "E"]);
    expect(books[4].templates).toBe(books[2].templates);
  });
});

describe("generateTasks", () => {
  // Made in each test (not once for the describe), so mutation testing sees which test ran which code.
  let list: TaskList;
  beforeEach(() => {
    list = generateTasks({ customers, playbooks: defaultPlaybooks(), start, weeks: 13, lang: "en-US" });
  });

  it("makes one row per customer per occurrence of each template of its tier", () => {
    // Occurrences in 13 weeks from Mon 2025-01-06 (to Sun 2025-04-06), each customer alone in its tier and
    // owner, so on the first working day of each period: weekly 13 (Mondays); monthly 3 (Mon 6 Jan, Thu 6 Feb,
    // Thu 6 Mar; the April period starts on Sunday 6 Apr, whose first working day, Mon 7 Apr, is past the
    // horizon); quarterly 1; once 1.
    // A: visit 3 + check-in 13 + proposal 1 + review 1 + payment 3 = 21; B: 3 + 3 + 3 = 9; C: 3 + 1 + 3 = 7.
    expect(list.length).toBe(37);
    expect(Array.from(list.customer).filter((c) => c === 0)).toHaveLength(21);
    expect(list.untiered).toEqual([3]);
  });

  it("fills customer, tier, type, title, channel, owner, due date and a not-started status", () => {
    expect(taskAt(list, 0)).toEqual({
      customer: "Acme",
      tier: "A",
      type: "maintenance",
      title: "Monthly on-site visit",
      cadence: "monthly",
      channel: "visit",
      // dueDay: Python (date(2025, 1, 6) - date(1970, 1, 1)).days = 20094.
      owner: "Li Lei",
      due: new Date(Date.UTC(2025, 0, 6)),
      dueDay: 20094,
      status: "Not started",
      effortHours: 3,
    });
    expect(isoOfDay(taskAt(list, 2).dueDay)).toBe("2025-03-06");
  });

  it("uses the template's owner role when the customer has no rep, in the chosen language", () => {
    const owners = new Set(
      Array.from({ length: list.length }, (_, i) => taskAt(list, i))
        .filter((t) => t.customer !== "Acme")
        .map((t) => t.owner),
    );
    expect([...owners]).toEqual(["Sales rep", "Customer service"]);
    const zh = generateTasks({ customers, playbooks: defaultPlaybooks(), start, weeks: 13, lang: "zh-CN" });
    const beta = taskAt(zh, 21);
    expect([beta.customer, beta.owner, beta.title, beta.status]).toEqual([
      "Beta",
      "销售代表",
      "定期电话回访",
      "未开始",
    ]);
  });

  it("refuses a tier without a playbook, a nameless customer and 0 weeks, naming the row", () => {
    const run =
      (c: typeof customers, weeks = 13) =>
      () =>
        generateTasks({ customers: c, playbooks: defaultPlaybooks(), start, weeks, lang: "en-US" });
    expect(
      run([
        { name: "Acme", tier: "A" },
        { name: "Zed", tier: "Z" },
      ]),
    ).toThrow(/Customer 2 \("Zed"\) is in tier "Z", which has no playbook. Playbooks exist for: A, B, C/);
    expect(run([{ name: "", tier: "A" }])).toThrow(/Customer 1 has no name/);
    expect(run(customers, 0)).toThrow(InputError);
    expect(() =>
      generateTasks({ customers, playbooks: defaultPlaybooks(), start: new Date(NaN), weeks: 1, lang: "en-US" }),
    ).toThrow(/start date is not a valid date/);
  });

  it("refuses a template with a negative effort or an unknown cadence, naming the task and tier", () => {
    const [a] = defaultPlaybooks();
    const bad = [{ tier: "A", templates: [{ ...a.templates[0], effortHours: -1 }] }];
    expect(() => generateTasks({ customers: [], playbooks: bad, start, weeks: 1, lang: "en-US" })).toThrow(
      /effort of task 1 of tier "A" must be a number of hours, 0 or more; found -1/,
    );
    const badCadence = [{ tier: "A", templates: [{ ...a.templates[0], cadence: "hourly" as never }] }];
    expect(() => generateTasks({ customers: [], playbooks: badCadence, start, weeks: 1, lang: "en-US" })).toThrow(
      /cadence of task 1 of tier "A" must be daily, weekly/,
    );
  });

  const inputs = fc.record({
    startMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    weeks: fc.integer({ min: 1, max: 60 }),
    tiers: fc.array(fc.constantFrom("A", "B", "C", "D", null), { maxLength: 30 }),
    reps: fc.array(fc.constantFrom("Li", "Wang", "", undefined), { minLength: 30, maxLength: 30 }),
  });

  it("puts every task's due date inside the horizon (property)", () => {
    fc.assert(
      fc.property(inputs, ({ startMs, weeks, tiers, reps }) => {
        const cs = tiers.map((tier, i) => ({ name: `C${i}`, tier, owner: reps[i] }));
        const l = generateTasks({
          customers: cs,
          playbooks: defaultPlaybooks(["A", "B", "C", "D"]),
          start: new Date(startMs),
          weeks,
          lang: "en-US",
        });
        const first = Math.floor(startMs / 86_400_000);
        for (let i = 0; i < l.length; i++) {
          expect(l.dueDay[i]).toBeGreaterThanOrEqual(first);
          expect(l.dueDay[i]).toBeLessThan(first + 7 * weeks);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives workload sums equal to the sums of task effort, per owner and overall (property)", () => {
    fc.assert(
      fc.property(inputs, ({ startMs, weeks, tiers, reps }) => {
        const cs = tiers.map((tier, i) => ({ name: `C${i}`, tier, owner: reps[i] }));
        const l = generateTasks({
          customers: cs,
          playbooks: defaultPlaybooks(["A", "B", "C", "D"]),
          start: new Date(startMs),
          weeks,
          lang: "zh-CN",
        });
        const byOwner = new Map<string, number>();
        for (let i = 0; i < l.length; i++) {
          const t = taskAt(l, i);
          byOwner.set(t.owner, (byOwner.get(t.owner) ?? 0) + t.effortHours);
        }
        const w = workload(l, { capacity: 40 });
        expect(w.map((o) => o.owner).sort()).toEqual([...byOwner.keys()].sort());
        for (const o of w) expect(o.totalHours).toBeCloseTo(round9(byOwner.get(o.owner)!), 6);
        expect(w.reduce((s, o) => s + o.tasks, 0)).toBe(l.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe("generateTasks: what it refuses, by catalog key and params", () => {
  const run = (input: Partial<Parameters<typeof generateTasks>[0]>) => () =>
    generateTasks({ customers, playbooks: defaultPlaybooks(), start, weeks: 13, lang: "en-US", ...input });

  it("names a language it does not speak", () => {
    expect(inputError(run({ lang: "de-DE" as never }))).toMatchObject({
      key: "langInvalid",
      params: { found: "de-DE" },
    });
  });

  it("names the row of a customer without a name, or whose tier has no playbook, and the tiers that have one", () => {
    expect(
      inputError(
        run({
          customers: [
            { name: "Acme", tier: "A" },
            { name: " ", tier: "A" },
          ],
        }),
      ),
    ).toMatchObject({ key: "customerNameMissing", params: { row: 2 } });
    expect(inputError(run({ customers: [{ name: "Zed", tier: "Z" }] }))).toMatchObject({
      key: "playbookMissing",
      params: { row: 1, customer: "Zed", tier: "Z", known: "A, B, C" },
    });
    expect(inputError(run({ customers: [{ name: "Zed", tier: "Z" }], playbooks: [] })).message).toContain(
      "Playbooks exist for: none.",
    );
  });

  it("counts the rows against the limits before making any: in all, and per owner", () => {
    // Acme (A, Li Lei): 21 tasks; Beta (B, no rep → "Sales rep"): 9; Gamma (C, blank rep → "Customer service"): 7 (37 in all).
    expect(inputError(run({ maxRows: 36 }))).toMatchObject({ key: "tooManyTasks", params: { count: 37, max: 36 } });
    expect(run({ maxRows: 37 })().length).toBe(37);
    expect(inputError(run({ maxRowsPerOwner: 20 }))).toMatchObject({
      key: "tooManyTasksForOwner",
      params: { owner: "Li Lei", count: 21, max: 20 },
    });
    expect(run({ maxRowsPerOwner: 21 })().length).toBe(37);
    // Without a rep the owner is the template's role: tier B's 9 tasks are the sales rep's.
    expect(inputError(run({ customers: customers.slice(1), maxRowsPerOwner: 8 })).params).toEqual({
      owner: "Sales rep",
      count: 9,
      max: 8,
    });
  });
});
