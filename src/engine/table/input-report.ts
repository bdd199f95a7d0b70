import { badCellIssue, cellPlace, showCell } from "./cell-issue";
import { checkColumn } from "./check-column";
import { customerName } from "./customer-key";
import { numericColumn } from "./numeric-column";
import type { InputIssue, InputReport, Table } from "./types";

const byPlace = (a: InputIssue, b: InputIssue) => a.row - b.row || a.column - b.column;

const listRows = (rows: number[]) => {
  const shown = rows.map((r) => String(r + 1));
  return shown.length <= 2 ? shown.join(" and ") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
};

/**
 * Everything to tell the user before tiering a customer list: every value cell that is not a number
 * (or is negative), every row without a customer name, and customers named on several rows (same name
 * after trimming, ignoring case), both as a list and as one issue per repeated row. Issues are sorted
 * by row, then column.
 */
export function inputReport(table: Table, valueColumn: number, customerColumn: number): InputReport {
  checkColumn(table, valueColumn, "valueColumn");
  checkColumn(table, customerColumn, "customerColumn");
  const issues = [...numericColumn(table, valueColumn).issues];
  const header = table.columns[customerColumn].header;
  const seen = new Map<string, { customer: string; rows: number[] }>();
  table.rows.forEach((row, i) => {
    const gridRow = table.firstRow + i;
    const cell = row[customerColumn];
    const id = customerName(cell);
    if (!id) {
      const bad = badCellIssue(gridRow, customerColumn, header, cell, "a customer name");
      issues.push({ ...bad, reason: "missing-customer" });
      return;
    }
    const entry = seen.get(id.key);
    if (entry) entry.rows.push(gridRow);
    else seen.set(id.key, { customer: id.name, rows: [gridRow] });
  });
  const duplicates = [...seen.values()].filter((d) => d.rows.length > 1);
  for (const d of duplicates) {
    for (const gridRow of d.rows.slice(1)) {
      const others = d.rows.filter((r) => r !== gridRow);
      issues.push({
        row: gridRow, column: customerColumn, header, value: table.rows[gridRow - table.firstRow][customerColumn],
        reason: "duplicate-customer",
        message: `${cellPlace(gridRow, header)}: ${showCell(d.customer)} also appears on row${others.length > 1 ? "s" : ""} ${listRows(others)}.`,
      });
    }
  }
  issues.sort(byPlace);
  return { issues, duplicates };
}
