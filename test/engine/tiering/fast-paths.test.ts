import fc from "fast-check";
import { shareAbove } from "../../../src/engine/tiering/share-above";
import { round9 } from "../../../src/engine/cells/round-product";
import { cumulativeShares } from "../../../src/engine/tiering/cumulative-shares";
import { midRankPercentiles } from "../../../src/engine/tiering/mid-rank-percentiles";
import { RadixArgsort } from "../../../src/engine/tiering/radix-argsort";
import { rankShareCutoffs } from "../../../src/engine/tiering/rank-share-cutoffs";
import { rankShareCutoffsUnsorted } from "../../../src/engine/tiering/rank-share-cutoffs-unsorted";
import { rankShareTiers } from "../../../src/engine/tiering/rank-share-tiers";
import { rankStats } from "../../../src/engine/tiering/rank-stats";
import { valueShares } from "../../../src/engine/tiering/value-shares";
import { rankShareFromRanks } from "../../../src/engine/tiering/rank-share-from-ranks";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../../src/engine/scheme";
import { makeTable } from "./table-helper";
import { sortedFinite } from "../../../src/engine/tiering/sorted-finite";
import { sortFloat64 } from "../../../src/engine/tiering/sort-float64";
import { selectInPlace } from "../../../src/engine/tiering/select-in-place";
import { weightedScore } from "../../../src/engine/tiering/weighted-score";
import { NO_TIER } from "../../../src/engine/tiering/types";
import { rfmSegment } from "../../../src/engine/tiering/rfm-segment";
import { RFM_SEGMENTS } from "../../../src/engine/tiering/rfm-segments";

// The fast paths (radix argsort, quickselect) must give exactly what the definitions in DESIGN.md
// give. The references below are those definitions written out naively (O(n²) counting), so any
// difference, even in the last bit, fails.

/** DESIGN.md "score": p = (count strictly less + (count equal − 1) / 2) / (n − 1); 1 when n = 1. */
function referenceMidRank(values: readonly number[]): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const n = finite.length;
  return values.map((v) => {
    if (!Number.isFinite(v)) return NaN;
    if (n === 1) return 1;
    const less = finite.filter((x) => x < v).length;
    const equal = finite.filter((x) => x === v).length;
    return (less + (equal - 1) / 2) / (n - 1);
  });
}

/** DESIGN.md "score": percentiles over rows valid in every factor, 100 Σ wᵢ pᵢ / Σ wᵢ. */
function referenceScore(factors: number[][], weights: number[], directions: (1 | -1)[]): number[] {
  const n = factors[0].length;
  const valid = Array.from({ length: n }, (_, r) => factors.every((f) => Number.isFinite(f[r])));
  const sum = new Array<number>(n).fill(0);
  factors.forEach((f, i) => {
    const p = referenceMidRank(f.map((v, r) => (valid[r] ? v : NaN)));
    for (let r = 0; r < n; r++) sum[r] += weights[i] * (directions[i] === -1 ? 1 - p[r] : p[r]);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return sum.map((s, r) => (valid[r] ? (100 * s) / total : NaN));
}

/** DESIGN.md "rank-share": p = count strictly greater; first tier i with p < round9(cumShare_i × n). */
function referenceRankShare(values: readonly number[], shares: number[]): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const n = finite.length;
  let acc = 0;
  const limits = shares.map((s, i) => {
    acc += s;
    return i === shares.length - 1 ? n : round9(round9(acc) * n);
  });
  return values.map((v) => {
    if (!Number.isFinite(v)) return NO_TIER;
    const above = finite.filter((x) => x > v).length;
    return limits.findIndex((l) => above < l);
  });
}

/**
 * rankStats by its definitions (DESIGN.md "explanations"): rank = 1 + count of greater keys, share
 * above = that count / n; the value shares sum the positive values from the largest down, one at a
 * time, over values strictly greater (Pareto S) or greater or equal (cumulative, 1 when v ≤ 0).
 */
function referenceRankStats(key: readonly number[], value: readonly number[] | undefined) {
  const keys = key.filter((v) => Number.isFinite(v));
  const n = keys.length;
  const rank = key.map((k) => (Number.isFinite(k) ? 1 + keys.filter((x) => x > k).length : 0));
  const shareAbove = key.map((k) => (Number.isFinite(k) ? keys.filter((x) => x > k).length / n : NaN));
  const descending = (value ?? []).filter((v) => Number.isFinite(v)).sort((a, b) => b - a);
  const sumWhile = (keep: (x: number) => boolean) => descending.filter(keep).reduce((s, x) => s + (x > 0 ? x : 0), 0);
  const total = sumWhile(() => true);
  const shares = (of: (v: number) => number) =>
    key.map((_, r) => {
      const v = value ? value[r] : NaN;
      return Number.isFinite(v) && total > 0 ? of(v) : NaN;
    });
  return {
    rank,
    shareAbove,
    n,
    valueShareAbove: shares((v) => sumWhile((x) => x > v) / total),
    cumValueShare: shares((v) => (v > 0 ? sumWhile((x) => x >= v) / total : 1)),
  };
}

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++)
    expect(Object.is(a[i], b[i]) ? "same" : `row ${i}: ${a[i]} ≠ ${b[i]}`).toBe("same");
};

// Doubles of every kind (negative, ±0, tiny, huge), small integers for ties, and rows that are not numbers.
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -0) },
);
const column = fc.array(cell, { maxLength: 80 });
const shares = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 6 }).map((w) => {
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
});

describe("RadixArgsort", () => {
  it("sorts the chosen rows as the native numeric sort does, keeping equal values in row order, with its buffers reused", () => {
    const sorter = new RadixArgsort(4);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 })), {
          maxLength: 120,
        }),
        fc.nat(),
        (xs, seed) => {
          const rows = Uint32Array.from(xs.keys()).filter((r) => (r * 7 + seed) % 3 !== 0);
          const { order, sorted } = sorter.sort(xs, rows);
          const expected = Float64Array.from(rows, (r) => xs[r]).sort();
          expect(order.length).toBe(rows.length);
          order.forEach((row, i) => {
            expect(rows.includes(row)).toBe(true);
            expect(Object.is(sorted[i], xs[row])).toBe(true);
            expect(sorted[i] === expected[i]).toBe(true);
            if (i > 0 && Object.is(sorted[i], sorted[i - 1])) expect(row).toBeGreaterThan(order[i - 1]);
          });
        },
      ),
    );
  });
});

describe("RadixArgsort on whole numbers (counted, not radix-sorted, when the range is small)", () => {
  it("gives the native order with equal values in row order, for narrow and wide ranges and with −0", () => {
    const sorter = new RadixArgsort();
    const whole = fc.oneof(fc.integer({ min: -40, max: 730 }), fc.integer({ min: -2e6, max: 2e6 }), fc.constant(-0));
    fc.assert(
      fc.property(fc.array(whole, { maxLength: 150 }), (xs) => {
        const { order, sorted } = sorter.sort(xs);
        const expected = Float64Array.from(xs).sort();
        order.forEach((row, i) => {
          expect(Object.is(sorted[i], xs[row])).toBe(true);
          expect(sorted[i] === expected[i]).toBe(true);
          if (i > 0 && sorted[i] === sorted[i - 1] && Object.is(sorted[i], sorted[i - 1]))
            expect(row).toBeGreaterThan(order[i - 1]);
        });
      }),
    );
  });
});

describe("selectInPlace", () => {
  it("puts the k-th smallest value at k with smaller or equal values before it, on ranges long enough to be sampled", () => {
    // 601–3000 values (over 600 the Floyd–Rivest sample step runs), with many ties or none.
    fc.assert(
      fc.property(
        fc.integer({ min: 601, max: 3000 }),
        fc.integer(),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, seed, ties, at) => {
          let state = seed >>> 0;
          const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
          const a = Float64Array.from({ length: n }, () => (ties ? Math.floor(next() * 12) : (next() - 0.5) * 1e6));
          const sorted = a.slice().sort();
          const k = Math.min(n - 1, Math.floor(at * n));
          selectInPlace(a, k);
          expect(a[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(a[i] <= a[k]).toBe(true);
          for (let i = k + 1; i < n; i++) expect(a[i] >= a[k]).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("sortFloat64", () => {
  it("gives the native sort's order bit for bit on arrays long enough for the radix sort", () => {
    // 20,000 values (above the 8,192 where the radix sort takes over) of every kind.
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0;
        const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
        const kinds = [
          () => next() * 2e6 - 1e6,
          () => Math.round(next() * 20) - 10,
          () => -0,
          () => 0,
          () => (next() - 0.5) * 1e-310,
          () => (next() < 0.5 ? -1 : 1) * 1e300,
        ];
        const v = Float64Array.from({ length: 20000 }, () => kinds[Math.floor(next() * kinds.length)]());
        sameBits(sortFloat64(v.slice()), v.slice().sort());
      }),
      { numRuns: 20 },
    );
  });
});

describe("the fast paths agree bit for bit with the definitions", () => {
  it("midRankPercentiles", () => {
    fc.assert(fc.property(column, (v) => sameBits(midRankPercentiles(v), referenceMidRank(v))));
  });

  it("weightedScore, with and without rows that are not numbers", () => {
    const factors = fc.integer({ min: 1, max: 4 }).chain((k) =>
      fc.integer({ min: 1, max: 60 }).chain((n) =>
        fc.tuple(
          fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
          // No subnormal weights: there the plain arithmetic of the definition loses the precision that
          // weightedScore's exact power-of-two rescaling keeps (weights {5e-324} score like {1}: weighted-score.test.ts).
          fc
            .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-290, max: 10, noNaN: true })), {
              minLength: k,
              maxLength: k,
            })
            .filter((w) => w.some((x) => x > 0)),
          fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: k, maxLength: k }),
          fc.boolean(),
        ),
      ),
    );
    fc.assert(
      fc.property(factors, ([cols, weights, dirs, allFinite]) => {
        const used = allFinite ? cols.map((c) => c.map((x) => (Number.isFinite(x) ? x : 1))) : cols;
        sameBits(weightedScore(used, weights, dirs), referenceScore(used, weights, dirs));
      }),
    );
  });

  it("rankShareTiers", () => {
    fc.assert(fc.property(column, shares, (v, s) => sameBits(rankShareTiers(v, s), referenceRankShare(v, s))));
  });

  it("rankStats and valueShares, ranking by the value itself or by another key", () => {
    fc.assert(
      fc.property(column, fc.boolean(), fc.nat(), (v, byValue, seed) => {
        const key = byValue ? v : v.map((x, i) => ((i * 7 + seed) % 5) - (Number.isNaN(x) ? NaN : 0));
        const fast = rankStats(key);
        const shares = valueShares(v);
        const slow = referenceRankStats(key, v);
        sameBits(fast.rank, slow.rank);
        sameBits(
          Array.from(fast.rank, (_, i) => shareAbove({ rank: fast.rank, groupSize: fast.rank.map(() => fast.n) }, i)),
          slow.shareAbove,
        );
        sameBits(shares.above, slow.valueShareAbove);
        sameBits(shares.cumulative, slow.cumValueShare);
        expect(fast.n).toBe(slow.n);
      }),
    );
  });

  it("rankShareFromRanks, as tierTable cuts rank-share from rankStats' ranks", () => {
    fc.assert(
      fc.property(column, shares, (v, s) => {
        const { rank, n } = rankStats(v);
        sameBits(
          rankShareFromRanks(rank, new Int32Array(v.length).fill(n), cumulativeShares(s)),
          referenceRankShare(v, s),
        );
      }),
    );
  });

  it("tierTable's rank-share, grouped or not, equals rankShareTiers on each group", () => {
    const rows = fc.array(
      fc.tuple(fc.constantFrom("N", "S", "E"), fc.oneof(fc.integer({ min: -5, max: 40 }), fc.constant(NaN))),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(rows, fc.boolean(), (data, grouped) => {
        const table = makeTable(
          [
            ["Customer", "customer"],
            ["Region", "region"],
            ["Sales", "value"],
          ],
          data.map(([g, v], i) => [`C${i}`, g, Number.isNaN(v) ? "n/a" : v]),
        );
        const scheme = { ...defaultScheme(), ...(grouped ? { groupBy: "region" as const } : {}) };
        const values = data.map(([, v]) => v);
        // Reference: each group's rows tiered alone, written back to their rows.
        const expected = new Int32Array(values.length);
        for (const g of grouped ? ["N", "S", "E"] : [undefined]) {
          const idx = data.flatMap(([k], i) => (g === undefined || k === g ? [i] : []));
          const alone = rankShareTiers(
            idx.map((i) => values[i]),
            [0.2, 0.3, 0.5],
          );
          idx.forEach((i, j) => {
            expected[i] = alone[j];
          });
        }
        sameBits(tierTable(table, scheme).result.tier, expected);
      }),
    );
  });

  it("rankShareCutoffsUnsorted gives the cut-offs of rankShareCutoffs on the sorted values", () => {
    fc.assert(
      fc.property(column, shares, (v, s) => {
        const cum = cumulativeShares(s);
        const finite = Float64Array.from(v.filter((x) => Number.isFinite(x)));
        const fast = rankShareCutoffsUnsorted(finite, cum);
        const slow = rankShareCutoffs(sortedFinite(v), cum);
        expect(fast.length).toBe(slow.length);
        fast.forEach((c, i) => expect(c === slow[i]).toBe(true)); // −0 and 0 are the same cut-off
      }),
    );
  });
});

describe("rfmSegment", () => {
  it("gives from its lookup table what the segment table's first match gives, for every score", () => {
    // Reference: DESIGN.md's table read top to bottom, first match wins, else "others".
    const firstMatch = (r: number, f: number, m: number) =>
      RFM_SEGMENTS.find((s) => r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1] && m >= s.m[0] && m <= s.m[1])
        ?.id ?? "others";
    for (const r of [0, 1, 2, 3, 4, 5, 6, 2.5, -1])
      for (const f of [0, 1, 2, 3, 4, 5, 6, 3.5])
        for (const m of [0, 1, 2, 3, 4, 5, 6, 1.5]) {
          expect(rfmSegment(r, f, m)).toBe(firstMatch(r, f, m));
        }
  });
});
