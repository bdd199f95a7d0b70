import { InputError } from "../errors";

/**
 * Shares given either as fractions summing to 1 or as percents summing to 100 (within 1e-9 after
 * rounding to 9 decimals), returned as fractions. Anything else is an InputError naming the sum,
 * so "20/30/40" is reported as summing to 90 %, not silently rescaled.
 */
export function normaliseShares(shares: readonly number[], what = "shares"): number[] {
  if (shares.length === 0) {
    throw new InputError("shares.empty", { what }, `${what}: expected at least 2 shares, found none.`);
  }
  shares.forEach((s, i) => {
    if (typeof s !== "number" || !Number.isFinite(s)) {
      throw new InputError(
        "shares.notNumber",
        { what, entry: i + 1, found: String(s) },
        `${what}, entry ${i + 1}: expected a finite number, found ${String(s)}.`,
      );
    }
  });
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) <= 1e-9 * 100) return shares.map((s) => s / 100);
  if (Math.abs(sum - 1) <= 1e-9) return [...shares];
  const asText = Number(sum.toFixed(9));
  throw new InputError(
    "shares.sum",
    { what, sum: asText },
    `${what}: expected shares summing to 100 % (or to 1), found a sum of ${asText}${sum > 1.5 ? " %" : ""}.`,
  );
}
