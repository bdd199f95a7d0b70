export type { CellValue, ExcelErrorLike, Grid } from "./cell-value";
export { isExcelError, excelErrorText } from "./excel-error";
export { parseNumber } from "./parse-number";
export { round9 } from "./round-product";
export {
  serialToDate,
  serialToParts,
  serialFromParts,
  dateToSerial,
  dateToDaySerial,
  FICTITIOUS_LEAP_DAY_SERIAL,
  MAX_EXCEL_SERIAL,
} from "./excel-serial-date";
export type { SerialParts } from "./excel-serial-date";
export { isDateNumberFormat } from "./date-number-format";
export { parseDateText } from "./date-text";
export { cellToSerial } from "./cell-to-serial";
export {
  type Rect,
  MAX_ROWS,
  MAX_COLUMNS,
  columnLetters,
  columnIndex,
  quoteSheetName,
  rectAddress,
  parseAddress,
  intersect,
  bounding,
} from "./a1";
export { cellText } from "./cell-text";
