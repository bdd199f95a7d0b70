import type { CellValue } from "./cell-value";
import { FICTITIOUS_LEAP_DAY_SERIAL, MAX_EXCEL_SERIAL } from "./excel-serial-date";
import { parseDateText } from "./date-text";

/**
 * The Excel serial a cell of a date column stands for: a number in 1 … 2958465 is taken as a serial
 * (Excel hands dates over as serials), a year-first date text is parsed (see parseDateText). Anything
 * else, and serial 60 (the fictitious 1900-02-29), is NaN.
 */
export function cellToSerial(value: CellValue): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value >= MAX_EXCEL_SERIAL + 1) return NaN;
    return Math.floor(value) === FICTITIOUS_LEAP_DAY_SERIAL ? NaN : value;
  }
  if (typeof value === "string") return parseDateText(value);
  return NaN;
}
