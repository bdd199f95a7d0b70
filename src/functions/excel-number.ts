/**
 * Excel's largest number: "Largest allowed positive number 9.99999999999999E+307" (Excel
 * specifications and limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * A result beyond it (or ±Infinity, or NaN) cannot be shown as a number, so a function reports it
 * with a message instead of spilling it.
 */
export const EXCEL_MAX_NUMBER = 9.99999999999999e307;

/** How the limit reads in a message. */
export const EXCEL_MAX_NUMBER_TEXT = "9.99999999999999E+307";

/** True when Excel can hold x as a number. */
export function excelCanHold(x: number): boolean {
  return x >= -EXCEL_MAX_NUMBER && x <= EXCEL_MAX_NUMBER;
}
