/**
 * The scheme Copy as SQL passes to the generator: every role the pane left to the sheet's guess named by the index
 * of the column that has it, since the SQL has no sheet to guess from (src/engine/sql/sql-columns.ts).
 */
import type { Grid } from "../../../src/engine/cells/cell-value";
import { defaultScheme, type Scheme } from "../../../src/engine/scheme";
import { readTable } from "../../../src/engine/table";
import { schemeWithColumnIndexes } from "../../../src/taskpane/model/scheme-column-indexes";
import { runScheme } from "../../../src/taskpane/model/run-scheme";

// Headers readTable guesses roles from: Customer → customer, Region → region, Sales → value, Visits → other.
const GRID: Grid = [
  ["Customer", "Region", "Sales", "Visits"],
  ["Acme", "West", 10, 3],
  ["Bolt", "East", 20, 1],
  ["Cato", "West", 30, 2],
];
const table = readTable(GRID);

describe("schemeWithColumnIndexes", () => {
  it("names the customer and value columns, and a group by role, by index", () => {
    const s: Scheme = { ...defaultScheme(), groupBy: "region" };
    const out = schemeWithColumnIndexes(s, table);
    expect(out.source.columns).toEqual({ customer: 0, value: 2 });
    expect(out.groupBy).toBe(1);
    expect(out.method).toEqual(s.method);
  });

  it("keeps the user's own column choices, and leaves a role no column has for the generator to name", () => {
    const s: Scheme = { ...defaultScheme(), source: { kind: "customers", columns: { value: 3 } }, groupBy: "rep" };
    const out = schemeWithColumnIndexes(s, table);
    expect(out.source.columns).toEqual({ customer: 0, value: 3 });
    expect(out.groupBy).toBe("rep");
  });

  it("names a score factor's and a rule condition's column by index", () => {
    const score: Scheme = {
      ...defaultScheme(),
      method: {
        kind: "score",
        factors: [
          { column: "value", weight: 2, direction: "higher" },
          { column: 3, weight: 1, direction: "lower" },
        ],
        then: "rank-share",
      },
    };
    const factors = (schemeWithColumnIndexes(score, table).method as { factors: { column: unknown }[] }).factors;
    expect(factors.map((f) => f.column)).toEqual([2, 3]);
    const rules: Scheme = {
      ...defaultScheme(),
      method: {
        kind: "rules",
        rules: [{ when: [{ column: "region", op: "equals", value: "West" }], tier: 0 }],
        defaultTier: 1,
      },
      tiers: { labels: ["A", "B"], shares: [] },
    };
    const when = (schemeWithColumnIndexes(rules, table).method as { rules: { when: { column: unknown }[] }[] }).rules[0]
      .when;
    expect(when[0].column).toBe(1);
  });

  it("gives the same tiers as the scheme it was made from", () => {
    const s: Scheme = { ...defaultScheme(), groupBy: "region" };
    const tiers = (x: Scheme) => Array.from(runScheme({ table, scheme: x, lang: "en-US" }).result.tier);
    expect(tiers(schemeWithColumnIndexes(s, table))).toEqual(tiers(s));
  });
});
