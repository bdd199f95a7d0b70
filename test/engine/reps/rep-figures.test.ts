import { NO_REP, repFigures, tallyReps } from "../../../src/engine/reps/rep-figures";
import { NO_TIER } from "../../../src/engine/tiering/numeric";
import type { CellValue } from "../../../src/engine/cells";
import { inputError } from "../support/input-error";

// Nine customers, three tiers (0 = A, 1 = B, 2 = C):
//  1 "Wang Li"        500  A
//  2 " wang li "      300  B       (same rep: trimmed, lower case)
//  3 "Chen Jie"       800  A
//  4 (blank)          100  C       → (no rep)
//  5 "  "              50  C       → (no rep)
//  6 "ＷＡＮＧ ＬＩ"     no value, no tier (full-width: the same rep after NFKC)
//  7 "Chen Jie"       200  C
//  8 "Zhao Min"       -40  C       (a return: nets off the rep's sales)
//  9 "Wang Li"        150  no tier (excluded from tiering, still a sale)
const reps: CellValue[] = [
  "Wang Li",
  " wang li ",
  "Chen Jie",
  null,
  "  ",
  "ＷＡＮＧ ＬＩ",
  "Chen Jie",
  "Zhao Min",
  "Wang Li",
];
const value = Float64Array.from([500, 300, 800, 100, 50, NaN, 200, -40, 150]);
const tier = Int32Array.from([0, 1, 0, 2, 2, NO_TIER, 2, 2, NO_TIER]);

describe("repFigures", () => {
  it("counts customers and value per tier, A-customers and actual sales per rep, by hand", () => {
    expect(repFigures({ reps, value, tier, tiers: 3 })).toEqual([
      // Wang Li: customers 1, 2, 6, 9 → A 1 (500), B 1 (300); actual 500 + 300 + 150 = 950 (6 has no value).
      { rep: "Wang Li", customersPerTier: [1, 1, 0], valuePerTier: [500, 300, 0], aCustomers: 1, actual: 950 },
      // Chen Jie: customers 3, 7 → A 800, C 200; actual 1,000.
      { rep: "Chen Jie", customersPerTier: [1, 0, 1], valuePerTier: [800, 0, 200], aCustomers: 1, actual: 1000 },
      // Zhao Min: customer 8 → C −40; actual −40.
      { rep: "Zhao Min", customersPerTier: [0, 0, 1], valuePerTier: [0, 0, -40], aCustomers: 0, actual: -40 },
      // Blank rep: customers 4, 5 → C 100 + 50; last, marked.
      {
        rep: NO_REP,
        customersPerTier: [0, 0, 2],
        valuePerTier: [0, 0, 150],
        aCustomers: 0,
        actual: 150,
        unassigned: true,
      },
    ]);
  });

  it("reports the customers without a rep and those without a value", () => {
    const tally = tallyReps({ reps, value, tier, tiers: 3 });
    expect(tally.unassigned).toBe(2); // customers 4 and 5
    expect(tally.noValue).toBe(1); // customer 6
  });

  it("keeps the blank-rep bucket apart from a rep typed “(no rep)”, and treats error cells as no rep", () => {
    const rows = repFigures({
      reps: ["(no rep)", "#N/A", true],
      value: Float64Array.from([1, 2, 4]),
      tier: Int32Array.from([0, 0, 0]),
      tiers: 1,
    });
    expect(rows.map((r) => [r.rep, r.actual, r.unassigned ?? false])).toEqual([
      ["(no rep)", 1, false],
      [NO_REP, 6, true],
    ]);
  });

  it("has no no-rep row when every customer has a rep", () => {
    const rows = repFigures({
      reps: ["B", "A"],
      value: Float64Array.from([1, 2]),
      tier: Int32Array.from([1, 0]),
      tiers: 2,
    });
    expect(rows.map((r) => r.rep)).toEqual(["B", "A"]);
    expect(rows.some((r) => r.unassigned)).toBe(false);
  });

  it("names mismatched lengths, a tier index out of range and a bad tier count", () => {
    expect(
      inputError(() =>
        repFigures({ reps: ["A", "B"], value: Float64Array.from([1]), tier: Int32Array.from([0, 0]), tiers: 1 }),
      ),
    ).toMatchObject({ key: "reps.lengths", params: { reps: 2, values: 1, tiers: 2 } });
    expect(
      inputError(() =>
        repFigures({ reps: ["A", "B"], value: Float64Array.from([1, 2]), tier: Int32Array.from([0, 3]), tiers: 3 }),
      ),
    ).toMatchObject({ key: "reps.tierIndex", params: { row: 2, found: 3, tiers: 3 } });
    expect(
      inputError(() => repFigures({ reps: [], value: new Float64Array(0), tier: new Int32Array(0), tiers: 0 })),
    ).toMatchObject({
      key: "reps.tiers",
    });
  });
});
