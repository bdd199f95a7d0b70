/**
 * Running share of the total (the line of Excel's Pareto chart): [50, 30, 20] → [0.5, 0.8, 1].
 * Non-finite and negative values count as 0, as they carry no value.
 */
export function cumulativeShare(values: readonly number[]): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  let run = 0;
  return clean.map((v) => {
    run += v;
    return total > 0 ? run / total : 0;
  });
}
