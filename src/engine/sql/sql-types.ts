/** The SQL dialects the generator writes (both run in tests: DuckDB embedded, PostgreSQL 15). */
export type SqlDialect = "duckdb" | "postgres";

export interface SqlSource {
  /** The table (or view) to read; the generator quotes it as the dialect needs ("schema.table" is split at dots). */
  readonly table: string;
  /** The SQL column name of each column of the scheme's table, by column index (default: the sheet's headers). */
  readonly columns: readonly string[];
}

export interface SchemeSqlOptions {
  readonly dialect: SqlDialect;
  readonly source: SqlSource;
  /** Cut-offs computed in the workbook, for computed ABC and natural breaks, which export as thresholds. */
  readonly fixedBounds?: readonly number[];
}
