import { InputError } from "../errors";

/**
 * The bands of an incentive ladder (梯级奖励, DESIGN.md "Reps and incentives"): `thresholds` are the
 * ascending lower bounds of the bands (a value equal to a bound is in the band that starts there),
 * `rates` one rate per band. On sales a rate is a fraction of sales (0.05 = 5 %); on attainment it is the
 * share of the target bonus per unit of attainment (bonus-on-attainment.ts).
 */
export interface CommissionBands {
  readonly thresholds: readonly number[];
  readonly rates: readonly number[];
}

/**
 * marginal (超额累进): each slice of the value earns its own band's rate, like tax brackets;
 * whole (全额累进): the whole value earns the rate of the highest band reached.
 */
export type CommissionMode = "marginal" | "whole";

export const COMMISSION_MODES: readonly CommissionMode[] = ["marginal", "whole"];

/** How the arguments are called where the bands came from (a worksheet function's argument names). */
export interface BandNames {
  readonly thresholds: string;
  readonly rates: string;
}

const DEFAULT_NAMES: BandNames = { thresholds: "thresholds", rates: "rates" };

function checkThresholds(t: readonly number[], what: string): void {
  for (let i = 0; i < t.length; i++) {
    const b = t[i];
    if (typeof b !== "number" || !Number.isFinite(b) || b < 0) {
      throw new InputError(
        "commission.threshold",
        { what, entry: i + 1, found: String(b) },
        `${what}: threshold ${i + 1} is ${String(b)}; expected a finite number of 0 or more (sales below 0 earn nothing).`,
      );
    }
    if (i > 0 && !(b > t[i - 1])) {
      throw new InputError(
        "commission.notAscending",
        { what, entry: i + 1, found: b, previous: t[i - 1] },
        `${what}: threshold ${i + 1} (${b}) must be above threshold ${i} (${t[i - 1]}); thresholds are the bands' lower bounds, strictly ascending.`,
      );
    }
  }
}

function checkRates(r: readonly number[], what: string): void {
  r.forEach((x, i) => {
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
      throw new InputError(
        "commission.rate",
        { what, entry: i + 1, found: String(x) },
        `${what}: rate ${i + 1} is ${String(x)}; expected a finite number of 0 or more.`,
      );
    }
  });
}

/**
 * Throws an InputError naming the argument when the bands cannot be used: no band, thresholds and rates of
 * different lengths, a threshold that is negative, not finite or not above the one before, a rate that is
 * negative or not finite. Rates need not rise from band to band.
 */
export function checkBands(bands: CommissionBands, names: BandNames = DEFAULT_NAMES): void {
  const { thresholds, rates } = bands;
  if (thresholds.length === 0) {
    throw new InputError(
      "commission.empty",
      { what: names.thresholds },
      `${names.thresholds}: no band given; expected at least one threshold (the first usually 0).`,
    );
  }
  if (rates.length !== thresholds.length) {
    throw new InputError(
      "commission.lengths",
      { thresholds: thresholds.length, rates: rates.length },
      `${names.rates}: ${rates.length} rates for ${thresholds.length} thresholds; expected one rate per band (${thresholds.length}).`,
    );
  }
  checkThresholds(thresholds, names.thresholds);
  checkRates(rates, names.rates);
}

/** Throws an InputError unless `mode` is "marginal" or "whole". */
export function checkCommissionMode(mode: unknown): asserts mode is CommissionMode {
  if (!COMMISSION_MODES.includes(mode as CommissionMode)) {
    throw new InputError(
      "commission.mode",
      { found: String(mode) },
      `mode: ${JSON.stringify(String(mode))} is not one of "marginal", "whole".`,
    );
  }
}
