import { createI18n } from "../../../src/i18n";
import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import type { Scheme } from "../../../src/engine/scheme";
import { createExplainer, explainText } from "../../../src/taskpane/model/explain-text";

// 60 customers: recency, orders, sales, region; one row with text as sales (no tier).
const grid = [
  ["Customer", "Region", "Days since last order", "Orders", "Sales"],
  ...Array.from({ length: 60 }, (_, i) => [
    `C${i + 1}`,
    i % 3 ? "East" : "West",
    ((i * 7) % 90) + 1,
    ((i * 5) % 12) + 1,
    ((i * 37) % 101) + 1,
  ]),
  ["Bad", "East", 3, 2, "n/a"],
];
const table = readTable(grid);
const base = {
  version: 1 as const,
  source: { kind: "customers" as const, columns: {} },
  tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
};
const schemes: Record<string, Scheme> = {
  "rank-share by region": { ...base, method: { kind: "rank-share" }, groupBy: 1 },
  "value-share": { ...base, method: { kind: "value-share" }, tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] } },
  thresholds: { ...base, method: { kind: "thresholds", bounds: [80, 40] } },
  computed: { ...base, method: { kind: "computed" } },
  breaks: { ...base, method: { kind: "breaks" } },
  score: {
    ...base,
    method: {
      kind: "score",
      factors: [
        { column: 4, weight: 2, direction: "higher" },
        { column: 2, weight: 1, direction: "lower" },
      ],
      then: "rank-share",
    },
  },
  "rfm segments": { ...base, method: { kind: "rfm", tierBy: "segment" } },
  "rfm eight classes": { ...base, method: { kind: "rfm", tierBy: "segment", model: "rfm8" } },
  rules: {
    ...base,
    method: {
      kind: "rules",
      rules: [{ when: [{ column: 1, op: "one-of", values: ["West"] }], tier: 0 }],
      defaultTier: 2,
    },
  },
};

describe("the Why column built from precompiled templates", () => {
  for (const lang of ["en-US", "zh-CN"] as const) {
    it.each(Object.keys(schemes))(`reads exactly as the per-row i18next text (${lang}, %s)`, (name) => {
      const { t } = createI18n(lang); // in the test: the Chinese catalog is loaded by then (jest setup)
      const result = tierTable(table, schemes[name], { today: new Date(Date.UTC(2025, 0, 1)) }).result;
      const explain = createExplainer(t, lang, result);
      for (let row = 0; row < result.tier.length; row++)
        expect([row, explain(row)]).toEqual([row, explainText(t, lang, result, row)]);
    });
  }
});

describe("numbers in the Why column", () => {
  it('carry thousands separators on both paths ("Rank 1,500 of 1,500")', () => {
    // 1,500 customers with sales 1..1500: the smallest ranks 1,500th of 1,500.
    const big = readTable([["Customer", "Sales"], ...Array.from({ length: 1500 }, (_, i) => [`C${i + 1}`, i + 1])]);
    const result = tierTable(big, { ...base, method: { kind: "rank-share" } }).result;
    for (const lang of ["en-US", "zh-CN"] as const) {
      const { t } = createI18n(lang);
      const bulk = createExplainer(t, lang, result)(0);
      expect(bulk).toBe(explainText(t, lang, result, 0));
      expect(bulk).toContain(lang === "en-US" ? "Rank 1,500 of 1,500" : "排名 1,500/1,500");
    }
  });
});
