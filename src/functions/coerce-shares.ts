import { readNumberList } from "./coerce-number-list";
import { isMissing } from "./coerce-missing";
import { valueError } from "./errors";

// Shares typed by hand (33.3, 33.3, 33.4) are exact; sums computed in binary floating point are not.
const SUM_TOLERANCE = 1e-9;

/**
 * Reads tier shares: fractions summing to 1 (0.2, 0.3, 0.5) or percents summing to 100 (20, 30, 50),
 * returned as fractions. At least two tiers, each share above 0. Omitted → `defaults`.
 */
export function readShares(arg: unknown, name: string, defaults: readonly number[]): number[] {
  if (isMissing(arg)) return defaults.slice();
  const shares = readNumberList(arg, name);
  if (shares.length < 2)
    throw valueError(`${name}: at least 2 shares are needed (one per tier), found ${shares.length}.`);
  shares.forEach((s, i) => {
    if (!(s > 0)) throw valueError(`${name}: share ${i + 1} is ${s}; every share must be above 0.`);
  });
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) <= SUM_TOLERANCE) return shares;
  if (Math.abs(sum - 100) <= 100 * SUM_TOLERANCE) return shares.map((s) => s / 100);
  throw valueError(`${name}: shares must sum to 1 (fractions) or 100 (percents); they sum to ${+sum.toPrecision(12)}.`);
}
