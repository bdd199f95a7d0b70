import ExcelJS from "exceljs";
import type { DuckDBConnection, JS } from "@duckdb/node-api";
import { badInput } from "./cli-error";

/** Rows a worksheet holds below its header (Excel's 1,048,576 rows, one of them the header). */
const SHEET_ROWS = 1_048_575;

/** A DuckDB value as a cell: whole BIGINTs (ranks, counts) as numbers, dates as dates, the rest as text. */
function cellOf(v: JS): ExcelJS.CellValue {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date)
    return v;
  if (typeof v === "bigint") return Number(v);
  return JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? Number(x) : x));
}

/**
 * Writes the statement's rows to an .xlsx with ExcelJS's streaming writer (DuckDB's own excel extension is fetched
 * online on first use, which this offline CLI must not rely on): one sheet "Tiers", a header row, frozen. More rows
 * than a sheet holds are refused, naming --output (write a .csv). Returns the number of rows written.
 */
export async function writeXlsx(db: DuckDBConnection, sql: string, path: string): Promise<number> {
  const result = await db.runAndReadAll(sql);
  const rows = result.getRowsJS();
  if (rows.length > SHEET_ROWS) {
    throw badInput(
      `--output: ${rows.length.toLocaleString("en-US")} rows do not fit one sheet (1,048,575 below the header); write a .csv`,
    );
  }
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = book.addWorksheet("Tiers", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(result.columnNames()).commit();
  for (const row of rows) sheet.addRow(row.map(cellOf)).commit();
  await book.commit();
  return rows.length;
}
