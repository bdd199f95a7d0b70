import { computeLadder, initialLadderDraft } from "../../../src/taskpane/model/ladder-draft";
import { readTable } from "../../../src/engine/table";

describe("the ladder form", () => {
  const today = new Date(Date.UTC(2025, 0, 15));

  it("gives the seed ladder's targets for 3 deals: 100/50/20/10/5/3 (DESIGN.md)", () => {
    const out = computeLadder(initialLadderDraft(today), "en-US", undefined, undefined);
    expect(out.targets?.map((s) => s.target)).toEqual([100, 50, 20, 10, 5, 3]);
  });

  it("turns a revenue target into deals: ceil(100000 / 30000) = 4 → 140/70/28/14/7/4", () => {
    const d = { ...initialLadderDraft(today), targetKind: "revenue" as const, revenue: "100,000", avgDeal: "30000" };
    const out = computeLadder(d, "en-US", undefined, undefined);
    expect(out.deals).toBe(4);
    expect(out.targets?.map((s) => s.target)).toEqual([140, 70, 28, 14, 7, 4]);
  });

  it("flags a rate above 100 % on its stage", () => {
    const d = initialLadderDraft(today);
    const rows = d.rows.map((r, i) => (i === 1 ? { ...r, rate: "140" } : r));
    const out = computeLadder({ ...d, rows }, "en-US", undefined, undefined);
    expect(out.problems["rate-1"]).toEqual({ key: "rateRange", params: { stage: "First contact" } });
    expect(out.targets).toBeUndefined();
  });

  it("marks the bottleneck when actual counts are given", () => {
    // Actual 100/50/10/5/3/2: step rates 0.5, 0.2, 0.5, 0.6, 0.667 against targets 0.5, 0.4, 0.5, 0.5, 0.6;
    // ratios 1, 0.5, 1, 1.2, 1.11 → the lowest is the step from stage 2 (index 1, First contact).
    const d = initialLadderDraft(today);
    const actual = ["100", "50", "10", "5", "3", "2"];
    const out = computeLadder(
      { ...d, rows: d.rows.map((r, i) => ({ ...r, actual: actual[i] })) },
      "en-US",
      undefined,
      undefined,
    );
    expect(out.comparison?.bottleneck?.step).toBe(1);
  });

  // today 2025-01-15 → close by 2025-03-31, so the quarter is Q1 2025: January 31, February 28, March 31 days.
  it("splits the deal target across the quarter's months by days, largest remainder: 10 → 4/3/3", () => {
    const d = { ...initialLadderDraft(today), deals: "10", allocBy: "periods" as const, periodUnit: "month" as const };
    const out = computeLadder(d, "en-US", undefined, undefined);
    // Quotas 10·31/90 = 3.444, 10·28/90 = 3.111, 3.444; floors 3/3/3 leave 1 for the largest remainder,
    // a tie between January and March that goes to the earlier one.
    expect(out.allocation?.names).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(out.allocation?.parts.map((r) => r[0])).toEqual([4, 3, 3]);
  });

  it("splits by the quarter's weeks (14 parts, cut at the quarter's ends) and sums to the target", () => {
    const d = { ...initialLadderDraft(today), deals: "14", allocBy: "periods" as const, periodUnit: "week" as const };
    const out = computeLadder(d, "en-US", undefined, undefined);
    // Q1 2025 by ISO week: Jan 1–5 (5 days), 12 full weeks, Mar 31 (1 day) = 90 days. Quotas 14·5/90 = 0.778,
    // 14·7/90 = 1.089 (×12), 14·1/90 = 0.156; floors 0 + 12 + 0 leave 2 → 0.778 (first) and 0.156 (last).
    expect(out.allocation?.weights).toEqual([5, ...Array(12).fill(7), 1]);
    expect(out.allocation?.parts.map((r) => r[0])).toEqual([1, ...Array(12).fill(1), 1]);
  });

  it("splits every stage target when asked, each column summing to its target", () => {
    const d = {
      ...initialLadderDraft(today),
      allocBy: "periods" as const,
      periodUnit: "month" as const,
      allocWhat: "stages" as const,
    };
    const out = computeLadder(d, "en-US", undefined, undefined);
    const a = out.allocation!;
    expect(a.stages.map((s) => s.total)).toEqual([100, 50, 20, 10, 5, 3]);
    // Leads 100 by 31/28/31: quotas 34.444, 31.111, 34.444 → 34/31/34 + 1 to January (earlier tie) = 35/31/34.
    expect(a.parts.map((r) => r[0])).toEqual([35, 31, 34]);
    a.stages.forEach((s, k) => expect(a.parts.reduce((sum, r) => sum + r[k], 0)).toBe(s.total));
  });

  describe("across a rep column", () => {
    const grid = [
      ["Customer", "Rep", "Sales"],
      ["a", "Ann", 10],
      ["b", "Ann", 30],
      ["c", "Bob", 60],
      ["d", "", 5],
    ];
    const table = readTable(grid);
    const base = { ...initialLadderDraft(today), allocBy: "column" as const, allocColumn: 1 };

    it("weights reps by the value column's sum: Ann 40, Bob 60 → 3 deals as 1/2", () => {
      // Quotas 1.2 and 1.8; floors 1/1; the leftover goes to Bob's larger remainder (0.8). Blank rep left out.
      const out = computeLadder({ ...base, allocWeight: "value" }, "en-US", undefined, table);
      expect(out.allocation?.names).toEqual(["Ann", "Bob"]);
      expect(out.allocation?.parts.map((r) => r[0])).toEqual([1, 2]);
    });

    it("or equally: 1.5 each → 2/1 (tie to the first)", () => {
      const out = computeLadder({ ...base, allocWeight: "equal" }, "en-US", undefined, table);
      expect(out.allocation?.parts.map((r) => r[0])).toEqual([2, 1]);
    });
  });

  describe("per-tier ladders", () => {
    const tiers = { A: { share: "20", avgDeal: "" }, B: { share: "30", avgDeal: "" }, C: { share: "50", avgDeal: "" } };
    const base = { ...initialLadderDraft(today), deals: "10", perTier: true, tiers };

    it("splits the deals by share and works each tier's funnel backward", () => {
      const out = computeLadder(base, "en-US", ["A", "B", "C"], undefined);
      const plan = out.tierPlan!;
      // 10 × 20/30/50 % = 2/3/5 deals. Backward at 50/40/50/50/60 % (ceil each step):
      // 2 → 4, 8, 16, 40, 80; 3 → 100/50/20/10/5/3 (DESIGN.md); 5 → 9, 18, 36, 90, 180.
      expect(plan.tiers.map((f) => f.deals)).toEqual([2, 3, 5]);
      expect(plan.tiers.map((f) => f.stages.map((s) => s.target))).toEqual([
        [80, 40, 16, 8, 4, 2],
        [100, 50, 20, 10, 5, 3],
        [180, 90, 36, 18, 9, 5],
      ]);
      expect(out.targets?.map((s) => s.target)).toEqual([360, 180, 72, 36, 18, 10]);
    });

    it("lets a tier have its own stages and rates", () => {
      // Tier A skips stage 2 (First contact): its stage 1 converts at 50 % straight into stage 3.
      const rows = initialLadderDraft(today).rows.filter((_, i) => i !== 1);
      const out = computeLadder(
        { ...base, tiers: { ...tiers, A: { ...tiers.A, rows } } },
        "en-US",
        ["A", "B", "C"],
        undefined,
      );
      // A: 2 → 4, 8, 16, then 16 / 0.5 = 32 leads.
      expect(out.tierPlan!.tiers[0].stages.map((s) => s.target)).toEqual([32, 16, 8, 4, 2]);
      // Combined: leads 32 + 100 + 180 = 312; First contact only B and C: 50 + 90 = 140.
      expect(out.targets?.map((s) => s.target)).toEqual([312, 140, 72, 36, 18, 10]);
    });

    it("turns a revenue target into deals with each tier's own average deal size", () => {
      const revenue = {
        ...base,
        targetKind: "revenue" as const,
        revenue: "100000",
        avgDeal: "10000",
        tiers: {
          A: { share: "50", avgDeal: "25000" },
          B: { share: "30", avgDeal: "" },
          C: { share: "20", avgDeal: "" },
        },
      };
      const out = computeLadder(revenue, "en-US", ["A", "B", "C"], undefined);
      // A: 50,000 / 25,000 = 2; B: 30,000 / 10,000 (overall size) = 3; C: 20,000 / 10,000 = 2.
      expect(out.tierPlan!.tiers.map((f) => f.deals)).toEqual([2, 3, 2]);
    });

    it("flags a share that is not a percent on its tier", () => {
      const out = computeLadder(
        { ...base, tiers: { ...tiers, B: { share: "x", avgDeal: "" } } },
        "en-US",
        ["A", "B", "C"],
        undefined,
      );
      expect(out.problems["share-B"]).toEqual({ key: "percentRange" });
      expect(out.tierPlan).toBeUndefined();
    });
  });
});
