import type { Dialect } from "./dialect";

/**
 * DESIGN.md "Numbers" in SQL: a cell counts as a number when its text, trimmed, is digits with optional
 * thousands groups (`1,234,567.5`), an optional sign, fraction and exponent — the pattern of parseNumber
 * (src/engine/cells/parse-number.ts) — and the number is finite. Every column is read through its text
 * (CAST … AS text), so the rule is the same whatever the column's SQL type: a DOUBLE or NUMERIC column's
 * numbers, and numbers stored as text, count; blanks (NULL, ''), other text and booleans do not.
 * Differences from the engine, stated: the exponent may have at most 3 digits (1e1000 is not a number here,
 * and is Infinity, so not one, in the engine too); in PostgreSQL a number that would round to 0
 * as a double (below 2.5e-324, except 0 itself) is not read, where the engine reads 0; NaN and Infinity read from a DOUBLE column are not numbers (as in the engine).
 */
export const NUMBER_PATTERN =
  "[+-]?(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?";

/** A cell's trimmed text (NULL stays NULL). */
export function cellText(d: Dialect, expr: string): string {
  return `TRIM(CAST(${expr} AS ${d.text}))`;
}

/** The number a cell's trimmed text `t` (see cellText) holds by DESIGN.md "Numbers", or NULL. */
export function numberOf(d: Dialect, t: string): string {
  return `CASE WHEN ${d.matches(t, NUMBER_PATTERN)} THEN ${d.toDouble(`REPLACE(${t}, ',', '')`)} END`;
}
