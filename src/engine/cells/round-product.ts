/**
 * DESIGN.md: where a rule compares a product of a share and a count (or a quotient), round it to
 * 9 decimals first, so 0.2 × 10 is 2 and 21 / 0.7 is 30 despite binary floating point.
 * toFixed keeps this exact for magnitudes far beyond what x * 1e9 could hold in a double.
 */
export function round9(x: number): number {
  return Number.isFinite(x) ? Number(x.toFixed(9)) : x;
}
