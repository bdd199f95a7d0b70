import type { SqlDialect } from "../../engine/sql";
import type { Action } from "./actions";

/** The Write tab's "Copy as SQL" choices, kept while the user moves between tabs. */
export interface ExportSlice {
  readonly dialect: SqlDialect;
  /** The table (or view) the SQL reads, as typed. */
  readonly table: string;
  /** SQL names the user typed, by the column's default name (its trimmed header); blank = the default. */
  readonly renamed: Readonly<Record<string, string>>;
}

export const initialExport: ExportSlice = { dialect: "duckdb", table: "customers", renamed: {} };

export function exportReducer(s: ExportSlice, a: Action): ExportSlice {
  switch (a.type) {
    case "sqlDialectChosen":
      return { ...s, dialect: a.dialect };
    case "sqlTableRenamed":
      return { ...s, table: a.table };
    case "sqlColumnRenamed":
      return { ...s, renamed: { ...s.renamed, [a.column]: a.name } };
    default:
      return s;
  }
}
