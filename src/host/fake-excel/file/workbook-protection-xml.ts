/**
 * CT_Workbook's children after workbookProtection (ECMA-376 Part 1 §18.2.27: fileVersion, fileSharing, workbookPr,
 * workbookProtection, bookViews, sheets …), before the first of which it goes; sheets is required.
 */
const AFTER = /<(bookViews|sheets)\b/;

/**
 * The workbook part as ExcelJS wrote it (xl/workbook.xml) with the workbook's protection (§18.2.29, kept as XML:
 * file-workbook-protection.ts, or set by WorkbookProtection.protect) at its place in the sequence, so Excel opens
 * the download with the structure locked as it was. ExcelJS writes no workbookProtection of its own.
 */
export function withWorkbookProtection(workbookXml: string, protection: string | undefined): string {
  if (protection === undefined) return workbookXml;
  const at = AFTER.exec(workbookXml);
  if (!at || workbookXml.includes("<workbookProtection"))
    throw new Error("The workbook part cannot take the workbook's protection.");
  return workbookXml.slice(0, at.index) + protection + workbookXml.slice(at.index);
}
