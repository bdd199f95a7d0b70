import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../../src/engine/scheme";
import { initialRepsDraft, type RepsDraft } from "../../../src/taskpane/model/reps-draft";
import { computeReps } from "../../../src/taskpane/model/reps-plan";
import { computeTasks } from "../../../src/taskpane/model/tasks-plan";
import { initialTasksDraft } from "../../../src/taskpane/model/tasks-draft";

/**
 * Five customers, three reps. Rank-share 20/30/50 over 5 (DESIGN.md): A = p < 1 → Acme; B = p < 2.5 → Bolt, Cara;
 * C = Dee, Eve. Wang: Acme (A) + Bolt (B) = 450,000; Li: Cara (B) + Dee (C) = 150,000; Zhao: Eve (C) = 20,000.
 */
const table = readTable([
  ["Customer", "Sales", "Sales rep", "Region"],
  ["Acme", 300000, "Wang", "East"],
  ["Bolt", 150000, " wang ", "East"],
  ["Cara", 100000, "Li", "West"],
  ["Dee", 50000, "Li", "West"],
  ["Eve", 20000, "Zhao", "West"],
]);
const output = tierTable(table, defaultScheme());
const run = (draft: Partial<RepsDraft>, lang: "en-US" | "zh-CN" = "en-US") =>
  computeReps({ ...initialRepsDraft(), ...draft }, { output, table, lang });

describe("the Reps tab's figures", () => {
  it("gives each rep its tier mix and sales, matching rep names as customers are matched", () => {
    const out = run({});
    expect(out.reps.map((r) => [r.rep, r.customersPerTier, r.actual])).toEqual([
      ["Wang", [1, 1, 0], 450000],
      ["Li", [0, 1, 1], 150000],
      ["Zhao", [0, 0, 1], 20000],
    ]);
  });

  it("pays the commission ladder marginally: 450,000 → 5,000 + 8,000 + 30,000 = 43,000 (5 / 8 / 12 % at 0 / 100k / 200k)", () => {
    const out = run({});
    // Li: 5,000 + 50,000 × 8 % = 9,000; Zhao: 20,000 × 5 % = 1,000.
    expect(out.reps.map((r) => r.payout)).toEqual([43000, 9000, 1000]);
    // Whole: all of Wang's 450,000 at 12 % = 54,000; Li's 150,000 at 8 % = 12,000.
    expect(run({ mode: "whole" }).reps.map((r) => r.payout)).toEqual([54000, 12000, 1000]);
  });

  it("splits a team target equally and grades by attainment (≥ 100 % above quota, ≥ 80 % on track)", () => {
    // 600,000 / 3 = 200,000 each: Wang 225 %, Li 75 %, Zhao 10 %.
    const out = run({ quotaMode: "equal", teamTarget: "600,000" });
    expect(out.reps.map((r) => r.quota)).toEqual([200000, 200000, 200000]);
    expect(out.reps.map((r) => r.attainment)).toEqual([2.25, 0.75, 0.1]);
    expect(out.reps.map((r) => r.grade)).toEqual(["Above quota", "Below 80%", "Below 80%"]);
    expect(run({ quotaMode: "equal", teamTarget: "600000" }, "zh-CN").reps[0].grade).toBe("超额完成");
  });

  it("splits a team target by sales so that each rep's quota is its share (620,000 → exactly each rep's sales)", () => {
    const out = run({ quotaMode: "by-actual", teamTarget: "620000" });
    expect(out.reps.map((r) => r.quota)).toEqual([450000, 150000, 20000]);
  });

  it("pays a bonus on attainment as a share of the target bonus (bounds 0 % / 100 %, rates 100 % / 200 %, target 10,000)", () => {
    const out = run({
      quotaMode: "equal",
      teamTarget: "600000",
      basis: "attainment",
      targetBonus: "10000",
      thresholds: "0%; 100%",
      rates: "100%, 200%",
    });
    // Marginal, by hand: Wang 225 % → 1 × 1 + 1.25 × 2 = 3.5 × 10,000 = 35,000; Li 75 % → 7,500; Zhao 10 % → 1,000.
    expect(out.reps.map((r) => r.payout)).toEqual([35000, 7500, 1000]);
    // An accelerator rate above 1 is no mistake here; a bound of "80" (8,000 %) is asked about.
    expect(out.problems.rates).toBeUndefined();
    expect(run({ basis: "attainment", targetBonus: "1", thresholds: "0; 80" }).problems.thresholds).toEqual({
      key: "boundLooksLikePercent",
      params: { text: "80" },
    });
  });

  it("grades by the typed bounds: at 100 % / 70 %, Li's 75 % is On track", () => {
    const out = run({ quotaMode: "equal", teamTarget: "600000", gradeBounds: "100%, 70%" });
    expect(out.reps.map((r) => r.grade)).toEqual(["Above quota", "On track", "Below 80%"]);
    expect(run({ gradeBounds: "80%, 100%" }).problems.gradeBounds).toEqual({ key: "gradeBounds" });
  });

  it("takes a rep's own weekly hours over the capacity for every rep", () => {
    const tasks = computeTasks(initialTasksDraft(new Date("2025-01-06T00:00:00Z")), output, table, "en-US");
    const out = computeReps(
      { ...initialRepsDraft(), capacity: "40", capacityByRep: { Wang: "0.5" } },
      { output, table, tasks, lang: "en-US" },
    );
    // Wang's two customers cost 2 h a week (tier A has weekly calls): over his 0.5 h, Acme (A) moves off, and as no
    // other rep is in the East region it is left without an owner — listed, never given to a rep over capacity.
    expect(out.reps[0].load).toMatchObject({ before: 2, capacity: 0.5 });
    expect(out.reps[0].load!.after).toBeLessThanOrEqual(0.5);
    expect(out.unassigned).toEqual([{ customer: "Acme", reason: "no-capacity" }]);
  });

  it("questions a rate typed without its % sign instead of paying 500 %", () => {
    const out = run({ rates: "5, 8, 12" });
    expect(out.problems.rates).toEqual({ key: "rateLooksLikePercent", params: { text: "5" } });
    expect(out.reps.every((r) => r.payout === undefined)).toBe(true);
  });

  it("reads bounds with thousands separators and refuses bounds out of order", () => {
    expect(run({ thresholds: "0; 100,000; 200,000" }).problems.thresholds).toBeUndefined();
    expect(run({ thresholds: "0; 200,000; 100,000" }).problems.thresholds).toEqual({ key: "bandsAscending" });
  });

  it("says the rep column is missing rather than showing nothing", () => {
    const noRep = readTable([
      ["Customer", "Sales"],
      ["Acme", 1],
      ["Bolt", 2],
    ]);
    const out = computeReps(initialRepsDraft(), {
      output: tierTable(noRep, defaultScheme()),
      table: noRep,
      lang: "en-US",
    });
    expect(String(out.error)).toContain("Sales rep");
  });

  it("suggests owners from the task plan's hours, keeping owners within capacity", () => {
    const tasks = computeTasks(initialTasksDraft(new Date("2025-01-06T00:00:00Z")), output, table, "en-US");
    const out = computeReps({ ...initialRepsDraft(), capacity: "40" }, { output, table, tasks, lang: "en-US" });
    // 40 hours a week is far above these five customers' load: every current owner is kept.
    expect(out.changes).toEqual([]);
    expect([...out.owners!.entries()]).toEqual([
      ["Acme", "Wang"],
      ["Bolt", "Wang"],
      ["Cara", "Li"],
      ["Dee", "Li"],
      ["Eve", "Zhao"],
    ]);
  });
});
