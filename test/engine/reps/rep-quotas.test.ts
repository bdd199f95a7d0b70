import fc from "fast-check";
import { NO_REP, type RepRow } from "../../../src/engine/reps/rep-figures";
import { allocateQuotas, withAttainment } from "../../../src/engine/reps/rep-quotas";
import { inputError } from "../support/input-error";

const row = (rep: string, actual: number, extra: Partial<RepRow> = {}): RepRow => ({
  rep,
  customersPerTier: [1],
  valuePerTier: [actual],
  aCustomers: 1,
  actual,
  ...extra,
});

describe("allocateQuotas", () => {
  it("splits a team target by weights with the largest remainder, by hand", () => {
    // 1,000,000 by 3 : 2 : 2 → 428,571.43 / 285,714.29 / 285,714.29; floors sum to 999,999 and the one
    // unit left goes to the largest remainder (.43, Wang Li): 428,572 + 285,714 + 285,714 = 1,000,000.
    const quotas = allocateQuotas(1_000_000, [
      { rep: "Wang Li", weight: 3 },
      { rep: " Chen Jie ", weight: 2 },
      { rep: "Zhao Min", weight: 2 },
    ]);
    expect([...quotas]).toEqual([
      ["Wang Li", 428_572],
      ["Chen Jie", 285_714],
      ["Zhao Min", 285_714],
    ]);
  });

  it("always sums to the target, in whole units, never negative (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (target, raw) => {
          const weights = raw.map((w, i) => ({ rep: `Rep ${i + 1}`, weight: i === 0 ? w + 1 : w }));
          const quotas = [...allocateQuotas(target, weights).values()];
          expect(quotas).toHaveLength(weights.length);
          expect(quotas.every((q) => Number.isInteger(q) && q >= 0)).toBe(true);
          expect(quotas.reduce((a, q) => a + q, 0)).toBe(target);
        },
      ),
    );
  });

  it("names a rep given twice (matched like customers), a missing name and a target that is not whole units", () => {
    expect(
      inputError(() =>
        allocateQuotas(10, [
          { rep: "Wang Li", weight: 1 },
          { rep: " WANG LI ", weight: 1 },
        ]),
      ),
    ).toMatchObject({ key: "reps.repRepeated", params: { rep: "WANG LI", first: "Wang Li" } });
    expect(inputError(() => allocateQuotas(10, [{ rep: " ", weight: 1 }]))).toMatchObject({
      key: "reps.weightRepMissing",
      params: { row: 1 },
    });
    expect(inputError(() => allocateQuotas(1000.5, [{ rep: "A", weight: 1 }]))).toMatchObject({
      key: "reps.targetInvalid",
      params: { found: "1000.5" },
    });
    // Weights are allocate's: a negative weight is named by its position.
    expect(inputError(() => allocateQuotas(10, [{ rep: "A", weight: -1 }]))).toMatchObject({ key: "weightInvalid" });
  });
});

describe("withAttainment", () => {
  const rows = [
    row("Wang Li", 950),
    row("Chen Jie", 1000),
    row("Zhao Min", 300),
    row(NO_REP, 150, { unassigned: true }),
  ];

  it("sets quota and attainment = actual / quota, matching reps like customers", () => {
    const result = withAttainment(
      rows,
      new Map([
        [" wang li ", 1000],
        ["Chen Jie", 0],
        ["Li Na", 500],
      ]),
    );
    // Wang Li: 950 / 1,000 = 0.95 (95 %).
    expect(result.rows[0]).toMatchObject({ rep: "Wang Li", quota: 1000, attainment: 0.95 });
    // Chen Jie: quota 0 → no attainment (not Infinity), listed.
    expect(result.rows[1].quota).toBe(0);
    expect(result.rows[1]).not.toHaveProperty("attainment");
    expect(result.zeroQuota).toEqual(["Chen Jie"]);
    // Zhao Min: no quota → none, listed; the no-rep row gets none and is not listed.
    expect(result.rows[2]).not.toHaveProperty("quota");
    expect(result.rows[3]).not.toHaveProperty("quota");
    expect(result.noQuota).toEqual(["Zhao Min"]);
    // Li Na has a quota but no customers in the rep column.
    expect(result.unknownReps).toEqual(["Li Na"]);
    expect(result.questioned).toEqual([]);
  });

  it("replaces an earlier quota, attainment and grade rather than keeping stale ones", () => {
    const graded = [row("A", 50, { quota: 100, attainment: 0.5, grade: 2 })];
    const result = withAttainment(graded, new Map());
    expect(result.rows[0]).toEqual(row("A", 50));
  });

  it("questions attainments that suggest quota and sales in different units", () => {
    // 500,000 yuan of sales against a quota of 30 (meant as 30 万): 16,666.67 = 1,666,667 %.
    // 50 (meant as 50 万) against a quota of 100,000 yuan: 0.05 %.
    // 1,200 against 1,000 (120 %) is fine.
    const result = withAttainment(
      [row("A", 500_000), row("B", 50), row("C", 1200)],
      new Map([
        ["A", 30],
        ["B", 100_000],
        ["C", 1000],
      ]),
    );
    expect(result.questioned).toEqual(["A", "B"]);
    expect(result.rows[2].attainment).toBeCloseTo(1.2, 12);
  });

  it("names a quota that is negative or not a number, and a rep given twice", () => {
    expect(inputError(() => withAttainment(rows, new Map([["Wang Li", -5]])))).toMatchObject({
      key: "reps.quotaInvalid",
      params: { rep: "Wang Li", found: "-5" },
    });
    expect(inputError(() => withAttainment(rows, new Map([["Wang Li", NaN]])))).toMatchObject({
      key: "reps.quotaInvalid",
      params: { found: "NaN" },
    });
    expect(
      inputError(() =>
        withAttainment(
          rows,
          new Map([
            ["Wang Li", 1],
            ["wang li", 2],
          ]),
        ),
      ),
    ).toMatchObject({ key: "reps.repRepeated" });
    expect(inputError(() => withAttainment(rows, new Map([["", 1]])))).toMatchObject({ key: "reps.quotaRepMissing" });
  });
});
