import { InputError } from "../errors";
import { mulberry32 } from "./mulberry32";
import { standardNormal } from "./standard-normal";

/** Median and spread of sample sales: log-normal with μ = ln 8000, σ = 1.1 (a few customers carry most value). */
export const SALES_LOG_MEAN = Math.log(8000);
export const SALES_LOG_SD = 1.1;

/**
 * n log-normal sales values (exp(μ + σz), z standard normal; rounded to cents, so ties occur as in real
 * data), the same for the same seed. Used by the samples and by the benchmarks at 1,048,576 rows.
 */
export function skewedValues(n: number, seed = 1): Float64Array {
  if (!Number.isInteger(n) || n < 0) {
    throw new InputError("sample.count", { n }, `n: ${n} is not a count; expected a whole number ≥ 0.`);
  }
  const random = mulberry32(seed);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++)
    values[i] = Math.round(Math.exp(SALES_LOG_MEAN + SALES_LOG_SD * standardNormal(random)) * 100) / 100;
  return values;
}
