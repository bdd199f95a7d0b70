import fc from "fast-check";
import { computedAbc } from "../../../src/engine/tiering/computed-abc";
import { naturalBreaks } from "../../../src/engine/tiering/natural-breaks";
import { rankShareTiers } from "../../../src/engine/tiering/rank-share-tiers";
import { thresholdTiers } from "../../../src/engine/tiering/threshold-tiers";
import { valueShareTiers } from "../../../src/engine/tiering/value-share-tiers";
import { weightedScore } from "../../../src/engine/tiering/weighted-score";
import { rfmScores } from "../../../src/engine/tiering/rfm-scores";
import { NO_TIER, type TierIndexes } from "../../../src/engine/tiering/types";

// Values with plenty of ties (small integers) and some NaN rows.
const value = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -20, max: 200 }) },
  { weight: 1, arbitrary: fc.constant(NaN) },
);
const values = fc.array(value, { minLength: 1, maxLength: 60 });
const positives = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 60 });
// 2–5 shares as integers → fractions summing to 1 (integers keep the sum exact in percents).
const shares = fc
  .array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 5 })
  .map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    const pct = w.map((x) => Math.floor((x / total) * 100) || 1);
    pct[pct.length - 1] += 100 - pct.reduce((a, b) => a + b, 0);
    return pct;
  })
  .filter((p) => p.every((x) => x > 0))
  .map((p) => p.map((x) => x / 100));
const permutation = (n: number) =>
  fc
    .array(fc.nat(), { minLength: n, maxLength: n })
    .map((keys) => Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b));

interface Method {
  name: string;
  k: (v: number[]) => number;
  run: (v: number[]) => TierIndexes;
  gen: fc.Arbitrary<number[]>;
  monotone: boolean;
}
const methods: Method[] = [
  {
    name: "rank-share 20/30/50",
    k: () => 3,
    run: (v) => rankShareTiers(v, [0.2, 0.3, 0.5]),
    gen: values,
    monotone: true,
  },
  {
    name: "value-share 80/15/5",
    k: () => 3,
    run: (v) => valueShareTiers(v, [0.8, 0.15, 0.05]),
    gen: values,
    monotone: true,
  },
  { name: "thresholds 100/10/0", k: () => 4, run: (v) => thresholdTiers(v, [100, 10, 0]), gen: values, monotone: true },
  { name: "computed ABC", k: () => 3, run: (v) => computedAbc(v).tiers, gen: positives, monotone: true },
  {
    name: "natural breaks k = 2",
    k: () => 2,
    run: (v) => naturalBreaks(v, 2).tiers,
    gen: positives.filter((v) => new Set(v).size >= 2),
    monotone: true,
  },
];

describe.each(methods)("$name", ({ k, run, gen, monotone }) => {
  it("gives exactly one tier to every valid row and none to the others", () => {
    fc.assert(
      fc.property(gen, (v) => {
        const t = run(v);
        v.forEach((x, i) => {
          if (Number.isFinite(x)) expect(t[i] >= 0 && t[i] < k(v)).toBe(true);
          else expect(t[i]).toBe(NO_TIER);
        });
      }),
    );
  });

  it("never gives a higher value a later tier", () => {
    if (!monotone) return;
    fc.assert(
      fc.property(gen, (v) => {
        const t = run(v);
        for (let i = 0; i < v.length; i++)
          for (let j = 0; j < v.length; j++) {
            if (Number.isFinite(v[i]) && Number.isFinite(v[j]) && v[i] > v[j]) expect(t[i]).toBeLessThanOrEqual(t[j]);
          }
      }),
    );
  });

  it("never splits equal values", () => {
    fc.assert(
      fc.property(gen, (v) => {
        const t = run(v);
        const byValue = new Map<number, number>();
        v.forEach((x, i) => {
          if (!Number.isFinite(x)) return;
          if (byValue.has(x)) expect(t[i]).toBe(byValue.get(x));
          else byValue.set(x, t[i]);
        });
      }),
    );
  });

  it("does not depend on row order", () => {
    fc.assert(
      fc.property(
        gen.chain((v) => fc.tuple(fc.constant(v), permutation(v.length))),
        ([v, perm]) => {
          const t = run(v);
          const shuffled = perm.map((i) => v[i]);
          const ts = run(shuffled);
          perm.forEach((src, dst) => expect(ts[dst]).toBe(t[src]));
        },
      ),
    );
  });
});

describe("rank-share and value-share with any shares", () => {
  it("fill tiers in order and keep each tier's share of customers within what ties allow", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 80 }), shares, (v, s) => {
        const t = rankShareTiers(v, s);
        const n = v.length;
        // With distinct values, the first i tiers hold exactly ceil(round9(cum_i · n)) customers.
        if (new Set(v).size === n) {
          let cum = 0;
          for (let i = 0; i < s.length - 1; i++) {
            cum += s[i];
            const limit = Number(((Math.round(cum * 1e9) / 1e9) * n).toFixed(9));
            const count = Array.from(t).filter((x) => x <= i).length;
            expect(count).toBe(Math.ceil(limit));
          }
        }
        const tv = valueShareTiers(v, s);
        expect(tv.every((x) => x >= 0 && x < s.length)).toBe(true);
      }),
    );
  });
});
describe("weightedScore and rfmScores", () => {
  it("keep scores in range and do not depend on row order", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 0, max: 5000 }),
    );
    fc.assert(
      fc.property(
        fc
          .array(row, { minLength: 2, maxLength: 40 })
          .chain((rows) => fc.tuple(fc.constant(rows), permutation(rows.length))),
        ([rows, perm]) => {
          const cols = [0, 1, 2].map((c) => rows.map((r) => r[c]));
          const s = weightedScore(cols, [1, 2, 3], [-1, 1, 1]);
          const q = rfmScores(cols[0], cols[1], cols[2]);
          s.forEach((x) => expect(x >= 0 && x <= 100).toBe(true));
          [q.r, q.f, q.m].forEach((a) => a.forEach((x) => expect(x >= 1 && x <= 5).toBe(true)));
          const pc = cols.map((c) => perm.map((i) => c[i]));
          const s2 = weightedScore(pc, [1, 2, 3], [-1, 1, 1]);
          const q2 = rfmScores(pc[0], pc[1], pc[2]);
          perm.forEach((src, dst) => {
            expect(s2[dst]).toBeCloseTo(s[src], 9);
            expect([q2.r[dst], q2.f[dst], q2.m[dst]]).toEqual([q.r[src], q.f[src], q.m[src]]);
          });
        },
      ),
    );
  });

  it("give a higher monetary value an M score at least as high", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 40 }), (m) => {
        const ones = m.map(() => 1);
        const { m: score } = rfmScores(ones, ones, m);
        for (let i = 0; i < m.length; i++)
          for (let j = 0; j < m.length; j++) if (m[i] > m[j]) expect(score[i]).toBeGreaterThanOrEqual(score[j]);
      }),
    );
  });
});
