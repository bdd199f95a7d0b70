import type { Grid } from "../../../src/engine/cells/cell-value";
import type { ColumnRole, Table } from "../../../src/engine/table/types";

/** A table with a header row and the given roles, as readTable would build it. */
export function makeTable(columns: [string, ColumnRole][], rows: Grid): Table {
  return {
    hasHeader: true,
    firstRow: 1,
    rows,
    columns: columns.map(([header, role], index) => ({
      index,
      header,
      role,
      guessedRole: role,
      kind: role === "value" || role === "frequency" || role === "recency" ? "number" : "text",
    })),
  };
}
