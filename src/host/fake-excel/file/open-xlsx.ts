import type * as ExcelJSModule from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../../../engine/cells";
import type { Prim } from "../state";
import { FileOpenError } from "./file-open-error";
import type { OpenProgress, OpenedSheet, OpenedTable, OpenedWorkbook } from "./opened-workbook";
import { customXmlParts } from "./custom-xml-in-zip";

type ExcelJS = typeof ExcelJSModule;
type CellValue = ExcelJSModule.CellValue;

/** ExcelJS (MIT), loaded only when a workbook is opened: the page's first script does not carry it. */
async function loadExcelJS(): Promise<ExcelJS> {
  const mod = await import("exceljs");
  return (mod as unknown as { default?: ExcelJS }).default ?? mod;
}

const MS_PER_DAY = 86_400_000;
/**
 * ExcelJS turns a number in a date format into a Date with `new Date((serial - 25569) * 86400000)` (1900
 * system; 24107 in a 1904 workbook, so its Date is the real day either way); this undoes it in the 1900 system
 * the fake uses, so a date stays a serial with its format, as Excel holds it.
 */
const serialOfExcelJSDate = (d: Date) => d.getTime() / MS_PER_DAY + 25569;

/** What a cell holds as the fake stores it; a formula's last calculated value (the fake evaluates nothing). */
function cellValue(v: CellValue): Prim | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? undefined : v;
  if (v instanceof Date) return serialOfExcelJSDate(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("") || undefined;
  if ("error" in v) return v.error; // "#N/A" …: the fake keeps error values as their text, as it does when typed
  if ("formula" in v || "sharedFormula" in v) return cellValue((v as { result?: CellValue }).result ?? null);
  if ("text" in v) return cellValue((v as { text: CellValue }).text); // a hyperlink: its text
  return undefined;
}

/** The formula text of a formula cell ("=SUM(A1:A3)"), as Range.formulas gives it. */
function formulaOf(cell: ExcelJSModule.Cell): string | undefined {
  const f = cell.type === 6 /* ExcelJS ValueType.Formula */ ? cell.formula : undefined;
  return f ? `=${f}` : undefined;
}

/**
 * Reads an .xlsx: every worksheet's values and number formats, its tables and the workbook's custom XML
 * parts. Throws FileOpenError for a zip that is not a workbook and for what the fake cannot hold.
 */
export async function openXlsx(
  fileName: string,
  bytes: Uint8Array,
  progress: (p: OpenProgress) => void = () => undefined,
): Promise<OpenedWorkbook> {
  progress({ phase: "reading" });
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJSModule.Buffer);
  } catch (e) {
    throw new FileOpenError("malformed", fileName, e instanceof Error ? e.message : String(e));
  }
  const xmlParts = await customXmlParts(fileName, bytes);
  const worksheets = wb.worksheets;
  if (worksheets.length === 0) throw new FileOpenError("malformed", fileName, "no worksheets");
  const total = worksheets.reduce((n, ws) => n + ws.rowCount, 0) || 1;
  let done = 0;
  const sheets: OpenedSheet[] = [];
  const tables: OpenedTable[] = [];
  for (const ws of worksheets) {
    const values: (Prim | undefined)[][] = [];
    const formats: (string | undefined)[][] = [];
    const sheetFormulas: [number, number, string][] = [];
    if (ws.rowCount > MAX_ROWS) throw new FileOpenError("tooManyRows", fileName, String(ws.rowCount));
    if (ws.columnCount > MAX_COLUMNS) throw new FileOpenError("tooManyColumns", fileName, String(ws.columnCount));
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        const v = cellValue(cell.value);
        if (v !== undefined) (values[r] ??= [])[c] = v;
        const f = cell.numFmt;
        if (f && f !== "General") (formats[r] ??= [])[c] = f;
        const formula = formulaOf(cell);
        if (formula) sheetFormulas.push([r, c, formula]);
      });
      if (++done % 10_000 === 0) progress({ phase: "cells", done: done / total });
    });
    sheets.push({ name: ws.name, values, formats, formulas: sheetFormulas });
    const sheetTables = (ws as unknown as { tables?: Record<string, ExcelJSModule.Table> }).tables ?? {};
    for (const t of Object.values(sheetTables)) tables.push(openedTable(fileName, ws.name, t, values));
  }
  progress({ phase: "cells", done: 1 });
  return { fileName, sheets, tables, xmlParts };
}

/**
 * A table's name and range, header row included. The fake's tables always have a header row (its first row);
 * ExcelJS reads a table without the headerRowCount attribute as having none, although ECMA-376 Part 1 §18.5.1.2
 * makes 1 the default, so the header is recognised by its cells holding the column names. A total row is left
 * out of the table (the fake models none); its cells stay on the sheet.
 */
function openedTable(
  fileName: string,
  sheet: string,
  t: ExcelJSModule.Table,
  values: (Prim | undefined)[][],
): OpenedTable {
  const model = (t as unknown as { table: ExcelJSModule.TableProperties & { tableRef?: string } }).table;
  const ref = model.tableRef ?? model.ref;
  const rect = ref ? parseAddress(ref)?.rect : undefined;
  if (!rect) throw new FileOpenError("malformed", fileName, `table ${model.name} has no range`);
  const names = model.columns.map((c) => c.name);
  const header = names.every((n, i) => String(values[rect.row]?.[rect.column + i] ?? "") === n);
  if (!header) throw new FileOpenError("tableWithoutHeader", fileName, `${model.name} (${sheet})`);
  const rowCount = rect.rowCount - (model.totalsRow ? 1 : 0);
  return { name: model.name, sheet, rect: { ...rect, rowCount } };
}
