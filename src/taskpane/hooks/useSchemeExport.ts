import { useMemo } from "react";
import type { Scheme } from "../../engine/scheme";
import type { SqlDialect } from "../../engine/sql";
import { sqlExport, type SqlExport } from "../model/scheme-sql";
import { useWorkflow } from "../store/context";
import type { ExportSlice } from "../store/export-slice";

export interface SchemeExportState {
  /** The scheme the Tiers form makes now (undefined while the form has problems). */
  readonly scheme?: Scheme;
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
  return {
    scheme,
    choices,
    sql,
    chooseDialect: (dialect) => dispatch({ type: "sqlDialectChosen", dialect }),
    renameTable: (name) => dispatch({ type: "sqlTableRenamed", table: name }),
    renameColumn: (column, name) => dispatch({ type: "sqlColumnRenamed", column, name }),
  };
}
