import type { Grid } from "../../../src/engine/cells/cell-value";
import type { Scheme } from "../../../src/engine/scheme";
import { bothTiers } from "./duckdb-harness";

const scheme: Scheme = {
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 1 } },
  method: { kind: "value-share" },
  tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] },
};

const gridOf = (values: unknown[]): Grid => [
  ["Customer", "Sales"],
  ...values.map((v, i) => [`c${i + 1}`, v] as Grid[number]),
];

/** Tiers of c1…cn in that order (SQL rows come in no order). */
const inOrder = (m: Map<string, string | null>, n: number) => Array.from({ length: n }, (_, i) => m.get(`c${i + 1}`));

describe("schemeToSql value-share on DuckDB", () => {
  it("gives DESIGN.md's example: [1,15,25,17,2,3,5,6,2,3,22] → A {25,22,17,15,6}, B {5,3,3}, C {2,2,1}", async () => {
    const values = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    const [engine, sql] = await bothTiers(gridOf(values), scheme);
    const byValue = (tier: string) => values.filter((_, i) => sql.get(`c${i + 1}`) === tier).sort((a, b) => b - a);
    expect([byValue("A"), byValue("B"), byValue("C")]).toEqual([
      [25, 22, 17, 15, 6],
      [5, 3, 3],
      [2, 2, 1],
    ]);
    expect(sql).toEqual(engine);
  });

  it("puts a customer whose share above is exactly 80 % in B, not A; values ≤ 0 in the last tier (hand calc)", async () => {
    // Total positive 100: 80 has S = 0 → A; 15 has S = 0.8, not < 0.8 → B; 5 has S = 0.95 → C; 0 and −3 → C.
    const [engine, sql] = await bothTiers(gridOf([80, 15, 5, 0, -3]), scheme);
    expect(inOrder(sql, 5)).toEqual(["A", "B", "C", "C", "C"]);
    expect(sql).toEqual(engine);
  });

  it("puts every customer of a table with no positive value in the last tier", async () => {
    const [engine, sql] = await bothTiers(gridOf([0, -1, -1, "x"]), scheme);
    expect(inOrder(sql, 4)).toEqual(["C", "C", "C", null]);
    expect(sql).toEqual(engine);
  });
});
