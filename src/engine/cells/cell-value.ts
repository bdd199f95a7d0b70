/**
 * A value as Excel hands it over: `Range.values` in the Office JavaScript API, or an argument of a custom function.
 * Errors arrive as their text ("#N/A") from `range.values`, or in custom functions (with
 * `allowErrorForDataTypeAny`) as the runtime's CustomFunctions.Error object, `code` "#N/A" and
 * `type` "Error"; both are recognised by {@link isExcelError}.
 */
export type CellValue = string | number | boolean | null | undefined | ExcelErrorLike;

/** The shape of an error value inside a custom-function argument. */
export interface ExcelErrorLike {
  readonly type?: string;
  readonly code?: string;
  readonly errorCode?: string;
  readonly basicValue?: string;
  readonly primitive?: string;
  readonly message?: string;
}

/** A 2-D block of cells, row-major, as `Range.values`. */
export type Grid = CellValue[][];
