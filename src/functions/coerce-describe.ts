import { excelErrorText } from "../engine/cells";

/** How a cell that is not what we wanted reads in an error message: `"abc"`, a blank, TRUE, #N/A. */
export function describeCell(cell: unknown): string {
  if (cell === null || cell === undefined || cell === "") return "a blank";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string")
    return excelErrorText(cell) ?? JSON.stringify(cell.length > 30 ? `${cell.slice(0, 30)}…` : cell);
  if (typeof cell === "object") return excelErrorText(cell as never) ?? "an error";
  return String(cell);
}
