import { InputError } from "../engine";
import { schemeToSql, type SqlDialect } from "../engine/sql";
import { badInput, usageError } from "./cli-error";
import { listFlag, numberListFlag, type Flags } from "./flags";
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
  const given = ["method", "value", "key", "group", "shares", "labels"].find(
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

/** With a scheme file, --bounds are the cut-offs computed ABC or natural breaks found in the workbook. */
function fixedBounds(flags: Flags, s: SchemeWithColumns): number[] | undefined {
  if (flags.scheme === undefined) return undefined;
  const bounds = numberListFlag(flags, "bounds");
  const kind = s.scheme.method.kind;
  if (bounds && kind !== "computed" && kind !== "breaks") {
    throw badInput(
      `--bounds: with --scheme, only computed ABC and natural breaks take bounds; the scheme's is ${kind}`,
    );
  }
  return bounds;
}

/**
 * The statement. Engine errors (an unknown column, a method with no SQL form) name the scheme's field; they are kept
 * as one line, the generator's `fixedBounds` named as the flag that gives them.
 */
export function sqlFor(flags: Flags, s: SchemeWithColumns, dialect: SqlDialect, table: string): string {
  const bounds = fixedBounds(flags, s);
  try {
    return schemeToSql(s.scheme, {
      dialect,
      source: { table, columns: s.columns },
      ...(bounds ? { fixedBounds: bounds } : {}),
    });
  } catch (e) {
    if (e instanceof InputError) throw badInput(e.message.replace(/\bfixedBounds\b/g, "--bounds"));
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
  out(sqlFor(flags, schemeOf(flags), dialect, table));
}
