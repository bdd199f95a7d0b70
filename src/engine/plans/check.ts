import { InputError } from "../errors";

/** Throws InputError unless x is a finite number (≥ 0 when `nonNegative`). */
export function checkNumber(x: unknown, what: string, nonNegative = false): number {
  if (typeof x !== "number" || !Number.isFinite(x) || (nonNegative && x < 0)) {
    throw new InputError(
      "plans.badNumber",
      { what, found: String(x) },
      `${what}: expected a ${nonNegative ? "non-negative " : ""}finite number, found ${String(x)}.`,
    );
  }
  return x;
}

/** Throws InputError unless x is a share in [0, 1]. */
export function checkShare(x: unknown, what: string): number {
  const v = checkNumber(x, what, true);
  if (v > 1 + 1e-9)
    throw new InputError(
      "plans.badShare",
      { what, found: String(x) },
      `${what}: expected a share between 0 and 1, found ${String(x)}.`,
    );
  return v;
}

/** Throws InputError unless x is a non-negative whole number. */
export function checkCount(x: unknown, what: string): number {
  const v = checkNumber(x, what, true);
  if (!Number.isInteger(v))
    throw new InputError(
      "plans.badCount",
      { what, found: String(x) },
      `${what}: expected a whole number, found ${String(x)}.`,
    );
  return v;
}
