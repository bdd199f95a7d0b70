import { computeLadder, initialLadderDraft } from "../../../src/taskpane/model/ladder-draft";

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
    const out = computeLadder({ ...d, rows: d.rows.map((r, i) => ({ ...r, actual: actual[i] })) }, "en-US", undefined, undefined);
    expect(out.comparison?.bottleneck?.step).toBe(1);
  });

  it("splits the deal target across periods by largest remainder: 10 over 3 → 4/3/3", () => {
    const d = { ...initialLadderDraft(today), deals: "10", allocBy: "periods" as const, periods: "3" };
    const out = computeLadder(d, "en-US", undefined, undefined);
    // 10/3 = 3.33 each; floors 3,3,3 leave 1, which goes to the earliest tie (period 1).
    expect(out.allocation?.map((a) => a.deals)).toEqual([4, 3, 3]);
  });
});
