/** Number of distinct values in an ascending array (natural breaks needs at least k of them). */
export function distinctCount(sorted: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) d++;
  return d;
}
