import { cellToSerial } from "../cells/cell-to-serial";
import { badCellIssue } from "./cell-issue";
import { checkColumn } from "./check-column";
import type { InputIssue, Table } from "./types";

export interface DateColumn {
  /** Excel serial (1900 date system) per data row; NaN where the cell is not a date. */
  readonly serials: Float64Array;
  readonly issues: InputIssue[];
}

/**
 * A column's dates as Excel serials, row by row: numbers are serials (Excel hands dates over that way),
 * year-first texts are parsed ("2024-03-05", "2024年3月5日"); anything else is an issue.
 */
export function dateColumn(table: Table, columnIndex: number): DateColumn {
  checkColumn(table, columnIndex, "columnIndex");
  const { header } = table.columns[columnIndex];
  const n = table.rows.length;
  const serials = new Float64Array(n);
  const issues: InputIssue[] = [];
  for (let i = 0; i < n; i++) {
    const cell = table.rows[i][columnIndex];
    const s = cellToSerial(cell);
    serials[i] = s;
    if (Number.isNaN(s))
      issues.push(
        badCellIssue({ row: table.firstRow + i, column: columnIndex, header, value: cell }, "a date", "not-a-date"),
      );
  }
  return { serials, issues };
}
