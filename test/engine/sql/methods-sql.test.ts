import type { Grid } from "../../../src/engine/cells/cell-value";
import { mulberry32 } from "../../../src/engine/sample";
import type { Scheme } from "../../../src/engine/scheme";
import { bothTiers } from "./duckdb-harness";

/**
 * Every method with a SQL form, grouped and not, on one table with ties, blanks, text in number columns and
 * negatives: the SQL run on DuckDB gives every customer the tier the engine's tierTable gives.
 */
const HEADERS = ["Customer", "Region", "Sales", "Orders", "Days", "Type", "Score", "First", "Last", "Recent"];

/** 120 customers from a fixed seed: values drawn from a few levels (ties), some blank, text or negative. */
function grid(seed: number): Grid {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const rows: Grid = [HEADERS];
  for (let i = 0; i < 120; i++) {
    const u = rnd();
    const sales =
      u < 0.05
        ? null
        : u < 0.08
          ? "n/a"
          : u < 0.12
            ? -pick([5, 10])
            : u < 0.16
              ? "1,250"
              : pick([10, 20, 20, 35, 50, 80, 120, 500, 1000]);
    const orders = pick([1, 1, 2, 3, 5, 8, 13]);
    // As of 2024-06-30 (serial 45473): first orders on and beside the 60-day new window (45413), last orders
    // on and beside the 120- and 250-day windows (45353, 45223), one after the as-of date, some as date text.
    const first = pick([45412, 45413, 45414, 45000, 45100, 45200, 45480]);
    const lastSerial = pick([45352, 45353, 45354, 45222, 45223, 45224, 45470, 45100]);
    const last = rnd() < 0.1 ? "2024-05-01" : rnd() < 0.05 ? "2024-02-30" : lastSerial;
    rows.push([
      `C${i + 1}`,
      pick(["North", "South", " North ", "East"]),
      sales,
      rnd() < 0.03 ? "x" : orders,
      pick([3, 10, 10, 40, 90, 200, 400]),
      pick(["Key account", " key ACCOUNT", "Retail", "Partner", null]),
      pick([1, 2, 3, 3, 4, 5, "4.5"]),
      first,
      rnd() < 0.05 ? null : last,
      Math.min(orders, pick([0, 1, 2, 3, 4])),
    ]);
  }
  return rows;
}

const base = (method: Scheme["method"], over: Partial<Scheme> = {}): Scheme => ({
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 2, frequency: 3, recency: 4 }, asOf: "2024-06-30" },
  method,
  tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
  ...over,
});

const CASES: [string, Scheme][] = [
  ["rank-share", base({ kind: "rank-share" })],
  [
    "rank-share 4 tiers 10/20/30/40",
    base({ kind: "rank-share" }, { tiers: { labels: ["A", "B", "C", "D"], shares: [10, 20, 30, 40] } }),
  ],
  ["value-share 80/15/5", base({ kind: "value-share" }, { tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] } })],
  ["thresholds 500/50", base({ kind: "thresholds", bounds: [500, 50] })],
  [
    "score, rank-share",
    base({
      kind: "score",
      factors: [
        { column: 2, weight: 3, direction: "higher" },
        { column: 4, weight: 1, direction: "lower" },
        { column: 6, weight: 2, direction: "higher" },
      ],
      then: "rank-share",
    }),
  ],
  [
    "score, thresholds",
    base({
      kind: "score",
      factors: [
        { column: 3, weight: 0.7, direction: "higher" },
        { column: 6, weight: 0.3, direction: "lower" },
      ],
      then: "thresholds",
      bounds: [66.5, 40],
    }),
  ],
  ["rfm segments", base({ kind: "rfm", tierBy: "segment" }, { tiers: { labels: ["A", "B"], shares: [] } })],
  [
    "rfm eight classes",
    base({ kind: "rfm", tierBy: "segment", model: "rfm8" }, { tiers: { labels: ["A", "B"], shares: [] } }),
  ],
  ["rfm score", base({ kind: "rfm", tierBy: "score" })],
  [
    "rules",
    base({
      kind: "rules",
      rules: [
        {
          when: [
            { column: 5, op: "equals", value: "KEY ACCOUNT" },
            { column: 6, op: "at-most", max: 2 },
          ],
          tier: 2,
        },
        {
          when: [
            { column: 5, op: "one-of", values: ["retail", "Partner "] },
            { column: 2, op: "between", min: 20, max: 500 },
          ],
          tier: 0,
        },
        { when: [{ column: 1, op: "contains", value: "ort" }], tier: 1 },
      ],
      defaultTier: 2,
    }),
  ],
  [
    "lifecycle",
    base(
      { kind: "lifecycle", first: 7, last: 8, windows: { new: 60, atRisk: 120, lost: 250 } },
      { tiers: { labels: ["A", "B"], shares: [] } },
    ),
  ],
  ["behaviour", base({ kind: "behaviour", recent: 9, frequentFrom: 2 }, { tiers: { labels: ["A", "B"], shares: [] } })],
];

describe("schemeToSql on DuckDB gives the engine's tier to every customer", () => {
  for (const [name, scheme] of CASES) {
    for (const grouped of [false, true]) {
      it(`${name}${grouped ? ", within regions" : ""}`, async () => {
        const s: Scheme = grouped ? { ...scheme, groupBy: 1 } : scheme;
        for (const seed of [1, 2]) {
          const [engine, sql] = await bothTiers(grid(seed), s);
          expect(sql).toEqual(engine);
          // Not a vacuous match: more than one tier is given, and some customers have none where a value is missing.
          expect(new Set(sql.values()).size).toBeGreaterThan(1);
        }
      });
    }
  }
});
