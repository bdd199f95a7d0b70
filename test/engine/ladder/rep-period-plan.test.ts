import fc from "fast-check";
import { planRepsByPeriod, repPeriodTarget } from "../../../src/engine/ladder/rep-period-plan";
import { defaultLadder } from "../../../src/engine/ladder/default-ladder";
import { inputError } from "../support/input-error";

describe("planRepsByPeriod", () => {
  it("splits the target across reps, then each rep's part across periods, then works stage targets backward", () => {
    // 10 deals over reps weighted 2/1/1: quotas 5/2.5/2.5 → 5/3/2 (the tie goes to the earlier rep).
    // Rep 0's 5 deals over 3 equal months: 1.67 each → 2/2/1.
    const plan = planRepsByPeriod(defaultLadder(), 10, [2, 1, 1], [1, 1, 1]);
    expect(plan.repDeals).toEqual([5, 3, 2]);
    expect(Array.from(plan.deals.subarray(0, 3))).toEqual([2, 2, 1]);
    // 2 deals: 2/0.6 = 3.33 → 4; 8; 16; 40; 80 (hand calculation).
    expect([0, 1, 2, 3, 4, 5].map((s) => repPeriodTarget(plan, 0, 0, s))).toEqual([80, 40, 16, 8, 4, 2]);
    // 1 deal: 2; 4; 8; 20; 40.
    expect([0, 1, 2, 3, 4, 5].map((s) => repPeriodTarget(plan, 0, 2, s))).toEqual([40, 20, 8, 4, 2, 1]);
  });

  it("gives a rep with no deals zero targets in every period", () => {
    const plan = planRepsByPeriod(defaultLadder(), 1, [1, 0], [1, 1]);
    expect(Array.from(plan.deals)).toEqual([1, 0, 0, 0]);
    expect(repPeriodTarget(plan, 1, 1, 0)).toBe(0);
  });

  it("keeps the last-stage targets summing to the total (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 13 }).filter((w) => w.some((x) => x > 0)),
        (total, reps, periods) => {
          const plan = planRepsByPeriod(defaultLadder(), total, reps, periods);
          let signed = 0;
          for (let r = 0; r < plan.reps; r++)
            for (let p = 0; p < plan.periods; p++) signed += repPeriodTarget(plan, r, p, 5);
          expect(signed).toBe(total);
        },
      ),
    );
  });

  it("refuses an empty list of periods", () => {
    expect(() => planRepsByPeriod(defaultLadder(), 5, [1], [])).toThrow(/at least one period/);
  });
});

describe("planRepsByPeriod: the flat layout and what it refuses", () => {
  it("stores deals rep by rep, period by period: deals[r·P + p]", () => {
    // 10 over 2/1/1 → 5/3/2; over three equal periods: 5 → 2/2/1, 3 → 1/1/1, 2 → quotas 0.67 → 1/1/0 (ties to the earlier).
    const plan = planRepsByPeriod(defaultLadder(), 10, [2, 1, 1], [1, 1, 1]);
    expect(Array.from(plan.deals)).toEqual([2, 2, 1, 1, 1, 1, 1, 1, 0]);
    expect([plan.reps, plan.periods, plan.stages]).toEqual([3, 3, 6]);
  });

  it("names the deal target and says the list of periods is empty", () => {
    expect(inputError(() => planRepsByPeriod(defaultLadder(), 2.5, [1], [1])).params).toEqual({
      what: "deal target",
      found: "2.5",
    });
    expect(inputError(() => planRepsByPeriod(defaultLadder(), 5, [1], []))).toMatchObject({
      key: "periodsEmpty",
      params: {},
    });
  });
});
