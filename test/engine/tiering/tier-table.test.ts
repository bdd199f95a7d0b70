import { defaultScheme } from "../../../src/engine/scheme";
import { shareAbove } from "../../../src/engine/tiering/share-above";
import { rowValueShares } from "../../../src/engine/tiering/row-value-shares";
import type { Scheme } from "../../../src/engine/scheme";
import { explainRow } from "../../../src/engine/tiering/explain-row";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { NO_TIER } from "../../../src/engine/tiering/types";
import { makeTable } from "./table-helper";

const ELEVEN = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
const customers = makeTable(
  [
    ["Customer", "customer"],
    ["Region", "region"],
    ["Sales", "value"],
  ],
  ELEVEN.map((v, i) => [`C${i + 1}`, i % 2 ? "East" : "West", v]),
);
const scheme = (patch: Partial<Scheme>): Scheme => ({ ...defaultScheme(), ...patch });
const labelsOf = (tier: Int32Array, labels: string[]) => Array.from(tier, (t) => (t < 0 ? "-" : labels[t])).join("");

describe("tierTable", () => {
  it("tiers a customer list by the default scheme (rank-share 20/30/50)", () => {
    // n = 11, limits 2.2 and 5.5: 25 (p 0), 22 (p 1), 17 (p 2) → A; 15 (3), 6 (4), 5 (5) → B; rest C.
    // Rows 0..10 hold 1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22.
    const { result } = tierTable(customers, defaultScheme());
    expect(labelsOf(result.tier, result.labels)).toBe("CBAACCBBCCA");
    expect(result.tiers.map((s) => s.customers)).toEqual([3, 3, 5]);
    // Values: A 25 + 22 + 17 = 64 of 101; B 15 + 6 + 5 = 26; C 10.
    expect(result.tiers.map((s) => s.value)).toEqual([64, 26, 11]);
    expect(result.tiers[0].valueShare).toBeCloseTo(64 / 101, 12);
    expect(result.tiers[0].customerShare).toBeCloseTo(3 / 11, 12);
    expect([result.tiers[1].min, result.tiers[1].max]).toEqual([5, 15]);
  });

  it("gives each row its rank, share of customers above and cumulative value share", () => {
    const { result } = tierTable(customers, defaultScheme());
    // Row 3 holds 17: 25 and 22 are above → rank 3 of 11, 2/11 = 18 % above;
    // cumulative value (25 + 22 + 17) / 101 = 63.4 %.
    expect(result.rank[3]).toBe(3);
    expect(shareAbove(result, 3)).toBeCloseTo(2 / 11, 12);
    expect(rowValueShares(result).cumulative[3]).toBeCloseTo(64 / 101, 12);
    // Ties: both 3s have rank 7 (six values above); the cumulative value includes both 3s:
    // (25 + 22 + 17 + 15 + 6 + 5 + 3 + 3) / 101 = 96 / 101.
    expect([result.rank[5], result.rank[9]]).toEqual([7, 7]);
    expect(rowValueShares(result).cumulative[5]).toBeCloseTo(96 / 101, 12);
  });

  it("explains a row in one English line and in translatable parts", () => {
    const { result } = tierTable(customers, defaultScheme());
    const e = explainRow(result, 3);
    expect(e.message).toBe(
      "Rank 3 of 11; 18% of customers above; cumulative value 63%; tier A because 18% of customers rank above it, under A's 20%.",
    );
    expect(e.parts.map((p) => p.key)).toEqual([
      "explain.rank",
      "explain.shareAbove",
      "explain.cumValue",
      "explain.because.rankShare",
    ]);
  });

  it("runs the Pareto split of issue 2 through a scheme", () => {
    const { result } = tierTable(
      customers,
      scheme({ method: { kind: "value-share" }, tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] } }),
    );
    // A {25,22,17,15,6}, B {5,3,3}, C {2,2,1} (hand calculation in value-share-tiers.test.ts).
    expect(labelsOf(result.tier, result.labels)).toBe("CAAACBBACBA");
    expect(explainRow(result, 7).message).toContain(
      "tier A because customers above it hold 78% of the value, under A's 80%",
    );
  });

  it("runs thresholds with custom labels and more than three tiers", () => {
    const { result } = tierTable(
      customers,
      scheme({
        method: { kind: "thresholds", bounds: [20, 10, 3] },
        tiers: { labels: ["Key", "Grow", "Keep", "Serve"], shares: [] },
      }),
    );
    expect(labelsOf(result.tier, ["K", "G", "P", "S"])).toBe("SGKGSPPPSPK");
    expect(explainRow(result, 1).message).toContain("tier Grow because its value 15 is at least 10 and below 20");
  });

  it("runs computed ABC and natural breaks from the other engine files", () => {
    const abc = tierTable(customers, scheme({ method: { kind: "computed" } })).result;
    // ABCanalysis 1.2.1 on the eleven values: A {25,22,17}, B {15,6}, C the rest (DESIGN.md).
    expect(labelsOf(abc.tier, abc.labels)).toBe("CBAACCCBCCA");
    const breaks = tierTable(customers, scheme({ method: { kind: "breaks" } })).result;
    // Ckmeans.1d.dp(x, 3): A {25,22}, B {17,15}, C the rest (issue 2).
    expect(labelsOf(breaks.tier, breaks.labels)).toBe("CBABCCCCCCA");
  });

  it("tiers inside each group with ranks counted in the group", () => {
    const { result } = tierTable(customers, scheme({ groupBy: "region" }));
    // West (even rows): 1, 25, 2, 5, 2, 22 (n = 6, limits 1.2, 3): 25 (p 0), 22 (p 1) → A; 5 (p 2) → B; rest C.
    // East (odd rows): 15, 17, 3, 6, 3 (n = 5, limits 1, 2.5): 17 → A; 15, 6 → B; 3, 3 → C.
    // Ungrouped, 5 (row 6) would be B and 22 A as well; 15 in East stays B although it beats West's 5.
    expect(labelsOf(result.tier, result.labels)).toBe("CBAACCBBCCA");
    expect([result.rank[2], result.groupSize[2]]).toEqual([1, 6]);
    expect(explainRow(result, 1).message).toMatch(/^In group "East"; Rank 2 of 5/);
    // 10/90: West limit 0.6 → only 25 in A; East limit 0.5 → only 17 in A. Ungrouped (limit 1.1) 17 would be B.
    const split = tierTable(
      customers,
      scheme({ groupBy: "region", tiers: { labels: ["A", "B"], shares: [10, 90] } }),
    ).result;
    expect(labelsOf(split.tier, split.labels)).toBe("BBAABBBBBBB");
  });

  it("scores by weighted factors and tiers the score", () => {
    const t = makeTable(
      [
        ["Customer", "customer"],
        ["Sales", "value"],
        ["Days", "recency"],
      ],
      [
        ["a", 100, 10],
        ["b", 200, 30],
        ["c", 200, 5],
        ["d", 50, 60],
        ["e", 70, "n/a"],
      ],
    );
    const { result, report } = tierTable(
      t,
      scheme({
        method: {
          kind: "score",
          factors: [
            { column: "value", weight: 3, direction: "higher" },
            { column: 2, weight: 1, direction: "lower" },
          ],
          then: "thresholds",
          bounds: [80, 40],
        },
      }),
    );
    // Scores 41.67, 70.83, 87.5, 0, NaN (hand calculation in weighted-score.test.ts).
    expect(labelsOf(result.tier, result.labels)).toBe("BBAC-");
    expect(result.rankedBy).toBe("score");
    expect(result.rank[2]).toBe(1);
    expect(report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([[5, 2, "text"]]);
    expect(result.notes.map((n) => n.key)).toContain("tiering.untiered");
  });

  it("gives RFM scores and segments and uses the segments as tiers (issue 2)", () => {
    const R = [5, 12, 20, 35, 48, 60, 95, 130, 210, 365];
    const F = [12, 8, 2, 6, 1, 5, 2, 4, 3, 1];
    const M = [5400, 3100, 980, 2600, 450, 4200, 120, 1500, 700, 2050];
    const t = makeTable(
      [
        ["Customer", "customer"],
        ["Days", "recency"],
        ["Orders", "frequency"],
        ["Sales", "value"],
      ],
      R.map((r, i) => [`c${i}`, r, F[i], M[i]]),
    );
    const { result } = tierTable(t, scheme({ method: { kind: "rfm", tierBy: "segment" } }));
    expect(Array.from(result.tier, (x) => result.labels[x])).toEqual([
      "Champions",
      "Potential Loyalist",
      "Loyal Customers",
      "Potential Loyalist",
      "About To Sleep",
      "Potential Loyalist",
      "About To Sleep",
      "Loyal Customers",
      "Lost",
      "Lost",
    ]);
    expect(explainRow(result, 2).message).toContain("RFM 422 (Loyal Customers)");
  });

  it("uses the eight RFM classes as tiers with model rfm8 (issue 2's customers)", () => {
    const R = [5, 12, 20, 35, 48, 60, 95, 130, 210, 365];
    const F = [12, 8, 2, 6, 1, 5, 2, 4, 3, 1];
    const M = [5400, 3100, 980, 2600, 450, 4200, 120, 1500, 700, 2050];
    const t = makeTable(
      [
        ["Customer", "customer"],
        ["Days", "recency"],
        ["Orders", "frequency"],
        ["Sales", "value"],
      ],
      R.map((r, i) => [`c${i}`, r, F[i], M[i]]),
    );
    const { result } = tierTable(t, scheme({ method: { kind: "rfm", tierBy: "segment", model: "rfm8" } }));
    // Scores 555, 554, 422, 444, 311, 345, 221, 233, 132, 113 (rfm.test.ts). Ten customers in quintiles put
    // two in each score 1–5, so every mean is 3 (by hand: R 5+5+4+4+3+3+2+2+1+1 = 30 → 3). High = above 3:
    // 555, 554, 444 → important value; 422 → general to develop; 345 → important to keep; the rest have
    // no score above 3 (311, 233, 113: a 3 equals the mean, so it is low) → general to win back.
    expect(Array.from(result.tier, (x) => result.labels[x])).toEqual([
      "Important value",
      "Important value",
      "General to develop",
      "Important value",
      "General to win back",
      "Important to keep",
      "General to win back",
      "General to win back",
      "General to win back",
      "General to win back",
    ]);
    expect(result.labels).toHaveLength(8);
    expect(result.method.rfmModel).toBe("rfm8");
    expect(explainRow(result, 5).message).toContain("RFM 345 (Important to keep)");
  });

  it("tiers by rules on categorical columns", () => {
    const { result } = tierTable(
      customers,
      scheme({
        method: {
          kind: "rules",
          rules: [{ when: [{ column: "region", op: "equals", value: "east" }], tier: 0 }],
          defaultTier: 2,
        },
      }),
    );
    expect(labelsOf(result.tier, result.labels)).toBe("CACACACACAC");
    expect(explainRow(result, 1).message).toContain("tier A because rule 1 matched");
    expect(explainRow(result, 0).message).toContain("no rule matched");
  });

  it("aggregates an order list to customers first", () => {
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
    const { result, report } = tierTable(
      orders,
      scheme({
        source: { kind: "orders", columns: {}, asOf: "2024-02-01" },
        method: { kind: "value-share" },
        tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] },
      }),
    );
    // Customers Acme 150, Beta 10, Gamma 5; total 165: Acme S = 0 → A; Beta S = 150/165 = .909 → B;
    // Gamma S = 160/165 = .970 → C.
    expect(result.customers).toEqual(["Acme", "Beta", "Gamma"]);
    expect(labelsOf(result.tier, result.labels)).toBe("ABC");
    expect(Array.from(result.gridRows)).toEqual([1, 2, 5]);
    expect(report.issues.map((i) => [i.row, i.reason])).toEqual([[4, "error"]]);
  });

  it("reports a missing value column by role", () => {
    const t = makeTable([["Customer", "customer"]], [["a"]]);
    expect(() => tierTable(t, defaultScheme())).toThrow('source.columns.value: no column has the role "value"');
  });

  it("says so when no value is positive for a Pareto split", () => {
    const t = makeTable(
      [
        ["Customer", "customer"],
        ["Sales", "value"],
      ],
      [
        ["a", 0],
        ["b", -3],
      ],
    );
    const { result } = tierTable(
      t,
      scheme({ method: { kind: "value-share" }, tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] } }),
    );
    expect(Array.from(result.tier)).toEqual([2, 2]);
    expect(result.notes[0].key).toBe("tiering.noPositiveValue");
  });

  it("leaves rows that are not numbers without a tier and explains why", () => {
    const t = makeTable(
      [
        ["Customer", "customer"],
        ["Sales", "value"],
      ],
      [
        ["a", 5],
        ["b", "n/a"],
        ["c", 1],
      ],
    );
    const { result, report } = tierTable(t, scheme({ tiers: { labels: ["A", "B"], shares: [50, 50] } }));
    expect(result.tier[1]).toBe(NO_TIER);
    expect(explainRow(result, 1).message).toBe("No tier: a value this method needs is not a number.");
    expect(report.issues[0].message).toContain("Row 3");
  });
});
