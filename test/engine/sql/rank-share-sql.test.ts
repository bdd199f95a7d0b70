import type { Grid } from "../../../src/engine/cells/cell-value";
import type { Scheme } from "../../../src/engine/scheme";
import { bothTiers, sqlRows } from "./duckdb-harness";

const scheme = (over: Partial<Scheme> = {}): Scheme => ({
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 1 } },
  method: { kind: "rank-share" },
  tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
  ...over,
});

describe("schemeToSql rank-share on DuckDB", () => {
  it("cuts 10 customers 2/3/5 with ties sharing a tier, text numbers read and blanks untiered (hand count)", async () => {
    // Values 100, 90, 90, 80, …: p = customers strictly above; A: p < 2, B: p < 5, C: the rest.
    // "1,000" reads as 1000 (thousands separator), " 90 " as 90; "n/a" and a blank get no tier.
    const grid: Grid = [
      ["Customer", "Sales"],
      ["c1", "1,000"],
      ["c2", 100],
      ["c3", " 90 "],
      ["c4", 90],
      ["c5", 80],
      ["c6", 70],
      ["c7", 60],
      ["c8", -5],
      ["c9", "n/a"],
      ["c10", null],
      ["c11", 50],
    ];
    const [engine, sql] = await bothTiers(grid, scheme());
    // n = 9 numbers: limits 0.2 × 9 = 1.8 and 0.5 × 9 = 4.5. p: c1 0, c2 1, c3/c4 2, c5 4, c6 5 …
    expect(Object.fromEntries(sql)).toEqual({
      c1: "A",
      c2: "A",
      c3: "B",
      c4: "B",
      c5: "B",
      c6: "C",
      c7: "C",
      c8: "C",
      c9: null,
      c10: null,
      c11: "C",
    });
    expect(sql).toEqual(engine);
  });

  it("gives rank, share above and cumulative value share as the engine explains them", async () => {
    const grid: Grid = [
      ["Customer", "Sales"],
      ["a", 50],
      ["b", 30],
      ["c", 30],
      ["d", -10],
      ["e", 20],
    ];
    const rows = await sqlRows(grid, scheme());
    const by = Object.fromEntries(rows.map((r) => [r.Customer, r]));
    // Positive total 130: a 50/130, b and c (tied) 110/130, e 1, d (negative) 1. Ranks 1, 2, 2, 5, 4.
    expect(by.a).toMatchObject({ rank: 1, share_above: 0, cum_value_share: 50 / 130 });
    expect(by.b).toMatchObject({ rank: 2, share_above: 0.2, cum_value_share: 110 / 130 });
    expect(by.c).toMatchObject({ rank: 2, share_above: 0.2 });
    expect(by.e).toMatchObject({ rank: 4, share_above: 0.6, cum_value_share: 1 });
    expect(by.d).toMatchObject({ rank: 5, share_above: 0.8, cum_value_share: 1 });
  });
});

describe("schemeToSql quotes names", () => {
  it("runs on columns named in Chinese and with a double quote, and labels with a single quote", async () => {
    const grid: Grid = [
      ["客户", "区域", 'Sales "net"'],
      ["甲", "华东", 300],
      ["乙", "华东", 100],
      ["丙", "华北", 200],
      ["丁", "华北", 50],
    ];
    const s: Scheme = {
      version: 1,
      source: { kind: "customers", columns: { customer: 0, value: 2 } },
      method: { kind: "rank-share" },
      tiers: { labels: ["Top 'A'", "其余"], shares: [50, 50] },
      groupBy: 1,
    };
    const [engine, sql] = await bothTiers(grid, s);
    // Within each region of two, the larger is p = 0 < 0.5 × 2 → the first tier.
    expect(Object.fromEntries(sql)).toEqual({ 甲: "Top 'A'", 乙: "其余", 丙: "Top 'A'", 丁: "其余" });
    expect(sql).toEqual(engine);
  });
});
