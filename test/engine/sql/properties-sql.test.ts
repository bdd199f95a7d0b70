import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/engine/cells/cell-value";
import type { Scheme } from "../../../src/engine/scheme";
import { bothTiers } from "./duckdb-harness";

/**
 * Property: on any generated customer table (values from a small pool so ties are common, with blanks, text,
 * negatives and numbers written as text), the SQL on DuckDB gives every customer the engine's tier.
 * 30 runs per method keep the suite fast.
 */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, 1, 2, 2, 5, 10, 10, 33.3, 100, 1000, -7) },
  { weight: 3, arbitrary: fc.double({ min: -50, max: 5000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "n/a", " 12 ", "1,000", "") },
);

const table = fc
  .array(
    fc.tuple(cell, fc.constantFrom("N", "S", "E"), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 9 })),
    {
      minLength: 1,
      maxLength: 60,
    },
  )
  .map((rows): Grid => [
    ["Customer", "Sales", "Region", "Days", "Orders"],
    ...rows.map(([v, g, d, o], i) => [`c${i}`, v, g, d, o]),
  ]);

const scheme = (method: Scheme["method"], tiers: Scheme["tiers"], groupBy?: number): Scheme => ({
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 1, recency: 3, frequency: 4 } },
  method,
  tiers,
  ...(groupBy !== undefined ? { groupBy } : {}),
});

/** Shares as percents summing to 100, 2 to 5 tiers. */
const shares = fc
  .array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 5 })
  .map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    const out = w.map((x) => Math.floor((x * 100) / total));
    out[out.length - 1] += 100 - out.reduce((a, b) => a + b, 0);
    return out;
  })
  .filter((s) => s.every((x) => x > 0));

const labelsFor = (k: number) => Array.from({ length: k }, (_, i) => String.fromCharCode(65 + i));
const grouped = fc.constantFrom(undefined, 2);

async function same(grid: Grid, s: Scheme): Promise<void> {
  const [engine, sql] = await bothTiers(grid, s);
  expect(sql).toEqual(engine);
}

describe("schemeToSql on DuckDB matches tierTable on generated tables", () => {
  it("rank-share", async () => {
    await fc.assert(
      fc.asyncProperty(table, shares, grouped, (grid, sh, g) =>
        same(grid, scheme({ kind: "rank-share" }, { labels: labelsFor(sh.length), shares: sh }, g)),
      ),
      { numRuns: 30 },
    );
  });

  it("value-share", async () => {
    await fc.assert(
      fc.asyncProperty(table, shares, grouped, (grid, sh, g) =>
        same(grid, scheme({ kind: "value-share" }, { labels: labelsFor(sh.length), shares: sh }, g)),
      ),
      { numRuns: 30 },
    );
  });

  it("thresholds", async () => {
    const bounds = fc
      .uniqueArray(fc.constantFrom(-7, 0, 2, 10, 33.3, 100, 999.5, 1000), { minLength: 1, maxLength: 4 })
      .map((b) => [...b].sort((x, y) => y - x));
    await fc.assert(
      fc.asyncProperty(table, bounds, grouped, (grid, b, g) =>
        same(grid, scheme({ kind: "thresholds", bounds: b }, { labels: labelsFor(b.length + 1), shares: [] }, g)),
      ),
      { numRuns: 30 },
    );
  });

  it("RFM (segments, eight classes, score)", async () => {
    const method = fc.constantFrom<Scheme["method"]>(
      { kind: "rfm", tierBy: "segment" },
      { kind: "rfm", tierBy: "segment", model: "rfm8" },
      { kind: "rfm", tierBy: "score" },
    );
    await fc.assert(
      fc.asyncProperty(table, method, grouped, (grid, m, g) =>
        same(grid, scheme(m, { labels: ["A", "B", "C"], shares: [20, 30, 50] }, g)),
      ),
      { numRuns: 30 },
    );
  });
});
