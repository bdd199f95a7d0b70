export { schemeToSql } from "./scheme-to-sql";
export type { SqlDialect, SqlSource, SchemeSqlOptions } from "./sql-types";
