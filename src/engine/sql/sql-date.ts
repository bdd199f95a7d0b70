import type { Dialect } from "./dialect";
import { numberOf } from "./sql-number";

/**
 * A date cell → its Excel serial day (1900 date system, as the engine counts days), or NULL. The engine reads
 * a number as a serial and a year-first text as a date (src/engine/cells/cell-to-serial.ts); SQL reads the
 * cell's text, so: a number (DESIGN.md "Numbers") from 1 to 2958465 is a serial (its day: FLOOR; 60, Excel's
 * fictitious 1900-02-29, is not a date); a text `yyyy-mm-dd` (or with `/` or `.`, one- or two-digit month and day,
 * an optional time) is that day — which is what a SQL DATE or TIMESTAMP column gives as text. A day that does
 * not exist (2024-02-30) is NULL. Not read in SQL: 2024年3月5日. Counting in serials keeps the day arithmetic
 * (recency, lifecycle windows) the engine's, including Excel's days before 1900-03-01.
 */
const DATE_PATTERN = "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?Z?)?";

/** Serial day of a DATE expression: days from 1899-12-30, one fewer before 1900-03-01 (Excel's leap-day bug). */
export function serialOfDate(d: Dialect, date: string): string {
  return `(${d.daysBetween("DATE '1899-12-30'", date)} - CASE WHEN ${date} < DATE '1900-03-01' THEN 1 ELSE 0 END)`;
}

/** The serial day of a cell's trimmed text `t`, or NULL. */
export function daySerialOf(d: Dialect, t: string): string {
  const n = numberOf(d, t);
  const y = `CAST(SUBSTRING(${t}, 1, 4) AS INTEGER)`;
  const m = `CAST(${d.capture(t, "^[0-9]{4}[-/.]([0-9]{1,2})")} AS INTEGER)`;
  const day = `CAST(${d.capture(t, "^[0-9]{4}[-/.][0-9]{1,2}[-/.]([0-9]{1,2})")} AS INTEGER)`;
  const date = `(make_date(${y}, ${m}, 1) + (${day} - 1))`;
  const fromNumber = `CASE WHEN ${n} >= 1 AND ${n} < 2958466 AND FLOOR(${n}) <> 60 THEN FLOOR(${n}) END`;
  // Nested CASEs, not AND: PostgreSQL does not promise to test AND's operands in order, and make_date errors.
  const fromText = `CASE WHEN ${m} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND 31 THEN CASE WHEN EXTRACT(MONTH FROM ${date}) = ${m} THEN ${serialOfDate(d, date)} END END`;
  return `CASE WHEN ${n} IS NOT NULL THEN ${fromNumber} WHEN ${d.matches(t, DATE_PATTERN)} THEN ${fromText} END`;
}
