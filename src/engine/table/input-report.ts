import { badCellIssue, cellPlace, showCell } from "./cell-issue";
import { checkColumn } from "./check-column";
import { numericColumn } from "./numeric-column";
import { repeatedCustomers } from "./repeated-customers";
import type { InputIssue, InputReport, Table } from "./types";

/** Columns of the table the caller has read already. */
export interface ReadAlready {
  readonly valueIssues?: readonly InputIssue[];
  readonly shownNames?: readonly string[];
}

const byPlace = (a: InputIssue, b: InputIssue) => a.row - b.row || a.column - b.column;

const listRows = (rows: number[]) => {
  const shown = rows.map((r) => String(r + 1));
  return shown.length <= 2 ? shown.join(" and ") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
};

/**
 * Everything to tell the user before tiering a customer list: every value cell that is not a number
 * (or is negative), every row without a customer name, and customers named on several rows (same name
 * after trimming, ignoring case), both as a list and as one issue per repeated row. Issues are sorted
 * by row, then column. `read`: what the caller has read already, so it is not read twice: the value
 * column's issues (numericColumn), each row's customer cell as text (cellText).
 */
export function inputReport(
  table: Table,
  valueColumn: number,
  customerColumn: number,
  read: ReadAlready = {},
): InputReport {
  checkColumn(table, valueColumn, "valueColumn");
  checkColumn(table, customerColumn, "customerColumn");
  const issues = [...(read.valueIssues ?? numericColumn(table, valueColumn).issues)];
  const header = table.columns[customerColumn].header;
  const { missing, repeats: duplicates } = repeatedCustomers(table, customerColumn, read.shownNames);
  for (const i of missing) {
    const cell = table.rows[i][customerColumn];
    const bad = badCellIssue(
      { row: table.firstRow + i, column: customerColumn, header, value: cell },
      "a customer name",
    );
    issues.push({ ...bad, reason: "missing-customer" });
  }
  for (const d of duplicates) {
    for (const gridRow of d.rows.slice(1)) {
      const others = d.rows.filter((r) => r !== gridRow);
      issues.push({
        row: gridRow,
        column: customerColumn,
        header,
        value: table.rows[gridRow - table.firstRow][customerColumn],
        reason: "duplicate-customer",
        message: `${cellPlace(gridRow, header)}: ${showCell(d.customer)} also appears on row${others.length > 1 ? "s" : ""} ${listRows(others)}.`,
      });
    }
  }
  issues.sort(byPlace);
  return { issues, duplicates };
}
