import { type Rect, rectAddress } from "../../engine/cells";
import { FakeOfficeError } from "./office-error";
import { type ProtectionOption, firstLockedCell, isProtected, protectionOf } from "./sheet-protection";
import type { SheetState, WorkbookState } from "./state";
import { undocumented } from "./undocumented";

/**
 * What Excel answers a change that the sheet's protection forbids: AccessDenied, "You cannot perform the requested
 * operation." — for values written over a locked cell
 * (https://github.com/microsoftgraph/microsoft-graph-docs/issues/4546, Excel's own answer through Graph), and for
 * WorksheetProtection.protect/unprotect refused (https://github.com/OfficeDev/office-js/issues/6784, with its
 * errorLocation). Excel.ErrorCodes.accessDenied:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes
 */
export function accessDenied(where: string, detail: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", `You cannot perform the requested operation. (${detail})`, where);
}

/**
 * Writing cell contents (values, formulas, clearing them) over `rect`: refused where a cell is locked on a
 * protected sheet (§18.3.1.85 sheet="1"; §18.8.33 locked, the default).
 */
export function checkCellsEditable(state: WorkbookState, sheet: SheetState, rect: Rect, where: string): void {
  if (!isProtected(sheet)) return;
  const locked = firstLockedCell(state, sheet, rect);
  if (locked)
    throw accessDenied(
      where,
      `${rectAddress({ row: locked[0], column: locked[1], rowCount: 1, columnCount: 1 }, sheet.name)} is a locked cell of the protected sheet "${sheet.name}"`,
    );
}

/**
 * A change one of WorksheetProtectionOptions allows (allowFormatColumns: column widths; allowFormatCells: number
 * formats, fonts, fills, "Represents the worksheet protection option allowing formatting of cells",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions): refused on a protected
 * sheet that does not allow it. For cell formats over unlocked cells only, Office does not say whether formatting
 * is refused without allowFormatCells: the fake does not guess (undocumented.ts).
 */
export function checkAllowed(
  state: WorkbookState,
  sheet: SheetState,
  change: { readonly option: ProtectionOption; readonly where: string; readonly cells?: Rect },
): void {
  const { option, where, cells } = change;
  if (!isProtected(sheet) || protectionOf(sheet).options[option]) return;
  if (cells && !firstLockedCell(state, sheet, cells))
    throw undocumented(`${where} on unlocked cells of a protected sheet that does not allow ${option}`);
  throw accessDenied(where, `the protected sheet "${sheet.name}" does not allow ${option}`);
}

/**
 * A sheet-level change that no WorksheetProtectionOptions names (adding a table, conditional formats, data
 * validation, freezing panes): Excel's menus grey them out on a protected sheet, but Office.js does not document
 * its answer, so the fake does not guess one (undocumented.ts).
 */
export function checkUnprotected(sheet: SheetState, where: string): void {
  if (isProtected(sheet)) throw undocumented(`${where} on the protected sheet "${sheet.name}"`);
}
