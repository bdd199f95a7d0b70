/** Pieces of a number format that never make it a date: quoted text, escaped characters, fills, pads. */
const LITERALS = /"[^"]*"|\\.|_.|\*./g;
/** Bracketed parts: colours, conditions, locales ([$-409], [DBNum1]); elapsed time ([h], [mm], [ss]) is kept apart. */
const BRACKETS = /\[[^\]]*\]/g;
const ELAPSED = /\[(h+|m+|s+)\]/i;

/**
 * Whether an Excel number format (as `Range.numberFormat` gives it, in English codes) shows a date:
 * `yyyy-mm-dd`, `m/d/yyyy`, `yyyy"年"m"月"d"日"`, `[$-F800]dddd, mmmm dd, yyyy`, `d-mmm-yy h:mm` … are dates;
 * `General`, `0.00`, `@`, `h:mm:ss`, `mm:ss` and elapsed durations (`[h]:mm`) are not.
 * Reference: Microsoft, "Number format codes" (date codes d, m, y; m next to h or s means minutes).
 */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (typeof format !== "string") return false;
  const section = format.split(";")[0];
  if (ELAPSED.test(section)) return false;
  const codes = section.replace(LITERALS, "").replace(BRACKETS, "").toLowerCase();
  if (codes === "general" || codes.trim() === "") return false;
  if (/[dy]/.test(codes)) return true;
  // With neither d nor y, m is a month only when no hour or second sits beside it ("mmm" vs "mm:ss").
  return /m/.test(codes) && !/[hs]/.test(codes);
}
