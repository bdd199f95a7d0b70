/** The Tasks form's draft with category playbooks: added, edited, removed, saved and read back (issue 13). */
import type { Grid } from "../../../src/engine/cells/cell-value";
import { InputError } from "../../../src/engine/errors";
import { defaultScheme } from "../../../src/engine/scheme";
import { readTable, type Table } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import {
  addCategoryPlaybook,
  categoryValues,
  hasCategoryPlaybook,
  setCategoryPlaybook,
} from "../../../src/taskpane/model/category-playbooks";
import { initialTasksDraft, type TasksDraft } from "../../../src/taskpane/model/tasks-draft";
import { checkDraft, initialDraft, withMethod } from "../../../src/taskpane/model/tier-draft";
import { computeTasks } from "../../../src/taskpane/model/tasks-plan";

// Ten customers, sales 1..10 → A (10, 9), B (8–6), C (5–1) by the default 20/30/50; odd ones B2B.
const GRID: Grid = [
  ["Customer", "Type", "Sales"],
  ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i % 2 === 0 ? "B2B" : "B2C", i + 1]),
];
const table = readTable(GRID);
const output = tierTable(table, defaultScheme());
const draft: TasksDraft = { ...initialTasksDraft(new Date(Date.UTC(2025, 0, 6))), weeks: "13" };
const B2B = { column: 1, header: "Type", value: "B2B" };
const plan = (d: TasksDraft) => computeTasks(d, output, table, "en-US");
/** A draft as saved and read back: JSON, as the workbook keeps settings. */
const roundTrip = (d: TasksDraft): TasksDraft => JSON.parse(JSON.stringify(d));

describe("the Tasks draft's category playbooks", () => {
  it("plans the same tasks after the draft is saved and read back", () => {
    const d = addCategoryPlaybook(draft, B2B, "onboarding");
    const before = plan(d);
    const after = plan(roundTrip(d));
    expect(after.error).toBeUndefined();
    expect(after.playbooks).toEqual(before.playbooks);
    expect(after.counts).toEqual(before.counts);
    // 5 B2B customers (1, 3, 5, 7, 9), each one onboarding call (cadence once): 5 tasks on top of the tiers'.
    expect(after.counts!.at(-1)).toEqual({ target: B2B, tasks: 5, customers: 5 });
    expect(after.list!.length).toBe(plan(draft).list!.length + 5);
  });

  it("reads a draft saved before category playbooks (no categoryPlaybooks) as one with none", () => {
    const { categoryPlaybooks: _none, ...old } = draft;
    void _none;
    const saved = roundTrip(old as TasksDraft);
    expect("categoryPlaybooks" in saved).toBe(false);
    expect(plan(saved).counts).toEqual(plan(draft).counts);
    expect(plan(saved).counts!.map((c) => c.tier)).toEqual(["A", "B", "C"]);
    expect(hasCategoryPlaybook(saved, B2B)).toBe(false);
    expect(addCategoryPlaybook(saved, B2B, "follow-up").categoryPlaybooks).toHaveLength(1);
  });

  it("edits and removes a category playbook by its place", () => {
    const d = addCategoryPlaybook(addCategoryPlaybook(draft, B2B, "onboarding"), { ...B2B, value: "B2C" }, "win-back");
    expect(hasCategoryPlaybook(d, { column: 1, value: " ｂ２ｃ" })).toBe(true);
    const [, b2c] = d.categoryPlaybooks!;
    const weekly = setCategoryPlaybook(d, 1, {
      ...b2c,
      templates: [{ ...b2c.templates[0], cadence: "weekly" }],
    });
    // B2C: 5 customers × 13 weekly calls = 65, where the one-off win-back call made 5.
    expect(plan(d).counts!.at(-1)!.tasks).toBe(5);
    expect(plan(weekly).counts!.at(-1)!.tasks).toBe(65);
    const removed = setCategoryPlaybook(weekly, 0);
    expect(removed.categoryPlaybooks!.map((b) => b.target.value)).toEqual(["B2C"]);
  });

  it("refuses a playbook whose column is no longer the one chosen, naming it", () => {
    const moved = readTable([["Customer", "Region", "Sales"], ...GRID.slice(1)]);
    const out = computeTasks(addCategoryPlaybook(draft, B2B, "follow-up"), output, moved, "en-US");
    expect(out.error).toBeInstanceOf(InputError);
    expect(out.error).toMatchObject({
      key: "playbooks.columnMoved",
      params: { column: "Type", value: "B2B", found: "Region" },
    });
  });
});

describe("categoryValues", () => {
  it("lists each value once as the playbooks compare them, most customers first, blanks and errors left out", () => {
    const t = readTable([
      ["Customer", "Channel"],
      ["a", "在线"],
      ["b", "直销"],
      ["c", " 直销 "],
      ["d", null],
      ["e", "#N/A"],
      ["f", "Ｄｉｒｅｃｔ"],
      ["g", "direct"],
      ["h", "direct"],
    ]);
    // 直销 ×2, Direct ×3 (shown as first written, full-width), 在线 ×1.
    expect(categoryValues(t, 1)).toEqual({ values: ["Ｄｉｒｅｃｔ", "直销", "在线"], more: false });
  });

  it("says when a column has more values than a drop-down lists", () => {
    expect(categoryValues(table, 0, 9)).toEqual({ values: expect.any(Array), more: true });
    expect(categoryValues(table, 0, 10).more).toBe(false);
  });
});

describe("tasks for lifecycle tiers", () => {
  it("gives the Lost tier the win-back call and the New tier the onboarding call by default", () => {
    // As-of 2025-01-01 (serial 45658), windows 90 / 180 / 365 (the examples): first 45600 / last 45640
    // → New; last blank → Never purchased; first 44000 / last 45200 → Lost (458 days since the last order).
    const t: Table = readTable([
      ["Customer", "First order", "Last order"],
      ["New Co", 45600, 45640],
      ["Never Co", 45000, null],
      ["Lost Co", 44000, 45200],
    ]);
    const tierDraft = { ...withMethod(initialDraft(), "lifecycle"), firstDateColumn: 1, lastDateColumn: 2 };
    const scheme = checkDraft(tierDraft, t, "customers", "2025-01-01").scheme!;
    const out = tierTable(t, scheme);
    expect(Array.from(out.result.tier, (k) => out.result.labels[k])).toEqual(["New", "Never purchased", "Lost"]);
    const list = computeTasks(draft, out, t, "en-US").list!;
    const ids = (c: number) =>
      Array.from(list.customer).flatMap((x, i) => (x === c ? [list.templates[list.template[i]].template.id] : []));
    // New: the onboarding call (once) before its position's default (B's 9); Lost: the win-back call before C's 7.
    expect(ids(0).filter((id) => id === "onboarding-call")).toHaveLength(1);
    expect(ids(0)).toHaveLength(1 + 9);
    expect(ids(2)[0]).toBe("win-back-call");
    expect(ids(2)).toHaveLength(1 + 7);
    expect(ids(1)).not.toContain("win-back-call");
  });
});
