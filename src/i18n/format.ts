import type { Lang } from "./language";

/** Locale-aware formatters (Intl), so 12,345.6 reads "12,345.6" in en-US and "12,345.6" / "12.3%" per locale. */
export interface Formatters {
  number(x: number, maxDigits?: number): string;
  integer(x: number): string;
  percent(fraction: number, digits?: number): string;
  /** A UTC calendar date (engine dates are UTC midnights) shown as a short local date. */
  date(d: Date): string;
}

export function createFormatters(lang: Lang): Formatters {
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(lang, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  return {
    number(x, maxDigits = 2) {
      if (!Number.isFinite(x)) return "–";
      let f = numbers.get(maxDigits);
      if (!f) numbers.set(maxDigits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: maxDigits })));
      return f.format(x);
    },
    integer: (x) => (Number.isFinite(x) ? integer.format(x) : "–"),
    percent(fraction, digits = 1) {
      if (!Number.isFinite(fraction)) return "–";
      let f = percents.get(digits);
      if (!f) percents.set(digits, (f = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: digits })));
      return f.format(fraction);
    },
    date: (d) => (Number.isNaN(d.getTime()) ? "–" : date.format(d)),
  };
}
