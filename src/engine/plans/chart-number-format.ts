import type { PlanLang } from "./types";

/**
 * The number format of a written chart's values in Chinese: 万 (10^4) and 亿 (10^8), as Chinese reports count,
 * rather than Excel's "5,000,000" or "5M". English charts keep Excel's own format (undefined).
 *
 * Excel number-format code semantics (Microsoft, "Review guidelines for customizing a number format",
 * https://support.microsoft.com/en-us/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5):
 * - `[>=100000000]` / `[>=10000]`: a condition in square brackets picks the section a value uses; the last
 *   section (`0`) takes the rest.
 * - `,` after the last digit placeholder scales the number by 1,000 (`,,` by 1,000,000).
 * - `\.`: a character after a backslash is shown as it is, so this "." is text, not the decimal point. (Excel
 *   also takes `!` for this and shows it as `\` once saved; the backslash is the form the page documents.)
 * - `"万"`: text in double quotes is shown as it is.
 * So each section rounds the scaled value to a whole number and shows it with a literal point before its last
 * one or two digits. Hand check:
 *   123456    → [>=10000]  123456 / 1,000 = 123.456 → 123 → "12.3" + 万 = 12.3万   (123456 / 10^4 = 12.3456)
 *   250000000 → [>=1e8]    250000000 / 1,000,000 = 250 → "2.50" + 亿 = 2.50亿   (250000000 / 10^8 = 2.5)
 *   5000      → 0 → 5000
 */
export const CHINESE_UNITS_FORMAT = '[>=100000000]0\\.00,,"亿";[>=10000]0\\.0,"万";0';

/** The format for chart values in `lang` (undefined: Excel's own). */
export function chartValueFormat(lang: PlanLang): string | undefined {
  return lang === "zh-CN" ? CHINESE_UNITS_FORMAT : undefined;
}
