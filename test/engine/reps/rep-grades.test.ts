import type { RepRow } from "../../../src/engine/reps/rep-figures";
import { DEFAULT_REP_GRADE_NAMES, gradeReps } from "../../../src/engine/reps/rep-grades";
import { inputError } from "../support/input-error";

const rep = (name: string, attainment?: number, extra: Partial<RepRow> = {}): RepRow => ({
  rep: name,
  customersPerTier: [0],
  valuePerTier: [0],
  aCustomers: 0,
  actual: 0,
  ...(attainment === undefined ? {} : { attainment }),
  ...extra,
});

describe("gradeReps", () => {
  it("grades by the default thresholds, a value on a bound in the higher grade", () => {
    const rows = [
      rep("exactly 100 %", 1),
      rep("99.9 %", 0.999),
      rep("exactly 80 %", 0.8),
      rep("79.9 %", 0.799),
      rep("150 %", 1.5),
      rep("0 %", 0),
      rep("no quota"),
    ];
    expect(gradeReps(rows).map((r) => [r.rep, r.grade])).toEqual([
      ["exactly 100 %", 0], // ≥ 100 %: Above quota
      ["99.9 %", 1], // 80 % to below 100 %: On track
      ["exactly 80 %", 1],
      ["79.9 %", 2], // below 80 %
      ["150 %", 0],
      ["0 %", 2],
      ["no quota", undefined],
    ]);
    expect(DEFAULT_REP_GRADE_NAMES["en-US"]).toEqual(["Above quota", "On track", "Below 80%"]);
    expect(DEFAULT_REP_GRADE_NAMES["zh-CN"]).toEqual(["超额完成", "基本达成", "未达 80%"]);
  });

  it("counts an attainment of 80 % that binary arithmetic makes 79.99…% as 80 % (9 decimals)", () => {
    // Sales of 0.72 (万) against a quota of 0.9 (万) is 80 %, but 0.72 / 0.9 = 0.7999999999999999 in doubles.
    expect(0.72 / 0.9).toBeLessThan(0.8);
    expect(gradeReps([rep("A", 0.72 / 0.9)])[0].grade).toBe(1);
  });

  it("grades by other thresholds, e.g. 120 % / 100 % / 80 %", () => {
    const rows = [rep("a", 1.2), rep("b", 1.19), rep("c", 1), rep("d", 0.8), rep("e", 0.5)];
    expect(gradeReps(rows, { kind: "thresholds", bounds: [1.2, 1, 0.8] }).map((r) => r.grade)).toEqual([0, 1, 1, 2, 3]);
  });

  it("grades by rank share, equal attainments together, reps without attainment left out", () => {
    // 4 reps with an attainment, shares 20 / 30 / 50 %: cut at round(0.2 × 4) = 0.8 and 0.5 × 4 = 2 reps ranked above.
    // 120 %: 0 above → top; 90 % (twice): 1 above → middle; 50 %: 3 above → last.
    const rows = [rep("a", 0.9), rep("b", 1.2), rep("c", undefined), rep("d", 0.5), rep("e", 0.9)];
    const graded = gradeReps(rows, { kind: "rankShare", shares: [0.2, 0.3, 0.5] });
    expect(graded.map((r) => r.grade)).toEqual([1, 0, undefined, 2, 1]);
  });

  it("drops a stale grade when the attainment is gone", () => {
    expect(gradeReps([rep("a", undefined, { grade: 0 })])[0]).not.toHaveProperty("grade");
  });

  it("passes on the tiering kernels' messages for bad bounds and shares", () => {
    expect(inputError(() => gradeReps([rep("a", 1)], { kind: "thresholds", bounds: [0.8, 1] }))).toMatchObject({
      key: "bounds.notDecreasing",
    });
    expect(inputError(() => gradeReps([rep("a", 1)], { kind: "rankShare", shares: [0.5, 0.6] }))).toMatchObject({
      key: "shares.sum",
    });
  });
});
