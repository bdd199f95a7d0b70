import { bisectRight } from "../tiering/bisect";
import {
  checkBands,
  checkCommissionMode,
  type BandNames,
  type CommissionBands,
  type CommissionMode,
} from "./commission-bands";

/**
 * Bands checked once and ready for many values: `base[j]` is the marginal payout at `thresholds[j]`
 * (the full slices of the bands below it), so a value costs one binary search and one multiply-add.
 */
interface PreparedBands {
  readonly thresholds: Float64Array;
  readonly rates: Float64Array;
  readonly base: Float64Array;
}

function prepare(bands: CommissionBands, mode: CommissionMode, names?: BandNames): PreparedBands {
  checkCommissionMode(mode);
  checkBands(bands, names);
  const thresholds = Float64Array.from(bands.thresholds);
  const rates = Float64Array.from(bands.rates);
  const base = new Float64Array(thresholds.length);
  for (let j = 1; j < thresholds.length; j++)
    base[j] = base[j - 1] + rates[j - 1] * (thresholds[j] - thresholds[j - 1]);
  return { thresholds, rates, base };
}

function payoutOf(sales: number, p: PreparedBands, whole: boolean): number {
  // Sales ≤ 0, NaN or ±Infinity earn 0: a return is not a negative commission.
  if (!(sales > 0 && sales < Infinity)) return 0;
  const j = bisectRight(p.thresholds, sales) - 1; // the band whose lower bound is the last one ≤ sales
  if (j < 0) return 0; // below the first bound
  return whole ? p.rates[j] * sales : p.base[j] + p.rates[j] * (sales - p.thresholds[j]);
}

/**
 * The payout on `sales` by bands (DESIGN.md "Reps and incentives"):
 * - marginal (超额累进): each slice of sales earns its band's rate, like tax brackets;
 * - whole (全额累进): all sales earn the rate of the highest band reached.
 * A value equal to a bound belongs to the band that starts there; sales below the first bound earn 0 (in
 * marginal mode the slice below the first bound earns 0); sales ≤ 0 or not finite earn 0.
 *
 * Issue 14's example, thresholds {0; 100000; 200000}, rates {5 %; 8 %; 12 %}: 250,000 → 19,000 marginal
 * (5,000 + 8,000 + 6,000) and 30,000 whole (12 % of all); 100,000 → 5,000 marginal (the 8 % band starts at
 * 100,000 and has no slice yet) and 8,000 whole; 99,999.99 → 4,999.9995 both ways.
 * Throws an InputError for bands checkBands refuses or an unknown mode.
 */
export function commission(sales: number, bands: CommissionBands, mode: CommissionMode): number {
  return payoutOf(sales, prepare(bands, mode), mode === "whole");
}

/** Payout ÷ sales, the effective rate; 0 when sales ≤ 0 or not finite (no sales, no rate). */
export function effectiveRate(sales: number, payout: number): number {
  return sales > 0 && sales < Infinity ? payout / sales : 0;
}

/**
 * {@link commission} of every value of `sales` (the bands checked once): O(log k) per value for k bands.
 * `names` names the arguments in the messages (a worksheet function's own).
 */
export function commissionColumn(
  sales: Float64Array,
  bands: CommissionBands,
  mode: CommissionMode,
  names?: BandNames,
): Float64Array {
  const p = prepare(bands, mode, names);
  const whole = mode === "whole";
  const out = new Float64Array(sales.length);
  for (let i = 0; i < sales.length; i++) out[i] = payoutOf(sales[i], p, whole);
  return out;
}
