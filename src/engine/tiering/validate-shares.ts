import { InputError } from "../errors";

/**
 * Checks tier shares as fractions: at least 2 tiers, each share positive and finite, summing to 1
 * within 1e-9. Throws an InputError naming the offending entry (1-based) or the sum found.
 */
export function validateShares(shares: ArrayLike<number>, what = "shares"): void {
  const k = shares.length;
  if (k < 2) {
    throw new InputError("shares.tooFew", { what, found: k }, `${what}: expected at least 2 tiers, found ${k}.`);
  }
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const s = shares[i];
    if (typeof s !== "number" || !Number.isFinite(s)) {
      throw new InputError(
        "shares.notNumber",
        { what, entry: i + 1, found: String(s) },
        `${what}, entry ${i + 1}: expected a finite number, found ${String(s)}.`,
      );
    }
    if (s <= 0) {
      throw new InputError(
        "shares.notPositive",
        { what, entry: i + 1, found: s },
        `${what}, entry ${i + 1}: expected a share greater than 0, found ${s}.`,
      );
    }
    sum += s;
  }
  if (Math.abs(sum - 1) > 1e-9) {
    const pct = Number((sum * 100).toFixed(7));
    throw new InputError(
      "shares.sum",
      { what, sum: pct },
      `${what}: expected shares summing to 100 %, found ${pct} %.`,
    );
  }
}
