import type { CellValue } from "./cell-value";

/** Excel's error texts, as `Range.values` returns them for error cells. */
const ERROR_TEXTS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** True when the cell holds an Excel error, as text ("#N/A") or as an error object. */
export function isExcelError(value: CellValue): boolean {
  if (typeof value === "string") return ERROR_TEXTS.has(value);
  return typeof value === "object" && value !== null;
}

/** The error's text ("#N/A") for a report, or undefined when the cell is not an error. */
export function excelErrorText(value: CellValue): string | undefined {
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? value : undefined;
  if (typeof value === "object" && value !== null) {
    // A custom function's error argument is the runtime's CustomFunctions.Error: `code` "#N/A",
    // `type` "Error" (custom-functions-runtime.js, _transferCustomFunctionError), so `code` comes first;
    // the runtime's rich-value JSON carries the code as `primitive` (CreateCustomFunctionInstance)
    // and its Error objects as `basicValue`.
    const raw = [value.code, value.errorCode, value.basicValue, value.primitive, value.type].find(
      (t) => typeof t === "string" && t.startsWith("#"),
    );
    return raw ?? "#VALUE!";
  }
  return undefined;
}
