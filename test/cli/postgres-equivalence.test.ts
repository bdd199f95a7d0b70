/**
 * The scheme as SQL on PostgreSQL 15 (Debian's server, started by test/support/postgres.ts; missing binaries fail
 * the test): for every method, grouped and not, on tables with ties, blanks, text and negatives, the statement in
 * the postgres dialect gives every customer the same tier as the engine's tierTable on the same cells. The expected
 * tiers are the engine's (the contract); the README's hand-worked sample is checked the same way in
 * sql-command.test.ts on DuckDB.
 */
import fc from "fast-check";
import type { Client } from "pg";
import type { Scheme } from "../../src/engine/scheme";
import { sampleCustomers } from "../../src/engine/sample";
import { schemeToSql } from "../../src/engine/sql";
import { startPostgres, type PgServer } from "../support/postgres";
import { asTyped, engineTiers, loadPostgres, postgresTiers, type TestTable, type Tiers } from "./sql-tables";

let pg: PgServer;
let client: Client;

beforeAll(async () => {
  pg = await startPostgres();
  client = await pg.connect();
}, 120_000);

afterAll(async () => {
  await pg?.stop();
});

const HEADERS = ["Customer", "Region", "Sales", "Orders", "Days", "Type", "Satisfaction", "First", "Last", "Recent"];

/**
 * Twelve customers: sales tied (7 three times, 0 twice), blank, text ("n/a"), negative, with thousands separators
 * ("1,234" where the column is text); dates as serials and one as yyyy-mm-dd text; a never-purchased customer.
 */
const ROWS = [
  ["Acme", "East", 7, 3, 10, "Key account", 2, 45200, 45650, 2],
  ["Birch", "East", 7, 1, 40, "Key account", 4, 45610, 45640, 1],
  ["Cobalt", "East", -3, 1, 400, "Small", 5, 44800, 45100, 0],
  ["Delta", "East", null, 0, null, "Small", 1, null, null, 0],
  ["Ember", "East", 12, 5, 3, "Key account", 1, 45000, 45655, 4],
  ["Fjord", "West", 7, 2, 200, "Small", 3, 45000, 45458, 0],
  ["Garnet", "West", 0, 2, 95, "Key account", 2, 44900, 45560, 1],
  ["Harbor", "West", 0, 6, 20, "Small", 2, 44000, "2024-12-12", 3],
  ["Iris", "West", 40, 9, 5, "Small", 5, 44500, 45653, 5],
  ["Juniper", "West", -1, 1, 370, "Key account", 2, 44700, 45288, 0],
  ["Kestrel", "North", 2.5, 4, 60, "Small", 4, 45300, 45598, 1],
  ["Lark", "North", "n/a", 2, 30, "Small", 3, 45100, 45628, 2],
];

/** The cells in SQL-typed columns (a text cell in a number column is NULL there, for the engine too) … */
const TYPED: TestTable = asTyped({
  headers: HEADERS,
  types: ["text", "text", "number", "number", "number", "text", "number", "number", "number", "number"],
  rows: ROWS,
});
/** … and as they were, every column text (so "n/a", "1,234" and "2024-12-12" reach the SQL as the engine sees them). */
const AS_TEXT: TestTable = {
  headers: HEADERS,
  types: HEADERS.map(() => "text"),
  rows: ROWS.map((r) => (r[0] === "Birch" ? [...r.slice(0, 2), "1,234", ...r.slice(3)] : r)),
};

const base = (method: Scheme["method"], labels: string[], shares: number[] = []): Scheme => ({
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 2, frequency: 3, recency: 4 }, asOf: "2025-01-01" },
  method,
  tiers: { labels, shares },
});
const ABC = ["A", "B", "C"];

const SCHEMES: [string, Scheme][] = [
  ["rank-share 20/30/50", base({ kind: "rank-share" }, ABC, [20, 30, 50])],
  ["value-share 80/15/5", base({ kind: "value-share" }, ABC, [80, 15, 5])],
  ["value-share 50/30/20", base({ kind: "value-share" }, ABC, [50, 30, 20])],
  ["thresholds 10, 0", base({ kind: "thresholds", bounds: [10, 0] }, ["Key", "Core", "Tail"])],
  [
    "score (sales ×2 higher, days lower), ranked",
    base(
      {
        kind: "score",
        factors: [
          { column: 2, weight: 2, direction: "higher" },
          { column: 4, weight: 1, direction: "lower" },
        ],
        then: "rank-share",
      },
      ABC,
      [20, 30, 50],
    ),
  ],
  [
    "score, thresholds 60, 30",
    base(
      {
        kind: "score",
        factors: [
          { column: 3, weight: 1, direction: "higher" },
          { column: 6, weight: 1, direction: "higher" },
        ],
        then: "thresholds",
        bounds: [60, 30],
      },
      ABC,
    ),
  ],
  ["RFM score 20/30/50", base({ kind: "rfm", tierBy: "score" }, ABC, [20, 30, 50])],
  ["RFM ten segments", base({ kind: "rfm", tierBy: "segment" }, ABC)],
  ["RFM eight classes", base({ kind: "rfm", tierBy: "segment", model: "rfm8" }, ABC)],
  [
    "rules (key account AND satisfaction ≤ 2 → Rescue; sales 0–10 → Small)",
    base(
      {
        kind: "rules",
        rules: [
          {
            when: [
              { column: 5, op: "equals", value: "key account" },
              { column: 6, op: "at-most", max: 2 },
            ],
            tier: 0,
          },
          { when: [{ column: 2, op: "between", min: 0, max: 10 }], tier: 1 },
        ],
        defaultTier: 2,
      },
      ["Rescue", "Small", "Other"],
    ),
  ],
  [
    "lifecycle (first, last order dates at 2025-01-01)",
    base({ kind: "lifecycle", first: 7, last: 8 }, ["Never purchased", "New", "Active", "At risk", "Lost"]),
  ],
  [
    "behaviour (orders in the last 90 days, frequent from 2)",
    base({ kind: "behaviour", recent: 9, frequentFrom: 2 }, ["Frequent", "Occasional", "Never purchased"]),
  ],
];

async function onPostgres(t: TestTable, scheme: Scheme): Promise<Tiers> {
  await loadPostgres(client, "customers", t);
  const sql = schemeToSql(scheme, { dialect: "postgres", source: { table: "customers", columns: t.headers } });
  return postgresTiers(client, sql, t.headers[scheme.source.columns.customer ?? 0]);
}

describe.each([
  ["SQL-typed columns", TYPED],
  ["text columns", AS_TEXT],
])("PostgreSQL, %s: the same tier per customer as the engine", (_name, table) => {
  it.each(SCHEMES)("%s", async (_method, scheme) => {
    expect(await onPostgres(table, scheme)).toEqual(engineTiers(table, scheme));
  });

  it.each(SCHEMES.filter(([, s]) => s.method.kind !== "rules"))("%s, within regions", async (_method, scheme) => {
    const grouped = { ...scheme, groupBy: 1 };
    expect(await onPostgres(table, grouped)).toEqual(engineTiers(table, grouped));
  });
});

/** Order lines (customer, date, amount), summed per customer first: spellings differ in case and spaces. */
const ORDERS: TestTable = {
  headers: ["Customer", "Date", "Amount", "Region"],
  types: ["text", "number", "number", "text"],
  rows: [
    ["Acme", 45650, 100, "East"],
    ["acme ", 45600, 50, "East"],
    ["Birch", 45200, 150, "East"],
    ["Cobalt", 45640, -20, "West"],
    ["Cobalt", 45641, 30, "West"],
    ["Delta", 45000, 150, "West"],
    ["Ember", 45655, null, "West"],
    ["Ember", 45656, 5, "West"],
    ["Fjord", 44000, 900, "East"],
  ],
};

const orders = (method: Scheme["method"], labels: string[], shares: number[] = []): Scheme => ({
  version: 1,
  source: { kind: "orders", columns: { customer: 0, date: 1, value: 2 }, asOf: "2025-01-01" },
  method,
  tiers: { labels, shares },
});

describe("PostgreSQL, an order list summed per customer: the same tier as the engine", () => {
  it.each<[string, Scheme]>([
    ["rank-share", orders({ kind: "rank-share" }, ABC, [20, 30, 50])],
    ["value-share", orders({ kind: "value-share" }, ABC, [80, 15, 5])],
    ["RFM score", orders({ kind: "rfm", tierBy: "score" }, ABC, [20, 30, 50])],
    ["lifecycle", orders({ kind: "lifecycle" }, ["Never purchased", "New", "Active", "At risk", "Lost"])],
    ["behaviour", orders({ kind: "behaviour" }, ["Frequent", "Occasional", "Never purchased"])],
  ])("%s", async (_name, scheme) => {
    const sql = schemeToSql(scheme, { dialect: "postgres", source: { table: "orders", columns: ORDERS.headers } });
    await loadPostgres(client, "orders", ORDERS);
    const sqlTiers = await postgresTiers(client, sql, "Customer");
    const engine = engineTiers(ORDERS, scheme);
    // The engine shows a customer as first written, SQL as the smallest spelling (sql-source.ts): compare folded.
    const fold = (m: Tiers) => new Map([...m].map(([k, v]) => [k.trim().toLowerCase(), v]));
    expect(fold(sqlTiers)).toEqual(fold(engine));
  });
});

/** Property: random small tables (values from a few levels, so ties are common; blanks and negatives in). */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(-5, -1, 0, 1, 2, 2, 3, 5, 8, 13, 100, 0.5) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const tableArb = fc
  .array(fc.tuple(cell, fc.constantFrom("East", "West", "North"), fc.integer({ min: 1, max: 9 }), cell), {
    minLength: 1,
    maxLength: 25,
  })
  .map((rows): TestTable => ({
    headers: ["Customer", "Region", "Orders", "Sales", "Days"],
    types: ["text", "text", "number", "number", "number"],
    rows: rows.map(([v, g, f, d], i) => [`c${i}`, g, f, v, d === null ? null : Math.abs(d)]),
  }));
const propertyScheme = fc.record({
  method: fc.constantFrom<Scheme["method"]>(
    { kind: "rank-share" },
    { kind: "value-share" },
    { kind: "thresholds", bounds: [5, 0] },
    { kind: "rfm", tierBy: "score" },
  ),
  shares: fc.constantFrom<number[]>([20, 30, 50], [80, 15, 5], [34, 33, 33]),
  grouped: fc.boolean(),
});

describe("PostgreSQL, property: random tables with ties, blanks and negatives", () => {
  it("gives every customer the engine's tier (rank-share, value-share, thresholds, RFM score; grouped or not)", async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, propertyScheme, async (table, p) => {
        const scheme: Scheme = {
          version: 1,
          source: { kind: "customers", columns: { customer: 0, value: 3, frequency: 2, recency: 4 } },
          method: p.method,
          tiers: { labels: ABC, shares: p.method.kind === "thresholds" ? [] : p.shares },
          ...(p.grouped ? { groupBy: 1 } : {}),
        };
        expect(await onPostgres(table, scheme)).toEqual(engineTiers(table, scheme));
      }),
      { numRuns: 60, seed: 15 },
    );
  }, 120_000);
});

describe("PostgreSQL, the sample workbook's 500 customers (its three bad Sales cells included)", () => {
  // Customer, Region, Sales rep, Customer type, Sales, Orders, Last order date, Days since last order; the #N/A
  // error cell reaches the database as its text, which is no number for the engine either.
  const grid = sampleCustomers(500, 2024, "en");
  const sample: TestTable = {
    headers: grid[0].map(String),
    types: grid[0].map(() => "text"),
    rows: grid.slice(1).map((r) => r.map((v) => (v !== null && typeof v === "object" ? "#N/A" : v))),
  };
  const source: Scheme["source"] = { kind: "customers", columns: { customer: 0, value: 4, frequency: 5, recency: 7 } };
  const tiers = { labels: ABC, shares: [20, 30, 50] };
  it.each<[string, Scheme]>([
    ["rank-share", { version: 1, source, method: { kind: "rank-share" }, tiers }],
    [
      "value-share 80/15/5",
      { version: 1, source, method: { kind: "value-share" }, tiers: { ...tiers, shares: [80, 15, 5] } },
    ],
    ["rank-share per sales rep", { version: 1, source, method: { kind: "rank-share" }, tiers, groupBy: 2 }],
    [
      "RFM eight classes per region",
      { version: 1, source, method: { kind: "rfm", tierBy: "segment", model: "rfm8" }, tiers, groupBy: 1 },
    ],
  ])("%s: the engine's tier for every customer", async (_, scheme) => {
    const got = await onPostgres(sample, scheme);
    expect(got.size).toBe(500);
    expect(got).toEqual(engineTiers(sample, scheme));
    expect([...got.values()].filter((t) => t === null)).toHaveLength(3);
  });
});
