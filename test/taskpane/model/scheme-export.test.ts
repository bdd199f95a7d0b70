/**
 * Export scheme and Copy as SQL, the parts that do not need the SQL generator: the JSON file (read back by
 * parseScheme, as the workbook setting is), the SQL column names from the headers, and the fixed thresholds that
 * carry computed ABC and natural breaks to SQL. Cut-offs are R's (cited beside each case).
 */
import type { Grid } from "../../../src/engine/cells/cell-value";
import { defaultScheme, parseScheme, type Scheme } from "../../../src/engine/scheme";
import { readTable } from "../../../src/engine/table";
import {
  defaultSqlColumns,
  fixedBoundsOf,
  schemeJson,
  sqlColumns,
  SCHEME_FILE_NAME,
} from "../../../src/taskpane/model/scheme-export";
import { runScheme } from "../../../src/taskpane/model/run-scheme";

// The eleven values of ABCanalysis' example (test/engine/tiering/computed-abc.test.ts), West/East alternating.
const ELEVEN = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
const GRID: Grid = [
  ["Customer", "Region", "Sales"],
  ...ELEVEN.map((v, i) => [`C${i + 1}`, i % 2 ? "East" : "West", v]),
];
const scheme = (patch: Partial<Scheme>): Scheme => ({ ...defaultScheme(), ...patch });
const preview = (s: Scheme, grid: Grid = GRID) => runScheme({ table: readTable(grid), scheme: s, lang: "en-US" });
const tierNames = (labels: readonly string[], tier: ArrayLike<number>) => Array.from(tier, (t) => labels[t]).join("");

describe("the exported scheme file", () => {
  // Every part of the scheme the schema has: column overrides, as-of date, an order history, groups, outputs.
  const full: Scheme = {
    version: 1,
    source: {
      kind: "customers",
      columns: { customer: 0, value: 2 },
      asOf: "2025-03-01",
      history: { sheet: "Orders", address: "Orders!A1:C40", columns: { customer: 0, amount: 1, date: 2 } },
    },
    method: { kind: "thresholds", bounds: [20, 5] },
    tiers: { labels: ["A", "B", "C"], shares: [] },
    groupBy: "region",
    outputs: ["tierColumns", "funnel"],
  };

  it("is named tierladder-scheme.json", () => {
    expect(SCHEME_FILE_NAME).toBe("tierladder-scheme.json");
  });

  it("reads back through parseScheme as the same scheme, every field kept", () => {
    expect(parseScheme(schemeJson(full))).toEqual(full);
  });

  it("holds the JSON the workbook setting holds (the scheme object as JSON), pretty-printed", () => {
    const text = schemeJson(full);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(full)));
    // Two-space indent, one field a line: readable and diffable in a repository.
    expect(text).toContain('\n  "version": 1,\n  "source": {\n    "kind": "customers",');
  });
});

describe("SQL column names", () => {
  it("default to the headers, trimmed, and to readTable's name (Column D) for a blank header", () => {
    const table = readTable([
      ["  Customer ", "Sales 2024", "客户等级", " "],
      ["Acme", 10, "A", 1],
    ]);
    expect(defaultSqlColumns(table)).toEqual(["Customer", "Sales 2024", "客户等级", "Column D"]);
    expect(defaultSqlColumns(undefined)).toEqual([]);
  });

  it("take the user's name, trimmed, and the default again when the name is blanked", () => {
    const defaults = ["Customer", "Sales"];
    expect(sqlColumns(defaults, { Sales: "  amount_usd " })).toEqual(["Customer", "amount_usd"]);
    expect(sqlColumns(defaults, { Sales: "   " })).toEqual(["Customer", "Sales"]);
    // A rename made for another sheet's column leaves these alone.
    expect(sqlColumns(defaults, { Revenue: "rev" })).toEqual(["Customer", "Sales"]);
  });
});

describe("fixed thresholds for computed ABC and natural breaks", () => {
  it("computed ABC: A from 17 up, B from 6 (R ABCanalysis: A {25,22,17}, B {15,6}; ABLimit 15 is in B)", () => {
    const s = scheme({ method: { kind: "computed" } });
    expect(fixedBoundsOf(s, preview(s).result)).toEqual({ bounds: [17, 6] });
  });

  it("gives, as thresholds, every customer the tier computed ABC and natural breaks gave", () => {
    for (const kind of ["computed", "breaks"] as const) {
      const computed = preview(scheme({ method: { kind } }));
      const { bounds } = fixedBoundsOf(scheme({ method: { kind } }), computed.result);
      const fixed = preview(scheme({ method: { kind: "thresholds", bounds: [...(bounds ?? [])] } }));
      expect([kind, tierNames(fixed.result.labels, fixed.result.tier)]).toEqual([
        kind,
        tierNames(computed.result.labels, computed.result.tier),
      ]);
    }
    // The limit itself as a threshold would not: 15 (row 2) is B under computed ABC (A is strictly above 15).
    const atLimit = preview(scheme({ method: { kind: "thresholds", bounds: [15, 6] } }));
    expect(atLimit.result.labels[atLimit.result.tier[1]]).toBe("A");
  });

  it("natural breaks: A from 22, B from 15 (Ckmeans.1d.dp(x, 3): A {25,22}, B {17,15})", () => {
    const out = preview(scheme({ method: { kind: "breaks" } }));
    expect(fixedBoundsOf(scheme({ method: { kind: "breaks" } }), out.result)).toEqual({ bounds: [22, 15] });
  });

  it("are not made for other methods (their SQL needs none)", () => {
    expect(fixedBoundsOf(defaultScheme(), preview(defaultScheme()).result)).toEqual({});
  });

  it("refuse groups, whose cut-offs differ (West and East each have their own)", () => {
    const grouped = scheme({ method: { kind: "computed" }, groupBy: "region" });
    expect(fixedBoundsOf(grouped, preview(grouped).result)).toEqual({
      problem: { key: "cutoffsPerGroup", params: { groups: 2 } },
    });
  });

  it("refuse an empty tier (R: ABCanalysis(c(1000, 1, …)) leaves A empty, both limits 1000)", () => {
    const grid: Grid = [["Customer", "Sales"], ["Big", 1000], ...Array.from({ length: 9 }, (_, i) => [`S${i}`, 1])];
    const s = scheme({ method: { kind: "computed" } });
    expect(fixedBoundsOf(s, preview(s, grid).result)).toEqual({
      problem: { key: "cutoffsEmptyTier", params: { tier: "A" } },
    });
  });
});
