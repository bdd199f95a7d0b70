import { selectInPlace } from "./select-in-place";

/**
 * Several type-7 quantiles (R quantile(type = 7), Excel PERCENTILE.INC; see quantile7) of the
 * finite values of an unsorted column, by quickselect on one copy instead of a full sort: the
 * order statistics needed are selected in increasing order, each inside the part of the array
 * still unsorted, so the work stays close to O(n). Returns NaN for each p when nothing is finite.
 *
 * @param probabilities ascending, each in [0, 1]
 */
export function quantiles7Unsorted(values: ArrayLike<number>, probabilities: readonly number[]): Float64Array {
  const all = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) all[count++] = v;
  }
  const a = all.subarray(0, count);
  const out = new Float64Array(probabilities.length).fill(NaN);
  if (count === 0) return out;
  let done = -1; // every index ≤ done already holds its sorted value
  const at = (k: number): number => {
    if (k > done) {
      // Indexes after `done` hold values ≥ a[done]; find k among them, then a[k+1..] ≥ a[k].
      selectInPlace(a, k, done + 1, count - 1);
      done = k;
    }
    return a[k];
  };
  probabilities.forEach((p, idx) => {
    const h = (count - 1) * p;
    const low = Math.floor(h);
    const frac = h - low;
    const x = at(low);
    if (frac === 0) {
      out[idx] = x;
      return;
    }
    // The next order statistic is the minimum of what lies after `low`.
    let next = Infinity;
    for (let i = low + 1; i < count; i++) if (a[i] < next) next = a[i];
    out[idx] = x + frac * (next - x);
  });
  return out;
}
