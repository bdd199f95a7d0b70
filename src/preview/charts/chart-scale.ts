import { createFormatters } from "../../i18n/format";
import type { Lang } from "../../i18n/language";

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

/**
 * Short label for a value on an axis or a bar, in the page's language (format.ts `compact`, the one
 * implementation): 12,345 → "12.3K" / "1.23万", 2,500,000 → "2.5M" / "250万", 1,234 → "1,234".
 */
export function shortNumber(x: number, lang: Lang = "en-US"): string {
  return createFormatters(lang).compact(x);
}
