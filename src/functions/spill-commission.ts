import { checkBands, COMMISSION_MODES, commissionColumn, type CommissionMode } from "../engine/reps/incentives";
import { isMissing } from "./coerce-missing";
import { readNumberList } from "./coerce-number-list";
import { readVector } from "./coerce-vector";
import { valueError } from "./errors";
import { shapeLike } from "./shape-output";

/** TIER.COMMISSION's mode argument: omitted or blank → "marginal"; else "marginal" or "whole" (any case). */
function readMode(arg: unknown): CommissionMode {
  if (isMissing(arg)) return "marginal";
  const name = String(Array.isArray(arg) ? arg.flat()[0] : arg)
    .trim()
    .toLowerCase();
  const mode = COMMISSION_MODES.find((m) => m === name);
  if (mode) return mode;
  throw valueError(`mode: ${JSON.stringify(String(arg))} is not one of "marginal", "whole".`);
}

/**
 * Commission rates on sales are fractions: a rate above 1 pays more than the sale itself and is most likely
 * a percent typed as a number (5 for 5 %), so it is questioned rather than used (DESIGN.md "No silent wrong
 * result"). Rates of 0 are fine (a band that earns nothing).
 */
function checkFractions(rates: number[]): void {
  rates.forEach((r, i) => {
    if (r > 1) {
      const hint = r <= 100 ? ` (${r} % is ${+(r / 100).toPrecision(12)})` : "";
      throw valueError(`rates: rate ${i + 1} is ${r}; expected a fraction from 0 to 1${hint}.`);
    }
  });
}

/**
 * TIER.COMMISSION (engine commissionColumn; DESIGN.md "Reps and incentives"): the payout on each sales
 * cell by bands, marginal (超额累进) or whole (全额累进), in the layout of `sales`. Sales ≤ 0 earn 0
 * (a return is not a negative commission); a cell that is not a number (blank, text, an error) gives "".
 * Bad thresholds or rates are the engine's InputError, which `guarded` turns into #VALUE! with its message.
 */
export function commissionSpill(
  sales: unknown,
  thresholds: unknown,
  rates: unknown,
  mode: unknown,
): (number | string)[][] {
  const s = readVector(sales, "sales");
  const bands = { thresholds: readNumberList(thresholds, "thresholds"), rates: readNumberList(rates, "rates") };
  checkBands(bands); // first, so a length or sign mistake is named before a rate's unit is questioned
  checkFractions(bands.rates);
  const payouts = commissionColumn(s.values, bands, readMode(mode));
  const out = Array.from(payouts, (p, i): number | string => (Number.isNaN(s.values[i]) ? "" : p));
  return shapeLike(out, s.orientation);
}
