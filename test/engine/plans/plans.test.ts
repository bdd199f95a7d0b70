import { InputError } from "../../../src/engine/errors";
import {
  decodeSnapshot,
  encodeSnapshot,
  movementLines,
  movementPlan,
  summarySheetPlan,
  tierColumnsPlan,
  tierMovement,
} from "../../../src/engine/plans";
import { dateToDaySerial } from "../../../src/engine/cells";

describe("output plans", () => {
  it("puts Tier, Score, Rank and Why beside the data, with one fill per tier label", () => {
    const plan = tierColumnsPlan({
      sheet: "S",
      headerRow: 0,
      firstDataRow: 1,
      firstFreeColumn: 4,
      labels: ["A", "B"],
      lang: "zh-CN",
      rows: [
        { tier: "A", score: 91.5, rank: 1, why: "top" },
        { tier: null, rank: null, why: "no value" },
      ],
    });
    const c = plan.columns[0];
    expect(c.headers).toEqual(["层级", "得分", "排名", "说明"]);
    expect(c.rows).toEqual([
      ["A", 91.5, 1, "top"],
      [null, null, null, "no value"],
    ]);
    expect(c.conditionalFills?.rules).toEqual([
      { equals: "A", fill: "#C6EFCE" },
      { equals: "B", fill: "#FFEB9C" },
    ]);
  });

  it("refuses a tier that is not one of the labels, naming the row", () => {
    expect(() =>
      tierColumnsPlan({
        sheet: "S",
        headerRow: 0,
        firstDataRow: 1,
        firstFreeColumn: 2,
        labels: ["A", "B"],
        lang: "en-US",
        rows: [{ tier: "Z", rank: 1, why: "" }],
      }),
    ).toThrow(
      new InputError("plans.unknownTier", { row: 1, tier: "Z" }, 'Data row 1: tier "Z" is not one of the labels A, B.'),
    );
  });

  it("adds up the cumulative value share in the summary (0.8, 0.15, 0.05 → 0.8, 0.95, 1)", () => {
    const plan = summarySheetPlan({
      lang: "en-US",
      tiers: [
        { label: "A", customers: 2, customerShare: 0.2, value: 800, valueShare: 0.8 },
        { label: "B", customers: 3, customerShare: 0.3, value: 150, valueShare: 0.15 },
        { label: "C", customers: 5, customerShare: 0.5, value: 50, valueShare: 0.05 },
      ],
    });
    const values = plan.sheets[0].blocks[0].values;
    expect(values.slice(1, 4).map((r) => Number((r[3] as number).toFixed(9)))).toEqual([0.8, 0.95, 1]);
    expect(values[4]).toEqual(["Total", 1000, 1, null, 10, 1]);
    expect(plan.sheets[0].charts[0].kind).toBe("pareto");
  });

  it("refuses a share above 1 in the summary with the tier named", () => {
    expect(() =>
      summarySheetPlan({
        lang: "en-US",
        tiers: [{ label: "A", customers: 1, customerShare: 1.5, value: 1, valueShare: 1 }],
      }),
    ).toThrow('Tier 1 ("A") customer share: expected a share between 0 and 1, found 1.5.');
  });

  it("counts tier movement customer by customer: 2 customers A → B", () => {
    const prev = { takenAt: "2024-01-01", tiers: { a: "A", b: "A", c: "B", d: "C" } };
    const cur = { takenAt: "2024-02-01", tiers: { a: "B", b: "B", c: "B", e: "A" } };
    const m = tierMovement(prev, cur);
    expect(m).toEqual({ moves: [{ from: "A", to: "B", customers: 2 }], unchanged: 1, added: 1, removed: 1 });
    expect(movementLines(m, "en-US")).toEqual(["2 customers A → B"]);
    expect(movementLines(m, "zh-CN")).toEqual(["2 位客户 A → B"]);
    expect(movementPlan(prev, cur, "en-US").settings).toEqual([{ key: "lastRun", value: encodeSnapshot(cur) }]);
    expect(decodeSnapshot(movementPlan(prev, cur, "en-US").settings[0].value)).toEqual(cur);
  });

  it("converts dates to Excel serials (1970-01-01 is 25569, as =DATE(1970,1,1) in Excel)", () => {
    expect(dateToDaySerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    // A time of day is dropped: 18:00 UTC on 1970-01-01 is still day 25569.
    expect(dateToDaySerial(new Date(Date.UTC(1970, 0, 1, 18)))).toBe(25569);
  });
});
