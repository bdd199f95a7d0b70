import { sampleCustomers } from "../../../src/engine/sample";
import type { Scheme } from "../../../src/engine/scheme";
import { bothTiers } from "./duckdb-harness";

/** The sample workbook's 500 customers (with its three bad Sales cells): same tier per customer as the engine. */
const grid = sampleCustomers(500, 2024, "en");
// Customer, Region, Sales rep, Customer type, Sales, Orders, Last order date, Days since last order
const source: Scheme["source"] = { kind: "customers", columns: { customer: 0, value: 4, frequency: 5, recency: 7 } };
const abc = { labels: ["A", "B", "C"], shares: [20, 30, 50] };

const CASES: [string, Scheme][] = [
  ["rank-share", { version: 1, source, method: { kind: "rank-share" }, tiers: abc }],
  [
    "value-share",
    { version: 1, source, method: { kind: "value-share" }, tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] } },
  ],
  ["rank-share per sales rep", { version: 1, source, method: { kind: "rank-share" }, tiers: abc, groupBy: 2 }],
  ["RFM segments", { version: 1, source, method: { kind: "rfm", tierBy: "segment" }, tiers: abc }],
  [
    "RFM eight classes per region",
    { version: 1, source, method: { kind: "rfm", tierBy: "segment", model: "rfm8" }, tiers: abc, groupBy: 1 },
  ],
];

describe("schemeToSql on the sample workbook's data (DuckDB)", () => {
  for (const [name, scheme] of CASES) {
    it(name, async () => {
      const [engine, sql] = await bothTiers(grid, scheme);
      expect(sql.size).toBe(500);
      expect(sql).toEqual(engine);
      // The three bad Sales cells ("n/a", a blank, #N/A) get no tier.
      expect([...sql.values()].filter((t) => t === null)).toHaveLength(3);
    });
  }
});
