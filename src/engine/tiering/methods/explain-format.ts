/** A share as the explanations write it: whole percents from 10 %, one decimal below. */
export function pct(x: number): string {
  const p = x * 100;
  // No space before %, as Excel and Intl write percents in English and Chinese (issue 11).
  return `${Math.abs(p) >= 10 || p === 0 ? Math.round(p) : Number(p.toFixed(1))}%`;
}

/** A number as the explanations write it: at most 10 significant digits. */
export function num(x: number): string {
  return String(Number(x.toPrecision(10)));
}
