import type { CellValue } from "../cells/cell-value";
import { isExcelError } from "../cells/excel-error";

/**
 * The customer's name as shown (trimmed) and the key that identifies it (also lower case), or undefined
 * for a blank or error cell. Numbers (customer numbers) count as names.
 */
export function customerName(value: CellValue): { name: string; key: string } | undefined {
  if (value === null || value === undefined || typeof value === "boolean" || isExcelError(value)) return undefined;
  const name = String(value).trim();
  return name === "" ? undefined : { name, key: name.toLowerCase() };
}
