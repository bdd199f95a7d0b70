import type { SheetState } from "../state";
import type { KeptChartSheet } from "./kept-chart-sheets";
import { undocumented } from "../undocumented";

/** Parts that name sheets in their XML: a chart's series formulas ('Customers'!$B$2:$B$9, §21.2), a drawing's links to places. */
const NAMING_SHEETS = new Set([
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  "application/vnd.openxmlformats-officedocument.drawing+xml",
  // A slicer (MS-XLSX): its cache names its PivotTable's sheet, which the download finds by the sheet's name
  // (slicer-caches-writing.ts).
  "application/vnd.ms-excel.slicer+xml",
  // A PivotTable's cache names its source by sheet name (worksheetSource sheet="Data", CT_WorksheetSource §18.10).
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
]);

/**
 * A rename while the workbook holds an opened file's charts or drawings (kept-parts.ts), on a worksheet or as a
 * chart sheet (kept-chart-sheets.ts), is refused: they are kept
 * as the file wrote them, naming sheets by name, and the fake does not rewrite them as Excel rewrites references
 * on a rename; Worksheet.name's documentation (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member)
 * says nothing of charts. TierLadder never renames a sheet; a case-only rename changes no reference (sheet names
 * compare without case).
 */
export function refuseRenameUnderKeptDrawings(
  sheets: readonly SheetState[],
  chartSheets: readonly KeptChartSheet[],
  from: string,
  to: string,
): void {
  if (from.toLowerCase() === to.toLowerCase()) return;
  const naming = (parts: readonly { contentType: string }[]) => parts.some((p) => NAMING_SHEETS.has(p.contentType));
  const where = sheets.some((s) => naming(s.keptParts?.parts ?? []))
    ? "charts or drawings"
    : chartSheets.some((c) => naming(c.parts))
      ? "chart sheets"
      : undefined;
  if (where)
    throw undocumented(
      `renaming sheet "${from}" to "${to}" while the workbook holds the opened file's ${where}, whose references to sheets by name the fake does not rewrite`,
    );
}
