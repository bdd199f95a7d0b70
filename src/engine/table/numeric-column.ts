import { parseNumber } from "../cells/parse-number";
import { badCellIssue, cellPlace, showCell } from "./cell-issue";
import { checkColumn } from "./check-column";
import type { InputIssue, Table } from "./types";

export interface NumericColumn {
  /** One value per data row (DESIGN.md "Numbers"); NaN where the cell is not a number. */
  readonly values: Float64Array;
  /** Blank, text, logical and error cells, and negative values (kept in `values`, but flagged). */
  readonly issues: InputIssue[];
}

/** A column's numbers, row by row, with an issue for every cell that is not a number or is negative. */
export function numericColumn(table: Table, columnIndex: number): NumericColumn {
  checkColumn(table, columnIndex, "columnIndex");
  const { header } = table.columns[columnIndex];
  const n = table.rows.length;
  const values = new Float64Array(n);
  const issues: InputIssue[] = [];
  for (let i = 0; i < n; i++) {
    const cell = table.rows[i][columnIndex];
    const v = parseNumber(cell);
    values[i] = v;
    const gridRow = table.firstRow + i;
    if (Number.isNaN(v)) {
      issues.push(badCellIssue({ row: gridRow, column: columnIndex, header, value: cell }, "a number"));
    } else if (v < 0) {
      issues.push({
        row: gridRow,
        column: columnIndex,
        header,
        value: cell,
        reason: "negative",
        message: `${cellPlace(gridRow, header)}: ${showCell(cell)} is negative; kept, but check it.`,
      });
    }
  }
  return { values, issues };
}
