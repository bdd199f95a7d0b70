import type { CellValue } from "./cell-value";

/** A cell as a trimmed key (a rep's name, an allocation group): text and numbers as written, anything else "". */
export function cellText(v: CellValue): string {
  return v === null || v === undefined || typeof v === "object" ? "" : String(v).trim();
}
