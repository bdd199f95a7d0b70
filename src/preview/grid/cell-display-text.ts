import { type CellValue, excelErrorText, isExcelError, isDateNumberFormat, serialToParts } from "../../engine/cells";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The text a cell shows, close to Excel's "General" display: numbers to at most 10 significant digits,
 * dates (a number under a date format) as yyyy-mm-dd, percent formats as percents, TRUE/FALSE in capitals,
 * fixed formats (`0`, `0.00`, `#,##0.00`) with their decimals and thousands separators, errors as their text. Text is shown as is (formula-like text stays text).
 */
export function cellDisplayText(value: CellValue, numberFormat?: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "#NUM!";
    if (numberFormat && isDateNumberFormat(numberFormat) && value >= 1 && value < 2958466) {
      const p = serialToParts(Math.floor(value));
      return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    }
    if (numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ""))) {
      const digits = /\.(0+)%/.exec(numberFormat)?.[1].length ?? 0;
      return `${(value * 100).toFixed(digits)}%`;
    }
    const fixed = /^#,##0(?:\.(0+))?$|^0(?:\.(0+))?$/.exec(numberFormat ?? "");
    if (fixed) {
      const digits = (fixed[1] ?? fixed[2] ?? "").length;
      const text = Math.abs(value).toFixed(digits);
      const [int, frac] = text.split(".");
      const grouped = numberFormat?.startsWith("#,##") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
      return `${value < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
    }
    return String(Number(value.toPrecision(10)));
  }
  if (isExcelError(value)) return excelErrorText(value) ?? "#VALUE!";
  return String(value);
}
