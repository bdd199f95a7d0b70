import { validatePlaybooks } from "../../../src/engine/tasks/validate-playbooks";
import { defaultPlaybooks } from "../../../src/engine/tasks/default-playbooks";
import type { Playbook, TaskTemplate } from "../../../src/engine/tasks/types";
import { inputError } from "../support/input-error";

/** Tier A's first template (the monthly visit) with one field changed, as the only template of tier "A". */
function bookWith(change: Partial<TaskTemplate> | Record<string, unknown>): Playbook[] {
  const visit = defaultPlaybooks()[0].templates[0];
  return [
    { tier: "B", templates: [] },
    { tier: "A", templates: [visit, { ...visit, ...change } as TaskTemplate] },
  ];
}

describe("validatePlaybooks", () => {
  it("takes the default playbooks, an effort of 0 and every known type, cadence and channel", () => {
    expect(() => validatePlaybooks(defaultPlaybooks(["A", "B", "C", "D"]))).not.toThrow();
    expect(() => validatePlaybooks(bookWith({ effortHours: 0 }))).not.toThrow();
    for (const type of ["new-customer", "maintenance", "collection", "research"])
      expect(() => validatePlaybooks(bookWith({ type }))).not.toThrow();
    for (const cadence of ["daily", "weekly", "monthly", "quarterly", "once"])
      expect(() => validatePlaybooks(bookWith({ cadence }))).not.toThrow();
    for (const channel of ["visit", "call", "email", "automated"])
      expect(() => validatePlaybooks(bookWith({ channel }))).not.toThrow();
  });

  it("refuses a second playbook for a tier", () => {
    const [a] = defaultPlaybooks();
    expect(inputError(() => validatePlaybooks([a, { tier: "A", templates: [] }]))).toMatchObject({
      key: "playbookRepeated",
      params: { tier: "A" },
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["type", { type: "visit" }, "taskTypeInvalid", '"visit"'],
    ["cadence", { cadence: "hourly" }, "taskCadenceInvalid", '"hourly"'],
    ["channel", { channel: "fax" }, "taskChannelInvalid", '"fax"'],
    ["effort (NaN)", { effortHours: NaN }, "taskEffortInvalid", "NaN"],
    ["effort (infinite)", { effortHours: Infinity }, "taskEffortInvalid", "Infinity"],
    ["effort (text)", { effortHours: "3" }, "taskEffortInvalid", '"3"'],
    ["effort (missing)", { effortHours: undefined }, "taskEffortInvalid", "nothing"],
    ["English title", { title: { "en-US": " ", "zh-CN": "拜访" } }, "taskTitleMissing", '" "'],
    ["Chinese title", { title: { "en-US": "Visit" } }, "taskTitleMissing", "nothing"],
    ["title (none)", { title: undefined }, "taskTitleMissing", "nothing"],
    ["English owner role", { ownerRole: { "en-US": "", "zh-CN": "经理" } }, "taskRoleMissing", '""'],
    ["Chinese owner role", { ownerRole: { "en-US": "Manager", "zh-CN": 7 } }, "taskRoleMissing", "7"],
    ["owner role (none)", { ownerRole: undefined }, "taskRoleMissing", "nothing"],
    ["owner role (blank)", { ownerRole: { "en-US": "  ", "zh-CN": "经理" } }, "taskRoleMissing", '"  "'],
  ])("names the task, its tier and what was found for a bad %s", (_, change, key, found) => {
    // The bad template is the 2nd of tier A.
    expect(inputError(() => validatePlaybooks(bookWith(change)))).toMatchObject({
      key,
      params: { task: 2, tier: "A", found },
    });
  });

  it("says in English which field, which task and what was expected", () => {
    expect(inputError(() => validatePlaybooks(bookWith({ channel: "fax" }))).message).toBe(
      'The channel of task 2 of tier "A" must be visit, call, email, automated; found "fax".',
    );
    expect(inputError(() => validatePlaybooks(bookWith({ title: { "en-US": "Visit", "zh-CN": "" } }))).message).toBe(
      'The zh-CN title of task 2 of tier "A" must be a non-empty text; found "".',
    );
  });
});
