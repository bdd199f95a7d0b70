import type { CellValue } from "./cell-value";

// Digits with optional thousands groups ("1,234,567.5"), or plain digits; optional sign and exponent.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * DESIGN.md, "Numbers": a cell counts as a number when it is a finite number, or a string that parses
 * as one after trimming, with `,` allowed as a thousands separator. Everything else (blanks, other text,
 * booleans, Excel errors) is not a number: the result is NaN.
 */
export function parseNumber(value: CellValue): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  if (text === "" || !NUMBER_TEXT.test(text) || !/\d/.test(text)) return NaN;
  const parsed = Number(text.replace(/,/g, ""));
  return Number.isFinite(parsed) ? parsed : NaN;
}
