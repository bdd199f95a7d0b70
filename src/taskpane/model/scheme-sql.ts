import type { Scheme } from "../../engine/scheme";
import { schemeToSql } from "../../engine/sql";
import type { Table } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering";
import type { ExportSlice } from "../store/export-slice";
import { schemeWithColumnIndexes } from "./scheme-column-indexes";
import { COMPUTED_CUTOFFS, defaultSqlColumns, fixedBoundsOf, sqlColumns, type CutoffProblem } from "./scheme-export";

/** Why there is no SQL yet, as a catalog key under exportScheme with its params. */
export type ExportProblem =
  | CutoffProblem
  | { readonly key: "tableMissing" | "noPreview" | "historyJoined"; readonly params: Readonly<Record<string, never>> };

/** What "Copy as SQL" needs: the scheme, the table it tiers (for the headers), the preview, the user's choices. */
export interface SqlExportInput {
  readonly scheme?: Scheme;
  readonly table?: Table;
  readonly output?: TierTableOutput;
  readonly choices: ExportSlice;
}

/** The SQL, or why there is none: a problem of ours (catalog key under exportScheme) or the generator's error. */
export interface SqlExport {
  readonly sql?: string;
  readonly problem?: ExportProblem;
  readonly error?: unknown;
  /** The default SQL name of each column (its trimmed header), and the name in force. */
  readonly defaults: readonly string[];
  readonly columns: readonly string[];
}

/**
 * The scheme as one SQL statement for the chosen dialect, table and column names. Computed ABC and natural
 * breaks need the preview (their cut-offs are the workbook's); an error from the generator (a method it has no
 * SQL form for, an unknown column) is kept to be shown, not thrown.
 */
export function sqlExport({ scheme, table, output, choices }: SqlExportInput): SqlExport {
  const defaults = defaultSqlColumns(table);
  const columns = sqlColumns(defaults, choices.renamed);
  const none = { defaults, columns };
  if (!scheme || !table) return none;
  // The SQL reads one table; the order history the pane joins is another sheet it cannot see.
  if (scheme.source.history) return { ...none, problem: { key: "historyJoined", params: {} } };
  const tableName = choices.table.trim();
  if (!tableName) return { ...none, problem: { key: "tableMissing", params: {} } };
  if (!output && COMPUTED_CUTOFFS.has(scheme.method.kind))
    return { ...none, problem: { key: "noPreview", params: {} } };
  const cut = output ? fixedBoundsOf(scheme, output.result) : {};
  if (cut.problem) return { ...none, problem: cut.problem };
  const fixedBounds = cut.bounds;
  try {
    const sql = schemeToSql(schemeWithColumnIndexes(scheme, table), {
      dialect: choices.dialect,
      source: { table: tableName, columns },
      fixedBounds,
    });
    return { ...none, sql };
  } catch (error) {
    return { ...none, error };
  }
}
