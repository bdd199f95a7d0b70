import { HostError } from "../host-api";
import type { XlWorksheet } from "./xl-types";

/**
 * Queues reading whether the sheets TierLadder writes its columns on are protected (Worksheet.protection.protected,
 * ExcelApi 1.2: https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection), in the first
 * look's sync. Excel refuses values written over locked cells of a protected sheet, and new columns are locked
 * cells (ECMA-376 Part 1 §18.8.33: locked by default), so the write is stopped before anything is written, with a
 * message naming the sheet and how to unprotect it (ExcelApi 1.2 is within the manifest's 1.7,
 * requirement-sets.ts). A sheet protected between this look and the write still fails on Excel's own
 * AccessDenied, and the transaction puts the workbook back (transaction.ts).
 */
export function queueProtectionCheck(sheets: readonly XlWorksheet[]): () => void {
  const read = sheets.map((sheet) => ({ sheet, protection: sheet.protection.load("protected") }));
  return () => {
    const found = read.find((r) => r.protection.protected);
    if (!found) return;
    const sheet = found.sheet.name;
    throw new HostError(
      "SheetProtected",
      `The sheet “${sheet}” is protected, so TierLadder wrote nothing. Unprotect it (Review › Unprotect Sheet), then write again.`,
      "host.sheetProtected",
      { sheet },
    );
  };
}
