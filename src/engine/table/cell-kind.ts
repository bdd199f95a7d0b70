import type { CellValue } from "../cells/cell-value";
import { isExcelError } from "../cells/excel-error";
import { parseNumber } from "../cells/parse-number";
import { parseDateText } from "../cells/date-text";
import { isDateNumberFormat } from "../cells/date-number-format";

/** What one cell holds, as far as column kinds and header detection care. */
export type CellKind = "blank" | "number" | "date" | "text" | "boolean" | "error";

/** Remembers which number formats are dates: a column usually repeats one format a million times. */
export type DateFormatCache = Map<string, boolean>;

function formatIsDate(format: string | null | undefined, cache?: DateFormatCache): boolean {
  if (typeof format !== "string") return false;
  if (!cache) return isDateNumberFormat(format);
  let known = cache.get(format);
  if (known === undefined) {
    known = isDateNumberFormat(format);
    cache.set(format, known);
  }
  return known;
}

/**
 * The kind of one cell: a number with a date format, or a year-first date text, is a date; numbers and
 * numeric text (DESIGN.md "Numbers") are numbers; blank or whitespace-only cells are blank.
 */
export function cellKind(value: CellValue, numberFormat?: string | null, cache?: DateFormatCache): CellKind {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "error";
    return formatIsDate(numberFormat, cache) ? "date" : "number";
  }
  if (typeof value === "boolean") return "boolean";
  if (typeof value !== "string") return "error";
  const first = value.charCodeAt(0);
  // Most text cells are names; only text starting with a digit, sign, point, space or # needs a closer look.
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first > 127;
  if (letter) return "text";
  if (value.trim() === "") return "blank";
  if (isExcelError(value)) return "error";
  if (!Number.isNaN(parseNumber(value))) return "number";
  if (!Number.isNaN(parseDateText(value))) return "date";
  return "text";
}
