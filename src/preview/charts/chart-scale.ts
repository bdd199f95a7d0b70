/**
 * A "nice" upper bound for a value axis (1, 2 or 5 × 10^k at or above the largest value), as chart
 * libraries pick axis maxima (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Short label for a value on an axis or a bar: 12,345 → "12.3k", 2,500,000 → "2.5M". */
export function shortNumber(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e6) return `${Number((x / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${Number((x / 1e3).toPrecision(3))}k`;
  return String(Number(x.toPrecision(4)));
}
