/**
 * R's `round(x)` (digits = 0): IEC 60559 round-half-to-even, as R ≥ 4.0.0 documents in ?Round
 * ("round(0.5) is 0 and round(-1.5) is -2"). Used where the ABCanalysis package turns a point's
 * effort into an item position, `round(A[1] * length(Data))`.
 */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
