import { InputError } from "../errors";
import type { ColumnRef, Scheme } from "../scheme";
import type { SqlSource } from "./sql-types";

/** The roles a scheme can fix to a column index (scheme.source.columns). */
const SOURCE_ROLES = ["customer", "value", "date", "frequency", "recency"] as const;
type SourceRole = (typeof SOURCE_ROLES)[number];

export function unknownColumn(what: string, index: number, source: SqlSource): InputError {
  return new InputError(
    "sql.column",
    { what, column: index, width: source.columns.length },
    `${what}: column ${index} does not exist in the SQL source; expected an index from 0 to ${source.columns.length - 1}.`,
  );
}

function roleNeedsIndex(what: string, role: string): InputError {
  return new InputError(
    "sql.role",
    { what, role },
    `${what}: the column with the role "${role}" is not known without the sheet; give its index (source.columns.${role} in the scheme).`,
  );
}

/**
 * A scheme column → its index in the SQL source. A role resolves only through scheme.source.columns: the SQL has no
 * sheet to guess roles from, so a scheme exported from the pane names its columns by index.
 */
export function columnIndex(scheme: Scheme, source: SqlSource, ref: ColumnRef, what: string): number {
  let index: number | undefined;
  if (typeof ref === "number") index = ref;
  else if ((SOURCE_ROLES as readonly string[]).includes(ref)) index = scheme.source.columns[ref as SourceRole];
  if (index === undefined) throw roleNeedsIndex(what, String(ref));
  if (index >= source.columns.length) throw unknownColumn(what, index, source);
  return index;
}

/** A source role's column index, or undefined when the scheme gives none. */
export function roleIndex(scheme: Scheme, source: SqlSource, role: SourceRole): number | undefined {
  const index = scheme.source.columns[role];
  if (index !== undefined && index >= source.columns.length)
    throw unknownColumn(`source.columns.${role}`, index, source);
  return index;
}

/** A source role's column index; an InputError naming `source.columns.<role>` when the scheme gives none. */
export function requiredRole(
  scheme: Scheme,
  source: SqlSource,
  role: SourceRole,
  what = `source.columns.${role}`,
): number {
  const index = roleIndex(scheme, source, role);
  if (index === undefined) throw roleNeedsIndex(what, role);
  return index;
}
