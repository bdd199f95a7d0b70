import { allocate, backwardTargets, forwardExpectation, stepRates } from "../engine/ladder";
import { readCells } from "./coerce-cells";
import { readNumberList } from "./coerce-number-list";
import { readRates } from "./coerce-rates";
import { readInteger } from "./coerce-scalar";
import { valueError } from "./errors";
import { EXCEL_MAX_NUMBER_TEXT, excelCanHold } from "./excel-number";
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
  const counts = backwardTargets(t, r);
  // Counts grow towards the first stage: the first count Excel cannot hold is the latest one.
  for (let i = counts.length - 1; i >= 0; i--) {
    if (!excelCanHold(counts[i])) {
      throw valueError(
        `target: ${t} at the last stage needs a count beyond ${EXCEL_MAX_NUMBER_TEXT} (Excel's largest number) at stage ${i + 1}; use a smaller target.`,
      );
    }
  }
  return shapeLike(counts, readCells(rates, "rates").orientation);
}

/** TIER.RATES: step conversion rates counts[i+1] / counts[i]; "" where both are 0 (no data). */
export function ratesSpill(counts: unknown): (number | string)[][] {
  const c = readCounts(counts, "counts");
  if (c.length < 2) throw valueError(`counts: at least 2 stage counts are needed for a rate, found ${c.length}.`);
  const rates = stepRates(c).map((r, i) => {
    if (Number.isNaN(r)) return "";
    if (!excelCanHold(r)) {
      throw valueError(
        `counts: the rate from stage ${i + 1} (${c[i]}) to stage ${i + 2} (${c[i + 1]}) is beyond ${EXCEL_MAX_NUMBER_TEXT} (Excel's largest number); check the counts.`,
      );
    }
    return r;
  });
  return shapeLike(rates, readCells(counts, "counts").orientation);
}

/** TIER.FORECAST: expected count at the last stage from today's counts (engine forwardExpectation). */
export function forecastValue(counts: unknown, rates: unknown): number {
  const c = readCounts(counts, "counts");
  const r = readRates(rates, "rates");
  if (c.length !== r.length + 1) {
    throw valueError(
      `counts: ${c.length} stage counts given for ${r.length} rates; expected ${r.length + 1} (one more count than rates).`,
    );
  }
  const expected = forwardExpectation(c, r);
  if (!excelCanHold(expected))
    throw valueError(
      `counts: the expected count is beyond ${EXCEL_MAX_NUMBER_TEXT} (Excel's largest number); check the counts.`,
    );
  return expected;
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
