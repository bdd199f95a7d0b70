import { type Rect, intersect } from "../../engine/cells";
import { FakeOfficeError } from "./office-error";
import type { SheetState } from "./state";

/**
 * A table cannot take in merged cells (an opened file's, SheetState.mergedAreas): Office's error
 * MergedRangeConflict is "Cannot complete the operation. A table can't overlap with another table, a PivotTable
 * report, query results, merged cells, or an XML Map."
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes).
 */
export function refuseMergedCells(sheet: SheetState, rect: Rect): void {
  if (sheet.mergedAreas.some((a) => intersect(a, rect)))
    throw new FakeOfficeError(
      "MergedRangeConflict",
      "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
    );
}
