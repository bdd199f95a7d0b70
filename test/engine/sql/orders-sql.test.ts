import type { Grid } from "../../../src/engine/cells/cell-value";
import { mulberry32 } from "../../../src/engine/sample";
import type { Scheme } from "../../../src/engine/scheme";
import { bothTiers, sqlRows } from "./duckdb-harness";

/** Order lines from a fixed seed: 40 customers written in two spellings, lines left out for a blank customer, an amount that is not a number or a date that is not one. */
function orders(seed: number): Grid {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const rows: Grid = [["Customer", "Order date", "Amount", "Region"]];
  for (let i = 0; i < 400; i++) {
    const c = Math.floor(rnd() * 40);
    const name = rnd() < 0.2 ? ` CUST ${c} ` : `Cust ${c}`;
    const u = rnd();
    const date =
      u < 0.03
        ? "soon"
        : u < 0.15
          ? "2024-05-17"
          : u < 0.3
            ? pick([45473, 45413, 45412])
            : 45100 + Math.floor(rnd() * 380);
    const amount = u > 0.97 ? "n/a" : u > 0.9 ? "1,200.50" : pick([50, 100, 100, 250, 900, -40]);
    rows.push([rnd() < 0.02 ? null : name, date, amount, rnd() < 0.1 ? null : ["North", "South", "East"][c % 3]]);
  }
  return rows;
}

const scheme = (method: Scheme["method"], labels = ["A", "B", "C"], shares = [20, 30, 50]): Scheme => ({
  version: 1,
  source: { kind: "orders", columns: { customer: 0, date: 1, value: 2 }, asOf: "2024-06-30" },
  method,
  tiers: { labels, shares },
});

const CASES: [string, Scheme][] = [
  ["rank-share", scheme({ kind: "rank-share" })],
  ["value-share", scheme({ kind: "value-share" }, ["A", "B", "C"], [80, 15, 5])],
  ["rfm segments", scheme({ kind: "rfm", tierBy: "segment" }, ["A", "B"], [])],
  ["rfm score", scheme({ kind: "rfm", tierBy: "score" })],
  ["lifecycle", scheme({ kind: "lifecycle", windows: { new: 90, atRisk: 120, lost: 300 } }, ["A", "B"], [])],
  ["behaviour", scheme({ kind: "behaviour", days: 60, frequentFrom: 2 }, ["A", "B"], [])],
];

describe("schemeToSql on an order list (DuckDB) sums the lines per customer as the engine does", () => {
  for (const [name, s] of CASES) {
    for (const grouped of [false, true]) {
      it(`${name}${grouped ? ", within regions" : ""}`, async () => {
        const [engine, sql] = await bothTiers(orders(7), grouped ? { ...s, groupBy: 3 } : s);
        expect(sql).toEqual(engine);
        expect(new Set(sql.values()).size).toBeGreaterThan(1);
      });
    }
  }

  it("gives a customer's total, matched trimmed and without case, lines with bad cells left out (hand sum)", async () => {
    const grid: Grid = [
      ["Customer", "Order date", "Amount"],
      ["Acme", 45400, 100],
      [" ACME ", "2024-06-01", "1,000"],
      ["acme", "not a date", 5000],
      ["Acme", 45410, "n/a"],
      [null, 45410, 7],
      ["Beta", 45000, 300],
    ];
    const rows = await sqlRows(grid, scheme({ kind: "thresholds", bounds: [1000, 200] }));
    // Acme: 100 + 1000 = 1100 ≥ 1000 → A; Beta 300 ≥ 200 → B; no row for the blank customer.
    expect(rows.map((r) => [String(r.Customer).toLowerCase(), r.tier]).sort()).toEqual([
      ["acme", "A"],
      ["beta", "B"],
    ]);
  });
});
