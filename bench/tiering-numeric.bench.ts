/**
 * The data-driven tiering methods at Excel's row limit (issue 2, "Performance"): computed ABC and
 * natural breaks (k = 3) on 1,048,576 skewed, log-normal sales values (seeded, so every run tiers the
 * same data), each compared with a plain Float64Array.prototype.sort of the same values timed in the
 * same run. Targets: computed ABC under 1 s and natural breaks under 3 s, both ≤ 3× the sort; natural
 * breaks ≤ 1.5× the sort (issue 16).
 */
import type { Bench } from "./harness";
import { computedAbc } from "../src/engine/tiering/computed-abc";
import { naturalBreaks } from "../src/engine/tiering/natural-breaks";
import { mulberry32 } from "../src/engine/sample/mulberry32";

const ROWS = 1_048_576;

/** Log-normal sales values: exp(μ + σZ) with μ = 7, σ = 1.5 (Box–Muller), rounded to cents unless told. */
function skewedSales(n: number, seed: number, cents = true): Float64Array {
  const next = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    const v = Math.exp(7 + 1.5 * z);
    out[i] = cents ? Math.round(v * 100) / 100 : v;
  }
  return out;
}

export default async function tieringNumericBench(h: Bench): Promise<void> {
  const values = skewedSales(ROWS, 20240601);
  const group = "tiering (1,048,576 log-normal values)";
  await h.time(group, "Float64Array sort (baseline)", (copy: Float64Array) => copy.sort(), {
    setup: () => values.slice(),
    runs: 5,
  });
  await h.time(group, "computed ABC", () => computedAbc(values), {
    runs: 5,
    baseline: "Float64Array sort (baseline)",
    maxMs: 1000,
    maxRatio: 3,
  });
  await h.time(group, "natural breaks, k = 3", () => naturalBreaks(values, 3), {
    runs: 5,
    baseline: "Float64Array sort (baseline)",
    maxMs: 3000,
    maxRatio: 1.5,
  });
  h.record(group, "distinct values", new Set(values).size, "values");

  // The hardest case for natural breaks: no repeated values at all (no cents rounding), so the
  // dynamic programme runs on all 1,048,576 of them.
  const distinct = skewedSales(ROWS, 20240601, false);
  const hard = "tiering (1,048,576 log-normal values, all distinct)";
  await h.time(hard, "Float64Array sort (baseline)", (copy: Float64Array) => copy.sort(), {
    setup: () => distinct.slice(),
    runs: 5,
  });
  await h.time(hard, "computed ABC", () => computedAbc(distinct), {
    runs: 5,
    baseline: "Float64Array sort (baseline)",
    maxMs: 1000,
    maxRatio: 3,
  });
  await h.time(hard, "natural breaks, k = 3", () => naturalBreaks(distinct, 3), {
    runs: 5,
    baseline: "Float64Array sort (baseline)",
    maxMs: 3000,
    maxRatio: 1.5,
  });
}
