import { type Rect, MAX_COLUMNS, MAX_ROWS, rectAddress } from "../../engine/cells";
import { FakeOfficeError } from "./office-error";
import type { SheetState } from "./state";

/** What a Range proxy binds to: a rectangle of one sheet. */
export type RangeTarget = { sheet: SheetState; rect: Rect };

/** Where an action on a range happened (ActionInfo's sheet and address). */
export const rangeWhere = (t: RangeTarget) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) });

export function checkRect(rect: Rect): void {
  if (
    rect.row < 0 ||
    rect.column < 0 ||
    rect.rowCount < 1 ||
    rect.columnCount < 1 ||
    rect.row + rect.rowCount > MAX_ROWS ||
    rect.column + rect.columnCount > MAX_COLUMNS
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The range (row ${rect.row}, column ${rect.column}, ${rect.rowCount}×${rect.columnCount}) is outside the worksheet.`,
    );
  }
}

export function shapeOf(values: unknown, rect: Rect, what: string): unknown[][] {
  if (
    !Array.isArray(values) ||
    values.length !== rect.rowCount ||
    values.some((r) => !Array.isArray(r) || r.length !== rect.columnCount)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rect.rowCount}×${rect.columnCount} expected).`,
    );
  }
  return values as unknown[][];
}
