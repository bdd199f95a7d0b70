/**
 * The incentive ladder at Excel's row limit (issue 14, "Tests and benchmarks": commission over 1,048,576
 * sales in under 0.5 s): commissionColumn on 1,048,576 seeded log-normal sales (median 8,000, one in 50 a
 * negative return), four bands that the values cross, marginal and whole, against a Float64Array sort of the
 * same values timed in the same run.
 */
import type { Bench } from "./harness";
import { skewedValues } from "../src/engine/sample/skewed-values";
import { commissionColumn } from "../src/engine/reps/commission";

const ROWS = 1_048_576;
const GROUP = "commission: 1,048,576 sales, 4 bands";
const BASE = "baseline: Float64Array sort of the sales";
const BANDS = { thresholds: [0, 10_000, 50_000, 200_000], rates: [0.03, 0.05, 0.08, 0.12] };

export default async function commissionBench(h: Bench): Promise<void> {
  const sales = skewedValues(ROWS, 14);
  for (let i = 0; i < ROWS; i += 50) sales[i] = -sales[i];
  await h.time(GROUP, BASE, (copy: Float64Array) => copy.sort(), { setup: () => sales.slice() });
  for (const mode of ["marginal", "whole"] as const) {
    await h.time(GROUP, `commissionColumn, ${mode}`, () => commissionColumn(sales, BANDS, mode), {
      baseline: BASE,
      maxMs: 500,
    });
  }
}
