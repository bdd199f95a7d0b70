/**
 * Makes a string land in Excel as the same text. Range.values behaves like typing (the @types/office-js
 * doc of Range.values: a value starting with "+", "-" or "=" is interpreted as a formula; number-,
 * boolean- and date-like text is converted too). Excel's quote prefix — a leading apostrophe, what a
 * user types to force text — stores the rest as text, is not part of the value read back, and leaves
 * the cell's number format alone. We prefer it over numberFormat "@" because it travels inside the
 * values array (no second array per chunk) and does not turn the cell into a Text cell for later edits.
 */
export function protectText(text: string): string {
  if (text === "") return text;
  return needsQuotePrefix(text) ? `'${text}` : text;
}

const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[+-]?[$€£¥]?\s*(\d[\d,]*)?(\.\d+)?([eE][+-]?\d+)?\s*%?\s*$/;
const DATE_OR_TIME_LIKE =
  /^\s*\d{1,4}\s*[-/.:]\s*\d{1,2}(\s*[-/.:]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(am|pm)?\s*$/i;

/** True when Excel would not keep the string as plain text (formula, number, boolean, date, or a leading apostrophe). */
export function needsQuotePrefix(text: string): boolean {
  return (
    text.startsWith("'") ||
    FORMULA_START.test(text) ||
    (NUMBER_LIKE.test(text) && /\d/.test(text)) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    DATE_OR_TIME_LIKE.test(text) ||
    /^#[A-Z/0]+[!?]?$/.test(text.trim())
  );
}

/** A plan value as Range.values expects it: blanks as "", text protected, numbers as they are. */
export function toExcelValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return protectText(value);
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  return value;
}
