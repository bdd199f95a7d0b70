/**
 * Exact rescaling of a list of numbers so that the arithmetic done on them can neither overflow
 * (a sum of squares of 1e154, a sum of two weights of 1e308) nor underflow (squares of 1e-300).
 *
 * The factor is a power of two, so multiplying by it only shifts each value's exponent and keeps
 * every bit of its mantissa: sums, products and quotients of scaled values round exactly as the
 * unscaled ones would (as long as both stay normal doubles), and any result that is invariant to
 * the scale of its input (a clustering, a weighted mean) comes out bit for bit the same.
 */

/** The exponent e with 2^e ≤ m < 2^(e+1), for a finite m > 0 (subnormals included). */
function exponentOf(m: number): number {
  let e = Math.floor(Math.log2(m));
  // Math.log2 may round up just below a power of two; correct it against exact powers of two.
  if (2 ** e > m) e--;
  else if (2 ** (e + 1) <= m) e++;
  return e;
}

/**
 * A multiplier, applied as two factors (each a representable power of two: 2^1074, needed for the
 * smallest subnormal, is not), that brings the largest |x| in `values` into [0.5, 1). Values that
 * are 0, NaN or ±Infinity are ignored when finding the largest; with no finite non-zero value the
 * multiplier is 1.
 */
export interface PowerOfTwoScale {
  readonly first: number;
  readonly second: number;
}

export function unitScale(values: ArrayLike<number>): PowerOfTwoScale {
  const max = largestFiniteMagnitude(values);
  if (max === 0) return { first: 1, second: 1 };
  const shift = -exponentOf(max) - 1; // in [-1024, 1073]
  const half = Math.trunc(shift / 2);
  return { first: 2 ** half, second: 2 ** (shift - half) };
}

/**
 * The largest finite |x| in values (0 when there is none). A function of its own, with nothing after
 * its loop: on a million values the loop is compiled during the first call and stays compiled.
 */
function largestFiniteMagnitude(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > max && a !== Infinity) max = a;
  }
  return max;
}

/** x × the scale (two exact steps: the intermediate lies between x and the result). */
export function scaled(x: number, s: PowerOfTwoScale): number {
  return x * s.first * s.second;
}

/** A copy of `values` with each value scaled by {@link unitScale} of `values`. */
export function scaledToUnit(values: ArrayLike<number>): Float64Array {
  const s = unitScale(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] * s.first * s.second;
  return out;
}
