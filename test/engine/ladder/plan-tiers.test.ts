import { planTiers } from "../../../src/engine/ladder/plan-tiers";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { inputError } from "../support/input-error";

describe("planTiers", () => {
  it("splits a deal target across tiers by share with largest remainders and keeps each tier's funnel", () => {
    // 7 deals at 50/30/20 %: quotas 3.5/2.1/1.4 → floors 3/2/1, one left → largest remainder .5 (A) → 4/2/1.
    const plan = planTiers(
      [
        { tier: "A", ladder: defaultLadder(), share: 0.5 },
        { tier: "B", ladder: defaultLadder(), share: 0.3 },
        { tier: "C", ladder: defaultLadder(), share: 0.2 },
      ],
      { deals: 7 },
    );
    expect(plan.tiers.map((t) => t.deals)).toEqual([4, 2, 1]);
    expect(plan.totalDeals).toBe(7);
    // Tier A, target 4: 140/70/28/14/7/4 (issue 3). Tier B, target 2: 2/0.6 = 3.33 → 4; 8; 16; 40; 80.
    // Tier C, target 1: 1/0.6 → 2; 4; 8; 20; 40.
    expect(plan.tiers[0].stages.map((s) => s.target)).toEqual([140, 70, 28, 14, 7, 4]);
    expect(plan.tiers[1].stages.map((s) => s.target)).toEqual([80, 40, 16, 8, 4, 2]);
    expect(plan.combined.map((s) => s.target)).toEqual([260, 130, 52, 26, 13, 7]);
    expect(plan.combined[0].byTier).toEqual({ A: 140, B: 80, C: 40 });
  });

  it("turns a revenue target into deals per tier with each tier's own average deal size", () => {
    // 1,000,000 at 60/40 %: A 600,000 / 150,000 = 4 deals; B 400,000 / 30,000 = 13.33 → 14 deals.
    const plan = planTiers(
      [
        { tier: "A", ladder: defaultLadder(), share: 0.6, averageDealSize: 150_000 },
        { tier: "B", ladder: defaultLadder(), share: 0.4, averageDealSize: 30_000 },
      ],
      { revenue: 1_000_000 },
    );
    expect(plan.tiers.map((t) => [t.revenue, t.deals])).toEqual([
      [600_000, 4],
      [400_000, 14],
    ]);
    expect(plan.totalDeals).toBe(18);
  });

  it("combines ladders with different stages by stage id, placing extra stages after their predecessor", () => {
    const d = defaultLadder().stages;
    const poc = { id: "poc", names: { "en-US": "Proof of concept", "zh-CN": "试点验证" }, rate: 0.5, durationDays: 7 };
    const a = { stages: [...d.slice(0, 4), poc, ...d.slice(4)] };
    const c = { stages: d.filter((s) => s.id !== "needs") };
    const plan = planTiers(
      [
        { tier: "C", ladder: c, share: 0.5 },
        { tier: "A", ladder: a, share: 0.5 },
      ],
      { deals: 2 },
    );
    expect(plan.combined.map((s) => s.id)).toEqual([
      "lead",
      "contact",
      "needs",
      "proposal",
      "poc",
      "negotiation",
      "signed",
    ]);
    // C target 1 without needs analysis: 2 (neg), 4 (prop), 4/0.4 = 10 (contact), 20 (lead).
    // A target 1 with a 50 % proof of concept: 2 (neg), 4 (poc), 8 (prop), 16 (needs), 40 (contact), 80 (lead).
    expect(plan.combined.find((s) => s.id === "needs")).toMatchObject({ target: 16, byTier: { A: 16 } });
    expect(plan.combined.find((s) => s.id === "lead")!.target).toBe(100);
  });

  it("refuses shares that do not add up to 100 %, repeated tiers and revenue without a deal size", () => {
    const l = defaultLadder();
    expect(() =>
      planTiers(
        [
          { tier: "A", ladder: l, share: 0.5 },
          { tier: "B", ladder: l, share: 0.4 },
        ],
        { deals: 3 },
      ),
    ).toThrow(/add up to 100 %; they add up to 90 %/);
    expect(() =>
      planTiers(
        [
          { tier: "A", ladder: l, share: 0.5 },
          { tier: "A", ladder: l, share: 0.5 },
        ],
        { deals: 3 },
      ),
    ).toThrow(/Tier "A" has more than one ladder/);
    expect(() => planTiers([{ tier: "A", ladder: l, share: 1 }], { revenue: 10 })).toThrow(
      /Tier "A" needs an average deal size/,
    );
    expect(() => planTiers([], { deals: 1 })).toThrow(/at least one tier ladder/);
  });
});

describe("planTiers: order of stages and what it refuses", () => {
  it("puts a stage that only a later tier has, and that comes first in its ladder, first in the combined funnel", () => {
    const d = defaultLadder().stages;
    const prospect = {
      id: "prospect",
      names: { "en-US": "Prospect", "zh-CN": "潜在客户" },
      rate: 0.5,
      durationDays: 7,
    };
    const plan = planTiers(
      [
        { tier: "A", ladder: defaultLadder(), share: 0.5 },
        { tier: "B", ladder: { stages: [prospect, ...d] }, share: 0.5 },
      ],
      { deals: 2 },
    );
    expect(plan.combined.map((s) => s.id)).toEqual([
      "prospect",
      "lead",
      "contact",
      "needs",
      "proposal",
      "negotiation",
      "signed",
    ]);
    // B's 1 deal needs 40 leads (1/0.6 → 2, 4, 8, 20, 40), so 80 prospects at 50 %.
    expect(plan.combined[0]).toMatchObject({ target: 80, byTier: { B: 80 } });
  });

  it("names a share outside 0–100 % or not a number, and the tier", () => {
    const l = defaultLadder();
    for (const share of [-0.1, 1.5, NaN]) {
      const e = inputError(() =>
        planTiers(
          [
            { tier: "A", ladder: l, share },
            { tier: "B", ladder: l, share: 0.5 },
          ],
          { deals: 3 },
        ),
      );
      expect(e).toMatchObject({ key: "tierShareInvalid", params: { tier: "A", found: String(share) } });
      expect(e.message).toBe(`The share of tier "A" must be between 0 and 1 (0–100 %); found ${share}.`);
    }
  });

  it("takes a tier with a share of 0: it gets no deals", () => {
    const plan = planTiers(
      [
        { tier: "A", ladder: defaultLadder(), share: 0 },
        { tier: "B", ladder: defaultLadder(), share: 1 },
      ],
      { deals: 3 },
    );
    expect(plan.tiers.map((t) => t.deals)).toEqual([0, 3]);
  });

  it("says which tier repeats or lacks a deal size, and what the shares add up to, in per cent", () => {
    const l = defaultLadder();
    expect(inputError(() => planTiers([], { deals: 1 }))).toMatchObject({ key: "tierLaddersEmpty", params: {} });
    expect(
      inputError(() =>
        planTiers(
          [
            { tier: "A", ladder: l, share: 0.5 },
            { tier: "A", ladder: l, share: 0.5 },
          ],
          { deals: 3 },
        ),
      ),
    ).toMatchObject({ key: "tierLadderRepeated", params: { tier: "A" } });
    expect(
      inputError(() =>
        planTiers(
          [
            { tier: "A", ladder: l, share: 0.5 },
            { tier: "B", ladder: l, share: 0.4 },
          ],
          { deals: 3 },
        ),
      ),
    ).toMatchObject({ key: "tierSharesSum", params: { found: 90 } });
    expect(inputError(() => planTiers([{ tier: "A", ladder: l, share: 1 }], { revenue: 10 }))).toMatchObject({
      key: "averageDealMissing",
      params: { tier: "A" },
    });
    expect(inputError(() => planTiers([{ tier: "A", ladder: l, share: 1 }], { deals: 2.5 })).params).toEqual({
      what: "deal target",
      found: "2.5",
    });
  });
});
