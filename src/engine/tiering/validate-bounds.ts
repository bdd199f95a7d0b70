import { InputError } from "../errors";

/**
 * Threshold bounds must be finite and strictly decreasing (bound_1 for the top tier first); at least
 * one bound (two tiers). Throws an InputError naming the offending entry (1-based).
 */
export function validateBounds(bounds: ArrayLike<number>, what = "thresholds"): void {
  if (bounds.length < 1) {
    throw new InputError("bounds.tooFew", { what }, `${what}: expected at least 1 bound (2 tiers), found none.`);
  }
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i];
    if (typeof b !== "number" || !Number.isFinite(b)) {
      throw new InputError(
        "bounds.notNumber",
        { what, entry: i + 1, found: String(b) },
        `${what}, bound ${i + 1}: expected a finite number, found ${String(b)}.`,
      );
    }
    if (i > 0 && !(b < bounds[i - 1])) {
      throw new InputError(
        "bounds.notDecreasing",
        { what, entry: i + 1, found: b, previous: bounds[i - 1] },
        `${what}, bound ${i + 1}: expected a value below bound ${i} (${bounds[i - 1]}), found ${b}; bounds must be strictly decreasing.`,
      );
    }
  }
}
