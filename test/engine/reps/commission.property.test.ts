/**
 * Properties of the incentive ladder (issue 14, "Tests and benchmarks"): commission is non-decreasing in
 * sales; marginal ≤ whole; the marginal payout is continuous at each bound; commissionColumn pays each
 * value as commission does. Bands are drawn at random: strictly ascending thresholds from 0 or above, rates
 * from 0 to 30 %. Whole-mode monotonicity and marginal ≤ whole hold when rates do not fall from band to band
 * (a falling rate makes a whole-mode payout drop at its bound, by design), so those draw rising rates.
 */
import fc from "fast-check";
import { commission, commissionColumn, type CommissionBands } from "../../../src/engine/reps";

const rateList = (k: number) => fc.array(fc.double({ min: 0, max: 0.3, noNaN: true }), { minLength: k, maxLength: k });

/** Bands of 1–6 bands; `rising` sorts the rates so they never fall. */
const bandsOf = (rising: boolean): fc.Arbitrary<CommissionBands> =>
  fc
    .record({
      first: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })),
      gaps: fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 0, maxLength: 5 }),
    })
    .chain(({ first, gaps }) => {
      const thresholds = gaps.reduce((t, g) => [...t, t[t.length - 1] + g], [first]);
      return rateList(thresholds.length).map((r) => ({
        thresholds,
        rates: rising ? [...r].sort((a, b) => a - b) : r,
      }));
    });

const sales = fc.double({ min: -10_000, max: 2_000_000, noNaN: true });
/** Payouts are sums of products: allow for rounding of a few ulps of the amounts involved. */
const slack = (...xs: number[]) => 1e-9 * Math.max(1, ...xs.map(Math.abs));

describe("commission, properties", () => {
  it("is non-decreasing in sales, marginal (any rates)", () => {
    fc.assert(
      fc.property(bandsOf(false), sales, sales, (bands, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pLo = commission(lo, bands, "marginal");
        expect(pLo).toBeLessThanOrEqual(commission(hi, bands, "marginal") + slack(hi));
      }),
    );
  });

  it("is non-decreasing in sales, whole (rates that do not fall)", () => {
    fc.assert(
      fc.property(bandsOf(true), sales, sales, (bands, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(commission(lo, bands, "whole")).toBeLessThanOrEqual(commission(hi, bands, "whole") + slack(hi));
      }),
    );
  });

  it("pays marginal ≤ whole (rates that do not fall)", () => {
    fc.assert(
      fc.property(bandsOf(true), sales, (bands, s) => {
        expect(commission(s, bands, "marginal")).toBeLessThanOrEqual(commission(s, bands, "whole") + slack(s));
      }),
    );
  });

  it("is continuous at each bound, marginal: the payout just below a bound tends to the payout at it", () => {
    fc.assert(
      fc.property(bandsOf(false), fc.double({ min: 1e-6, max: 1, noNaN: true }), (bands, eps) => {
        const maxRate = Math.max(...bands.rates);
        for (const t of bands.thresholds.slice(1)) {
          const at = commission(t, bands, "marginal");
          const below = commission(t - eps, bands, "marginal");
          // Just below the bound the payout is the slice of the band below, eps × its rate, less.
          expect(at - below).toBeGreaterThanOrEqual(-slack(t));
          expect(at - below).toBeLessThanOrEqual(maxRate * eps + slack(t));
        }
      }),
    );
  });

  it("commissionColumn pays every value exactly as commission does, both modes", () => {
    fc.assert(
      fc.property(
        bandsOf(false),
        fc.array(fc.oneof(sales, fc.constant(Number.NaN), fc.constant(Infinity)), { maxLength: 40 }),
        (bands, xs) => {
          for (const mode of ["marginal", "whole"] as const) {
            expect(Array.from(commissionColumn(Float64Array.from(xs), bands, mode))).toEqual(
              xs.map((s) => commission(s, bands, mode)),
            );
          }
        },
      ),
    );
  });
});
