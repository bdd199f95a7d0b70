import type { CellValue } from "../cells/cell-value";
import { excelErrorText, isExcelError } from "../cells/excel-error";
import type { InputIssue, IssueReason } from "./types";

/** How a cell is shown inside a message: text in quotes (cut at 40 characters), TRUE/FALSE, #N/A, numbers as they are. */
export function showCell(value: CellValue): string {
  if (typeof value === "string" && !isExcelError(value)) {
    const text = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return `"${text}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return excelErrorText(value) ?? "blank";
}

/** "Row 7, column "Sales"" — the sheet-style row (grid index + 1; the host adds the range's offset). */
export const cellPlace = (gridRow: number, header: string) => `Row ${gridRow + 1}, column "${header}"`;

const isBlank = (v: CellValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell of the table as an issue names it: grid row, column index, the column's header, and what it holds. */
export interface IssueCell {
  readonly row: number;
  readonly column: number;
  readonly header: string;
  readonly value: CellValue;
}

/**
 * The issue for a cell that does not hold what its column needs (`expected`: "a number", "a date", …):
 * blank, an Excel error, a logical value, a non-finite number, or other text (reason `fallback`).
 */
export function badCellIssue(cell: IssueCell, expected: string, fallback: IssueReason = "text"): InputIssue {
  const { row: gridRow, column, header, value } = cell;
  const place = cellPlace(gridRow, header);
  let reason: IssueReason;
  let message: string;
  if (isBlank(value)) {
    reason = "blank";
    message = `${place} is blank; expected ${expected}.`;
  } else if (isExcelError(value)) {
    reason = "error";
    message = `${place}: ${showCell(value)} is an Excel error; expected ${expected}.`;
  } else if (typeof value === "boolean") {
    reason = "boolean";
    message = `${place}: ${showCell(value)} is a logical value; expected ${expected}.`;
  } else if (typeof value === "number" && !Number.isFinite(value)) {
    reason = "error";
    message = `${place}: ${showCell(value)} is not a finite number; expected ${expected}.`;
  } else {
    reason = fallback;
    const what = fallback === "text" ? "is text" : `is not ${expected}`;
    message = `${place}: ${showCell(value)} ${what}; expected ${expected}.`;
  }
  return { row: gridRow, column, header, value, reason, message };
}
