import type { SqlDialect } from "./sql-types";

/**
 * What differs between the dialects, one function each; everything else the generator writes is the SQL both
 * share (and Spark SQL, BigQuery and Snowflake have too): CASE, CAST, COALESCE, TRIM, LOWER, SUM / COUNT / RANK
 * OVER (PARTITION BY … ORDER BY …), GROUP BY, LEFT JOIN.
 */
export interface Dialect {
  readonly name: SqlDialect;
  /** An identifier in double quotes (both dialects), inner quotes doubled. */
  ident(name: string): string;
  /** The double-precision type name. */
  readonly double: string;
  /** The text type name. */
  readonly text: string;
  /** Whether `expr` (text) matches the regular expression `re` in full. */
  matches(expr: string, re: string): string;
  /** Text → double, for text already checked against the number pattern (no thousands separators left). */
  toDouble(text: string): string;
  /** Round a double to 9 decimals (DESIGN.md: shares times counts are compared after rounding). */
  round9(expr: string): string;
  /** The type-7 quantile of `expr` at probability p, as an aggregate (GROUP BY). */
  quantile7(expr: string, p: number): string;
  /** The first parenthesised group of `re` in `expr` (text). */
  capture(expr: string, re: string): string;
  /** Whole days from date a to date b (b − a). */
  daysBetween(a: string, b: string): string;
}

/** A string literal in single quotes (both dialects), inner quotes doubled. */
export function stringLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A finite number as a literal: the shortest text that reads back as the same double. */
export function numberLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return Object.is(x, -0) ? "0" : String(x);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

const DUCKDB: Dialect = {
  name: "duckdb",
  ident: quoteIdent,
  double: "DOUBLE",
  text: "VARCHAR",
  matches: (expr, re) => `regexp_full_match(${expr}, ${stringLiteral(re)})`,
  // TRY_CAST: a text out of double's range gives NULL, never an error.
  toDouble: (text) => `TRY_CAST(${text} AS DOUBLE)`,
  round9: (expr) => `ROUND(${expr}, 9)`,
  quantile7: (expr, p) => `quantile_cont(${expr}, ${numberLiteral(p)})`,
  capture: (expr, re) => `regexp_extract(${expr}, ${stringLiteral(re)}, 1)`,
  daysBetween: (a, b) => `date_diff('day', ${a}, ${b})`,
};

const POSTGRES: Dialect = {
  name: "postgres",
  ident: quoteIdent,
  double: "double precision",
  text: "text",
  matches: (expr, re) => `(${expr} ~ ${stringLiteral(`^(?:${re})$`)})`,
  // Through numeric, which reads any exponent the pattern lets through (at most 3 digits), then kept only when a
  // double holds it: a cast out of double's range is an error in PostgreSQL, not NULL (above the largest double,
  // or so small it would round to 0; subnormals are read).
  toDouble: (text) =>
    `CASE WHEN abs(CAST(${text} AS numeric)) <= 1.7976931348623157e308 AND (CAST(${text} AS numeric) = 0 OR abs(CAST(${text} AS numeric)) > 2.4703282292062328e-324) THEN CAST(CAST(${text} AS numeric) AS double precision) END`,
  // round(double, int) does not exist in PostgreSQL; numeric keeps the 9 decimals exact.
  round9: (expr) => `ROUND(CAST(${expr} AS numeric), 9)`,
  quantile7: (expr, p) => `percentile_cont(${numberLiteral(p)}) WITHIN GROUP (ORDER BY ${expr})`,
  capture: (expr, re) => `substring(${expr} from ${stringLiteral(re)})`,
  daysBetween: (a, b) => `(${b} - ${a})`,
};

export function dialectOf(name: SqlDialect): Dialect {
  return name === "postgres" ? POSTGRES : DUCKDB;
}
