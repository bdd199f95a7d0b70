import { allocate } from "../engine/ladder/allocate";
import { backwardTargets } from "../engine/ladder/backward-targets";
import { forwardExpectation } from "../engine/ladder/forward-expectation";
import { stepRates } from "../engine/ladder/step-rates";
import { readCells } from "./coerce-cells";
import { readNumberList } from "./coerce-number-list";
import { readRates } from "./coerce-rates";
import { readInteger } from "./coerce-scalar";
import { valueError } from "./errors";
import { shapeLike } from "./shape-output";

function readCounts(arg: unknown, name: string): number[] {
  const counts = readNumberList(arg, name);
  counts.forEach((c, i) => {
    if (c < 0) throw valueError(`${name}: count ${i + 1} is ${c}; counts cannot be negative.`);
  });
  return counts;
}

/** TIER.STAGES: the count needed at every stage for `target` at the last (engine backwardTargets). */
export function stagesSpill(target: unknown, rates: unknown): number[][] {
  const t = readInteger(target, "target", 0);
  const r = readRates(rates, "rates");
  return shapeLike(backwardTargets(t, r), readCells(rates, "rates").orientation);
}

/** TIER.RATES: step conversion rates counts[i+1] / counts[i]; "" where both are 0 (no data). */
export function ratesSpill(counts: unknown): (number | string)[][] {
  const c = readCounts(counts, "counts");
  if (c.length < 2) throw valueError(`counts: at least 2 stage counts are needed for a rate, found ${c.length}.`);
  const rates = stepRates(c).map((r) => (Number.isNaN(r) ? "" : r));
  return shapeLike(rates, readCells(counts, "counts").orientation);
}

/** TIER.FORECAST: expected count at the last stage from today's counts (engine forwardExpectation). */
export function forecastValue(counts: unknown, rates: unknown): number {
  const c = readCounts(counts, "counts");
  const r = readRates(rates, "rates");
  if (c.length !== r.length + 1) {
    throw valueError(`counts: ${c.length} stage counts given for ${r.length} rates; expected ${r.length + 1} (one more count than rates).`);
  }
  return forwardExpectation(c, r);
}

/** TIER.ALLOCATE: whole parts of `total` by weights, largest remainder, ties to the earlier entry. */
export function allocateSpill(total: unknown, weights: unknown): number[][] {
  const t = readInteger(total, "total", 0);
  const w = readNumberList(weights, "weights");
  w.forEach((x, i) => {
    if (x < 0) throw valueError(`weights: weight ${i + 1} is ${x}; weights cannot be negative.`);
  });
  if (!w.some((x) => x > 0)) throw valueError(`weights: all ${w.length} weights are 0; at least one must be above 0.`);
  return shapeLike(allocate(t, w), readCells(weights, "weights").orientation);
}
