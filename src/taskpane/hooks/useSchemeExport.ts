import { useMemo } from "react";
import type { Scheme } from "../../engine/scheme";
import type { SqlDialect } from "../../engine/sql";
import { schemeWithColumnIndexes } from "../model/scheme-column-indexes";
import { sqlExport, type SqlExport } from "../model/scheme-sql";
import { useWorkflow } from "../store/context";
import type { ExportSlice } from "../store/export-slice";

export interface SchemeExportState {
  /** The scheme the Tiers form makes now (undefined while the form has problems). */
  readonly scheme?: Scheme;
  /** The same scheme with its columns by index: what the exported file holds. */
  readonly fileScheme?: Scheme;
  readonly choices: ExportSlice;
  readonly sql: SqlExport;
  chooseDialect(dialect: SqlDialect): void;
  renameTable(table: string): void;
  renameColumn(column: string, name: string): void;
}

/** Export scheme and Copy as SQL: the current scheme, the choices kept in the store, the SQL they give. */
export function useSchemeExport(): SchemeExportState {
  const { state, derived, dispatch } = useWorkflow();
  const scheme = derived.check.scheme;
  const table = derived.table.source;
  const output = derived.preview.output;
  const choices = state.export;
  const sql = useMemo(() => sqlExport({ scheme, table, output, choices }), [scheme, table, output, choices]);
  // The file names its columns by index, so it runs outside the workbook too (npx tierladder, which has no sheet
  // to guess roles from); parseScheme reads it back into the pane the same.
  const fileScheme = useMemo(
    () => (scheme && table ? schemeWithColumnIndexes(scheme, table) : scheme),
    [scheme, table],
  );
  return {
    scheme,
    fileScheme,
    choices,
    sql,
    chooseDialect: (dialect) => dispatch({ type: "sqlDialectChosen", dialect }),
    renameTable: (name) => dispatch({ type: "sqlTableRenamed", table: name }),
    renameColumn: (column, name) => dispatch({ type: "sqlColumnRenamed", column, name }),
  };
}
