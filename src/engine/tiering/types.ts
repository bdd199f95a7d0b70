/**
 * Per-row tier index: 0 is the first (top) tier, 1 the next, …; NO_TIER where the row has no valid
 * value. Methods take values as `ArrayLike<number>` with NaN for "not a number" (see parseNumber).
 */
export type TierIndexes = Int32Array;
export const NO_TIER = -1;

/** Default labels for k tiers: A, B, C, … */
export function defaultLabels(k: number): string[] {
  return Array.from(
    { length: k },
    (_, i) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ""),
  );
}
