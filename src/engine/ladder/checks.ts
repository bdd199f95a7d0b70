import { InputError } from "../errors";

/** How a check names stage i (0-based) in its message: "stage 3" or "stage 3 (Needs analysis)". */
export type StageLabel = (index: number) => string;

export const plainStageLabel: StageLabel = (i) => `stage ${i + 1}`;

function show(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  return JSON.stringify(value);
}

/**
 * Every step rate must lie in (0, 1]: a rate of 0 would need infinitely many leads, and above 1 a
 * stage would convert more deals than it holds. rates[i] is the step from stage i+1 to stage i+2.
 */
export function checkRates(rates: readonly number[], label: StageLabel = plainStageLabel): void {
  rates.forEach((rate, i) => {
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0 || rate > 1) {
      throw new InputError(
        "rateOutOfRange",
        { stage: label(i), next: label(i + 1), found: show(rate) },
        `The step rate from ${label(i)} to ${label(i + 1)} must be a number greater than 0 and at most 1 (100 %); found ${show(rate)}.`,
      );
    }
  });
}

/** A target of deals (or of anything counted) must be a whole number ≥ 0. */
export function checkCountTarget(target: number, what = "target"): void {
  if (typeof target !== "number" || !Number.isInteger(target) || target < 0) {
    throw new InputError(
      "targetNotWholeNumber",
      { what, found: show(target) },
      `The ${what} must be a whole number of 0 or more; found ${show(target)}.`,
    );
  }
}

/** Stage counts must be finite and ≥ 0 (they are numbers of deals). */
export function checkCounts(counts: readonly number[], label: StageLabel = plainStageLabel): void {
  if (counts.length === 0) {
    throw new InputError("countsEmpty", {}, "Give at least one stage count; the list of counts is empty.");
  }
  counts.forEach((count, i) => {
    if (typeof count !== "number" || !Number.isFinite(count) || count < 0) {
      throw new InputError(
        "countNegative",
        { stage: label(i), found: show(count) },
        `The count at ${label(i)} must be a number of 0 or more; found ${show(count)}.`,
      );
    }
  });
}

/** counts has one entry per stage and rates one per step between stages. */
export function checkCountsMatchRates(counts: readonly number[], rates: readonly number[]): void {
  if (counts.length !== rates.length + 1) {
    throw new InputError(
      "countsRatesMismatch",
      { counts: counts.length, rates: rates.length, expected: rates.length + 1 },
      `There are ${rates.length} step rates, so ${rates.length + 1} stage counts are expected; found ${counts.length}.`,
    );
  }
}

export { show as showValue };
