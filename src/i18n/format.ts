import type { Lang } from "./language";

/**
 * Locale-aware formatters (Intl): the one place the pane, its messages and the preview's charts turn
 * numbers into text. Thousands separators everywhere ("6,668"), percents without a space in both
 * languages ("33.3%", as glossary-zh.md and Intl write them), short chart labels in each language's
 * own style ("5M" in English, "500万" in Chinese).
 */
export interface Formatters {
  number(x: number, maxDigits?: number): string;
  integer(x: number): string;
  percent(fraction: number, digits?: number): string;
  /** A UTC calendar date (engine dates are UTC midnights) shown as a short local date. */
  date(d: Date): string;
  /** A short label for a chart: below 10,000 as `number`, above in compact form, 3 significant digits (12.3K, 500万, 2.5亿). */
  compact(x: number): string;
  /**
   * A message parameter as shown inside a sentence (i18next's format hook): numbers grouped with the
   * locale's separators ("6,668 tasks"), except `key`s that name a position or a code (a sheet row,
   * a year), which read as Excel shows them; anything else unchanged.
   */
  param(value: unknown, key?: string): unknown;
}

/** Message parameters that are positions or codes, not quantities: shown without thousands separators. */
const PLAIN_KEYS: ReadonlySet<string> = new Set([
  "row",
  "headerRow",
  "firstDataRow",
  "year",
  "month",
  "day",
  "quarter",
  "serial",
  "code",
  "id",
  "index",
]);

const cache = new Map<Lang, Formatters>();

/** The formatters of a language (made once per language: Intl formatters are costly to build). */
export function createFormatters(lang: Lang): Formatters {
  const made = cache.get(lang);
  if (made) return made;
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(lang, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const compact = new Intl.NumberFormat(lang, { notation: "compact", maximumSignificantDigits: 3 });
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const number = (x: number, maxDigits = 2): string => {
    if (!Number.isFinite(x)) return "–";
    let f = numbers.get(maxDigits);
    if (!f) numbers.set(maxDigits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: maxDigits })));
    return f.format(x);
  };
  const formatters: Formatters = {
    number,
    integer: (x) => (Number.isFinite(x) ? integer.format(x) : "–"),
    percent(fraction, digits = 1) {
      if (!Number.isFinite(fraction)) return "–";
      let f = percents.get(digits);
      if (!f)
        percents.set(digits, (f = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: digits })));
      return f.format(fraction);
    },
    date: (d) => (Number.isNaN(d.getTime()) ? "–" : date.format(d)),
    compact: (x) => (!Number.isFinite(x) ? "–" : Math.abs(x) < 1e4 ? number(x) : compact.format(x)),
    param(value, key) {
      if (typeof value !== "number" || !Number.isFinite(value) || (key !== undefined && PLAIN_KEYS.has(key)))
        return value;
      // Keep the digits the caller passed (messages round their own figures), up to 7 decimals.
      return number(value, 7);
    },
  };
  cache.set(lang, formatters);
  return formatters;
}
