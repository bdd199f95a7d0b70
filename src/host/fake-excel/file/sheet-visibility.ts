import type { SheetVisibility } from "../state";

/** A sheet's state as the file writes it (ECMA-376 Part 1 §18.18.68 ST_SheetState) and as ExcelJS names it. */
export type FileSheetState = "visible" | "hidden" | "veryHidden";

/**
 * A workbook's `sheet state` (§18.2.19; absent: visible) as Office.js reads Worksheet.visibility
 * (Excel.SheetVisibility): a hidden sheet opens hidden, so the fake and the download have it as the file did.
 * A value the standard does not have is read as visible, as the attribute's default.
 */
export function visibilityOfFile(state: string | undefined): SheetVisibility {
  if (state === "hidden") return "Hidden";
  if (state === "veryHidden") return "VeryHidden";
  return "Visible";
}

/** Worksheet.visibility as the file's sheet state (ExcelJS's Worksheet.state writes it into workbook.xml). */
export function fileStateOf(visibility: SheetVisibility): FileSheetState {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}
