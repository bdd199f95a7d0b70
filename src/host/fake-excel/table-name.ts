import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../../engine/cells";
import { FakeOfficeError } from "./office-error";
import type { TableState, WorkbookState } from "./state";

/** R1C1 references (R, C, R5, C3, R5C3): "You can't use "C", "c", "R", or "r" for the name". */
const R1C1 = /^(r\d*c?\d*|c\d*)$/i;

/** An A1 reference within the sheet's limits (Z100, XFD1048576; "Names can't be the same as a cell reference"). */
function isCellReference(name: string): boolean {
  if (R1C1.test(name)) return true;
  const rect = /^[A-Za-z]{1,3}\d{1,7}$/.test(name) ? parseAddress(name)?.rect : undefined;
  return rect !== undefined && rect.row < MAX_ROWS && rect.column < MAX_COLUMNS;
}

/**
 * Refuses a name Excel would not give `table`. Table.name "must follow the guidelines specified in the Rename an
 * Excel table article" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-name-member),
 * which are (https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114):
 * start with a letter, "_" or "\", then letters, numbers, periods and underscores; not "C", "c", "R" or "r";
 * not a cell reference; at most 255 characters; and "Duplicate names aren't allowed … if you enter "Sales" but
 * already have another name called "SALES" in the same workbook, you'll be prompted to choose a unique name": another
 * table's, or a defined name's (the workbook's or a sheet's). Office's error for a name taken is InvalidArgument
 * ("The argument is invalid or missing or has an incorrect format", https://github.com/OfficeDev/office-js/issues/551).
 */
export function checkTableName(state: WorkbookState, table: TableState | undefined, name: string): void {
  const invalid = (why: string) =>
    new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name: ${why}.`);
  // "Letters" are any script's: Excel in Chinese names its tables 表1, 表2 …, and xlsxwriter 3.2.9 (another reader
  // of the same article) checks a table name with Python's Unicode \w; so 客户表 and Umsätze are names.
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    throw invalid("it must start with a letter, _ or \\ and hold only letters, numbers, periods and underscores");
  if (name.length > 255) throw invalid("it is longer than 255 characters");
  if (isCellReference(name)) throw invalid("it is a cell reference");
  const other = state.table(name);
  if (other && other !== table) throw new FakeOfficeError("InvalidArgument", `A table named "${name}" already exists.`);
  if (isDefinedName(state, name))
    throw new FakeOfficeError("InvalidArgument", `"${name}" is already a defined name in this workbook.`);
}

/** Whether `name` is free for a new table: no table and no defined name holds it (Excel's own Table1, Table2 … skip those). */
export function tableNameFree(state: WorkbookState, name: string): boolean {
  return !state.table(name) && !isDefinedName(state, name);
}

/** A defined name of the workbook or of one of its sheets, compared as Excel does, without case. */
function isDefinedName(state: WorkbookState, name: string): boolean {
  const lower = name.toLowerCase();
  return [...state.definedNames, ...state.sheets.flatMap((s) => s.definedNames)].some(
    (n) => n.name.toLowerCase() === lower,
  );
}
