import { readNumberList } from "./coerce-number-list";
import { valueError } from "./errors";

/**
 * Reads step conversion rates: fractions in (0, 1]. A cell formatted as 50 % holds 0.5, so 50 is out
 * of range (#VALUE!, with a message saying so) rather than silently divided by 100.
 */
export function readRates(arg: unknown, name: string): number[] {
  const rates = readNumberList(arg, name);
  rates.forEach((r, i) => {
    if (!(r > 0 && r <= 1)) {
      const hint = r > 1 && r <= 100 ? ` (${r} % is ${+(r / 100).toPrecision(12)})` : "";
      throw valueError(`${name}: rate ${i + 1} is ${r}; expected a fraction above 0 and at most 1${hint}.`);
    }
  });
  return rates;
}
