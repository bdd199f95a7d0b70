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
 * by row, then column. `valueIssues`: the value column's issues when the caller has read it already
 * (numericColumn), so it is not read twice.
 */
export function inputReport(
  table: Table,
  valueColumn: number,
  customerColumn: number,
  valueIssues?: readonly InputIssue[],
): InputReport {
  checkColumn(table, valueColumn, "valueColumn");
  checkColumn(table, customerColumn, "customerColumn");
  const issues = [...(valueIssues ?? numericColumn(table, valueColumn).issues)];
  const header = table.columns[customerColumn].header;
  // Repeated names through an open-addressing hash table of row numbers (typed arrays; nothing kept
  // per customer): a Map of a million names takes most of a second and a full garbage collection.
  // Per slot: 1 + the data row of the first row with that key (0 = free) and the key's FNV-1a hash;
  // names are compared only when the hashes agree.
  const n = table.rows.length;
  let capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  const slots = new Int32Array(2 * capacity);
  const keyAt = (i: number) => customerName(table.rows[i][customerColumn])!.key;
  const repeats = new Map<number, { customer: string; rows: number[] }>(); // by first data row
  for (let i = 0; i < n; i++) {
    const gridRow = table.firstRow + i;
    const cell = table.rows[i][customerColumn];
    const id = customerName(cell);
    if (!id) {
      const bad = badCellIssue({ row: gridRow, column: customerColumn, header, value: cell }, "a customer name");
      issues.push({ ...bad, reason: "missing-customer" });
      continue;
    }
    let h = 0x811c9dc5;
    for (let c = 0; c < id.key.length; c++) h = Math.imul(h ^ id.key.charCodeAt(c), 0x01000193);
    let slot = h & (capacity - 1);
    while (slots[2 * slot] !== 0 && (slots[2 * slot + 1] !== h || keyAt(slots[2 * slot] - 1) !== id.key))
      slot = (slot + 1) & (capacity - 1);
    if (slots[2 * slot] === 0) {
      slots[2 * slot] = i + 1;
      slots[2 * slot + 1] = h;
      continue;
    }
    const first = slots[2 * slot] - 1;
    const entry = repeats.get(first);
    if (entry) entry.rows.push(gridRow);
    else
      repeats.set(first, {
        customer: customerName(table.rows[first][customerColumn])!.name,
        rows: [table.firstRow + first, gridRow],
      });
  }
  // In order of each customer's first row.
  const duplicates = [...repeats.values()].sort((a, b) => a.rows[0] - b.rows[0]);
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
