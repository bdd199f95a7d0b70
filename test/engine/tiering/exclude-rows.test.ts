import fc from "fast-check";
import { shareAbove } from "../../../src/engine/tiering/share-above";
import { rowValueShares } from "../../../src/engine/tiering/row-value-shares";
import type { CellValue, Grid } from "../../../src/engine/cells/cell-value";
import { defaultScheme } from "../../../src/engine/scheme";
import type { Scheme } from "../../../src/engine/scheme";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import type { TierTableOutput } from "../../../src/engine/tiering/tier-result";
import { NO_TIER } from "../../../src/engine/tiering/types";
import { makeTable } from "./table-helper";

const scheme = (patch: Partial<Scheme>): Scheme => ({ ...defaultScheme(), ...patch });
const labelsOf = (tier: Int32Array, labels: string[]) => Array.from(tier, (t) => (t < 0 ? "-" : labels[t])).join("");

describe("tierTable with excludeRows (hidden or filtered-out rows left out)", () => {
  // Rows 0..9 hold 1..10 in a shuffled order; data row i is grid row i + 1 (header on grid row 0).
  const VALUES = [3, 10, 1, 7, 5, 9, 2, 8, 4, 6];
  const table = makeTable(
    [
      ["Customer", "customer"],
      ["Region", "region"],
      ["Sales", "value"],
    ],
    VALUES.map((v, i) => [`C${i + 1}`, i % 2 ? "East" : "West", v]),
  );

  it("tiers the other rows as if the left-out row were not there (rank-share 20/30/50)", () => {
    // Hand calculation: leaving out 10 (data row 1, grid row 2) leaves 1..9, n = 9; the limits are
    // 0.2 × 9 = 1.8 and 0.5 × 9 = 4.5 customers above. 9 (0 above), 8 (1) → A; 7, 6, 5 (2..4) → B;
    // 4, 3, 2, 1 → C. (With 10 kept, n = 10, limits 2 and 5: 8 would be B, 5 C.)
    const { result, report } = tierTable(table, defaultScheme(), { excludeRows: new Set([2]) });
    // Rows hold 3, 10, 1, 7, 5, 9, 2, 8, 4, 6.
    expect(labelsOf(result.tier, result.labels)).toBe("C-CBBACACB");
    expect(result.tier[1]).toBe(NO_TIER);
    expect(result.tiers.map((s) => s.customers)).toEqual([2, 3, 4]);
    // A 9 + 8 = 17, B 7 + 6 + 5 = 18, C 4 + 3 + 2 + 1 = 10; all 45; 2 of 9 customers in A.
    expect(result.tiers.map((s) => s.value)).toEqual([17, 18, 10]);
    expect(result.tiers[0].customerShare).toBeCloseTo(2 / 9, 12);
    expect(result.tiers[0].valueShare).toBeCloseTo(17 / 45, 12);
    // 9 (row 5) is first of 9; 8 (row 7) has one above: 1/9.
    expect([result.rank[5], result.groupSize[5]]).toEqual([1, 9]);
    expect(shareAbove(result, 7)).toBeCloseTo(1 / 9, 12);
    expect(result.rank[1]).toBe(0);
    expect(report.issues).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it("raises no input issue, duplicate or untiered note for a left-out row", () => {
    const t = makeTable(
      [
        ["Customer", "customer"],
        ["Sales", "value"],
      ],
      [
        ["a", 5],
        ["b", "n/a"],
        ["a", 3],
        ["c", 4],
        ["", 2],
      ],
    );
    const all = tierTable(t, defaultScheme());
    // Kept, the table has a text value (grid row 2), a repeated customer a (grid rows 1 and 3) and a missing name (grid row 5).
    expect(all.report.issues.map((i) => [i.row, i.reason])).toEqual([
      [2, "text"],
      [3, "duplicate-customer"],
      [5, "missing-customer"],
    ]);
    expect(all.report.duplicates).toEqual([{ customer: "a", rows: [1, 3] }]);
    expect(all.result.notes.map((n) => n.key)).toEqual(["tiering.untiered"]);

    const { result, report } = tierTable(t, defaultScheme(), { excludeRows: new Set([2, 3, 5]) });
    expect(report).toEqual({ issues: [], duplicates: [] });
    expect(result.notes).toEqual([]);
    // a 5 and c 4 remain: n = 2, limits 0.4 and 1: 5 (0 above) → A, 4 (1 above, not under 1) → C.
    expect(labelsOf(result.tier, result.labels)).toBe("A--C-");
  });

  it("gives a left-out row no tier under rules, which read no value", () => {
    const { result } = tierTable(
      table,
      scheme({
        method: {
          kind: "rules",
          rules: [{ when: [{ column: "region", op: "equals", value: "east" }], tier: 0 }],
          defaultTier: 2,
        },
      }),
      { excludeRows: new Set([1, 2]) },
    );
    // Rows alternate West (C by default), East (A); rows 0 and 1 are left out.
    expect(labelsOf(result.tier, result.labels)).toBe("--CACACACA");
    expect(result.tiers.map((s) => s.customers)).toEqual([4, 0, 4]);
  });

  it("does not sum a left-out order line into its customer", () => {
    const orders = makeTable(
      [
        ["Customer", "customer"],
        ["Date", "date"],
        ["Amount", "value"],
      ],
      [
        ["Acme", 45292, 100],
        ["Beta", 45293, 10],
        ["acme ", 45300, 50],
        ["Gamma", 45301, "#N/A"],
        ["Gamma", 45302, 5],
      ],
    );
    const s = scheme({
      source: { kind: "orders", columns: {}, asOf: "2024-02-01" },
      method: { kind: "thresholds", bounds: [100, 8] },
    });
    // Leaving out grid rows 1 (Acme 100) and 4 (Gamma's bad amount): Acme 50 (1 order), Beta 10, Gamma 5.
    const { result, report } = tierTable(orders, s, { excludeRows: new Set([1, 4]) });
    expect(result.customers).toEqual(["Beta", "acme", "Gamma"]);
    expect(Array.from(result.value)).toEqual([10, 50, 5]);
    expect(Array.from(result.gridRows)).toEqual([2, 3, 5]);
    // Thresholds 100 / 8: 50 and 10 → B, 5 → C; nobody reaches A.
    expect(labelsOf(result.tier, result.labels)).toBe("BBC");
    expect(report.issues).toEqual([]);
  });

  it("leaves every output unchanged when no row given is in the table", () => {
    expect(tierTable(table, defaultScheme(), { excludeRows: new Set([0, 99]) })).toEqual(
      tierTable(table, defaultScheme()),
    );
  });
});

describe("property: leaving rows out equals tiering the table without them", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -5, max: 60 }) },
    { weight: 1, arbitrary: fc.constant("n/a") },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const row = fc
    .tuple(fc.constantFrom("a", "b", "c", "d", "e", "f", ""), fc.constantFrom("East", "West", "North", ""), cell, cell)
    .map((r) => [...r] as CellValue[]);
  const rowsAndMask = fc.array(fc.tuple(row, fc.boolean()), { minLength: 1, maxLength: 40 });
  const methods: Partial<Scheme>[] = [
    {},
    { method: { kind: "value-share" }, tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] } },
    { method: { kind: "thresholds", bounds: [40, 10] } },
    { method: { kind: "computed" } },
    { method: { kind: "breaks" }, tiers: { labels: ["A", "B"], shares: [] } },
    {
      method: {
        kind: "score",
        factors: [
          { column: "value", weight: 2, direction: "higher" },
          { column: 3, weight: 1, direction: "lower" },
        ],
        then: "rank-share",
      },
    },
    {
      method: {
        kind: "rules",
        rules: [{ when: [{ column: "region", op: "equals", value: "east" }], tier: 0 }],
        defaultTier: 2,
      },
    },
  ];
  const columns: [string, "customer" | "region" | "value" | "other"][] = [
    ["Customer", "customer"],
    ["Region", "region"],
    ["Sales", "value"],
    ["Days", "other"],
  ];

  const attempt = (f: () => TierTableOutput): TierTableOutput | string => {
    try {
      return f();
    } catch (e) {
      return (e as Error).message;
    }
  };

  const cases = methods
    .flatMap((m) => [m, { ...m, groupBy: "region" as const }])
    .map((m) => [`${m.method?.kind ?? "rank-share"}${m.groupBy ? " by region" : ""}`, m] as const);
  it.each(cases)("%s: kept rows get the figures and the report of the table without the left-out rows", (_, patch) => {
    fc.assert(
      fc.property(rowsAndMask, (rm) => {
        const grid: Grid = rm.map(([r]) => r);
        const kept = rm.flatMap(([, out], i) => (out ? [] : [i]));
        const exclude = new Set(rm.flatMap(([, out], i) => (out ? [i + 1] : [])));
        const s = scheme(patch);
        const left = attempt(() => tierTable(makeTable(columns, grid), s, { excludeRows: exclude }));
        const small = attempt(() =>
          tierTable(
            makeTable(
              columns,
              kept.map((i) => grid[i]),
            ),
            s,
          ),
        );
        if (typeof small === "string" || typeof left === "string") {
          expect(left).toEqual(small);
          return;
        }
        const a = left.result,
          b = small.result;
        const at = (x: ArrayLike<number> | undefined) => (x ? kept.map((i) => x[i]) : undefined);
        expect(at(a.tier)).toEqual(Array.from(b.tier));
        expect(at(a.rank)).toEqual(Array.from(b.rank));
        expect(at(a.groupSize)).toEqual(Array.from(b.groupSize));
        expect(kept.map((i) => shareAbove(a, i))).toEqual(Array.from(b.rank, (_, i) => shareAbove(b, i)));
        expect(at(rowValueShares(a).cumulative)).toEqual(Array.from(rowValueShares(b).cumulative));
        expect(at(rowValueShares(a).above)).toEqual(Array.from(rowValueShares(b).above));
        expect(at(a.score)).toEqual(b.score && Array.from(b.score));
        expect(a.tiers).toEqual(b.tiers);
        expect(a.notes).toEqual(b.notes);
        expect(a.method).toEqual({ ...b.method, ...(b.method.ruleIndex ? { ruleIndex: a.method.ruleIndex } : {}) });
        expect(a.groups?.names).toEqual(b.groups?.names);
        if (a.groups) expect(at(a.groups.of)).toEqual(Array.from(b.groups!.of));
        // Left-out rows: no tier, no rank.
        for (const g of exclude) expect([a.tier[g - 1], a.rank[g - 1]]).toEqual([NO_TIER, 0]);
        // The report: the smaller table's grid row 1 + j is this table's grid row 1 + kept[j].
        const where = (r: number) => 1 + kept[r - 1];
        expect(left.report.issues.map((i) => [i.row, i.column, i.reason])).toEqual(
          small.report.issues.map((i) => [where(i.row), i.column, i.reason]),
        );
        expect(left.report.duplicates).toEqual(small.report.duplicates.map((d) => ({ ...d, rows: d.rows.map(where) })));
      }),
      { numRuns: 60 },
    );
  });
});
