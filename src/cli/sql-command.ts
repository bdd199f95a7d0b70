import { InputError } from "../engine";
import { schemeToSql, type SqlDialect } from "../engine/sql";
import { badInput, usageError } from "./cli-error";
import { listFlag, type Flags } from "./flags";
import { readSchemeFile } from "./read-scheme-file";
import { schemeFromFlags, type SchemeWithColumns } from "./scheme-from-flags";

const DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

export function dialectFlag(flags: Flags): SqlDialect {
  const d = flags.dialect ?? "duckdb";
  if ((DIALECTS as readonly string[]).includes(d)) return d as SqlDialect;
  throw badInput(`--dialect: expected ${DIALECTS.join(" or ")}, found "${d}"`);
}

/** The scheme file's, or the one the method flags describe; a scheme file takes its column names from --columns. */
export function schemeOf(flags: Flags, fileColumns?: readonly string[]): SchemeWithColumns {
  if (flags.scheme === undefined) return schemeFromFlags(flags, fileColumns);
  const given = ["method", "value", "key", "group", "shares", "labels", "bounds"].find(
    (f) => flags[f as keyof Flags] !== undefined,
  );
  if (given) throw usageError(`--${given}: give either --scheme or the method flags, not both`);
  const scheme = readSchemeFile(flags.scheme);
  if (fileColumns) return { scheme, columns: fileColumns };
  const columns = listFlag(flags, "columns");
  if (!columns) {
    throw usageError(
      "--columns is required with --scheme: the SQL name of each column of the scheme's table, in order",
    );
  }
  return { scheme, columns };
}

/** Engine errors (an unknown column, a method with no SQL form) name the scheme's field; keep that, one line. */
export function sqlFor(s: SchemeWithColumns, dialect: SqlDialect, table: string): string {
  try {
    return schemeToSql(s.scheme, { dialect, source: { table, columns: s.columns } });
  } catch (e) {
    if (e instanceof InputError) throw badInput(e.message);
    throw e;
  }
}

/** `tierladder sql`: prints the statement. */
export function sqlCommand(flags: Flags, out: (text: string) => void): void {
  if (flags.input !== undefined || flags.output !== undefined) {
    throw usageError(`--${flags.input !== undefined ? "input" : "output"} belongs to "tierladder run"`);
  }
  const dialect = dialectFlag(flags);
  const table = flags.table ?? "customers";
  if (table.trim() === "") throw badInput("--table: expected a table name, found nothing");
  out(sqlFor(schemeOf(flags), dialect, table));
}
