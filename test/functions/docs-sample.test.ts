import { readFileSync } from "node:fs";
import path from "node:path";
import * as F from "../../src/functions/cell-functions";

// Keeps the README true: the sample sheet's spilled results are recomputed here and compared
// with the table in the document (the ABC, Pareto and computed columns were also checked by hand
// and against R there; this test only guards against the text and the code drifting apart).
const doc = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const rows = doc
  .split("\n")
  .filter((line) => /^\| \d+ \| (?!Customer)/.test(line))
  .map((line) =>
    line
      .split("|")
      .slice(2, -1)
      .map((c) => c.trim()),
  );
const col = (j: number) => rows.map((r) => r[j]);
const num = (j: number) => col(j).map(Number);
const column = (xs: unknown[]) => xs.map((x) => [x]);

describe("the sample workbook in the README", () => {
  const sales = column(num(1));
  const spilled = (out: unknown[][]) => out.map((r) => String(r[0]));

  it("lists the eleven sample customers", () => {
    expect(rows).toHaveLength(11);
  });

  it("shows what TIER.ABC, PARETO, COMPUTED, BREAKS, THRESHOLD and OF return", () => {
    expect(spilled(F.abc(sales))).toEqual(col(4));
    expect(spilled(F.pareto(sales))).toEqual(col(5));
    expect(spilled(F.computed(sales))).toEqual(col(6));
    expect(spilled(F.breaks(sales))).toEqual(col(7));
    expect(spilled(F.threshold(sales, [[20], [5]], [["Key"], ["Core"], ["Tail"]]))).toEqual(col(8));
    expect(num(1).map((v) => F.tierOf(v, sales))).toEqual(col(9));
  });

  it("shows what TIER.SCORE, RFM and SEGMENT return", () => {
    const factors = rows.map((r) => [Number(r[1]), Number(r[2]), Number(r[3])]);
    expect(F.score(factors, [[2, 1, 1]], [[1, 1, -1]]).map((r) => Math.round((r[0] as number) * 10) / 10)).toEqual(
      num(10),
    );
    const rfm = F.rfm(column(num(3)), column(num(2)), sales);
    expect(rfm).toEqual(rows.map((r) => [Number(r[11]), Number(r[12]), Number(r[13])]));
    expect(spilled(F.segment(column(num(11)), column(num(12)), column(num(13))))).toEqual(col(14));
  });
});

describe("the Commission sheet in the README", () => {
  // A2:A5, C2:C4 and D2:D4 as the README's sentence above the table gives them.
  const sales = column([250_000, 100_000, 99_999.99, -5_000]);
  const bounds = column([0, 100_000, 200_000]);
  const rates = column([0.05, 0.08, 0.12]);
  /** The formula and the spilled values of the table row for `cell`: "19,000; 5,000; …" before the "(". */
  function row(cell: string): { formula: string; spills: number[] } {
    const line = doc.split("\n").find((l) => l.startsWith(`| ${cell} | \`=TIER.COMMISSION(`));
    if (!line) throw new Error(`README: no TIER.COMMISSION row for ${cell}`);
    const [, , formula, spills] = line.split("|").map((c) => c.trim());
    return {
      formula,
      spills: spills
        .split(" (")[0]
        .split("; ")
        .map((x) => Number(x.replace(/,/g, ""))),
    };
  }

  it.each(["B2", "E2"])("shows what %s's TIER.COMMISSION returns", (cell) => {
    const { formula, spills } = row(cell);
    const mode = /"whole"/.test(formula) ? "whole" : undefined;
    const out = F.commission(sales, bounds, rates, mode).map((r) => r[0] as number);
    expect(out).toHaveLength(spills.length);
    out.forEach((x, i) => expect(x).toBeCloseTo(spills[i], 9));
  });
});
