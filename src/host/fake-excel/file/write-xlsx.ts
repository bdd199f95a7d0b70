import type { Workbook } from "exceljs";
import { rectAddress } from "../../../engine/cells";
import { withCustomXmlParts } from "./custom-xml-package";
import { type FileTable, type FileWorkbook, rowsOf } from "./file-workbook";
import { copySheet } from "./sheet-to-worksheet";

/**
 * The host sets no table style and the fake keeps none, so every table is saved in TableStyleMedium2 with banded
 * rows: the style a new table gets in Excel's desktop UI, and ExcelJS's own default (lib/doc/table.js). The style
 * names are listed at https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-style-member;
 * which one Office.js TableCollection.add gives is not documented there, so this is the UI's choice, said here.
 */
const DEFAULT_TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

/** Lets the page (or the worker's message handling) run between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A table over cells already written: ExcelJS writes a table's header names and rows into the sheet, so the rows
 * given are empty (the cells keep what copySheet wrote) and only their count sets the table's range.
 */
function addTable(wb: Workbook, file: FileWorkbook, table: FileTable): void {
  const ws = wb.getWorksheet(file.sheets[table.sheet]?.name ?? "");
  if (!ws) throw new Error(`Table “${table.name}” is on a sheet that was not saved.`);
  const { rect } = table;
  const empty: never[] = [];
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: rectAddress({ row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 }),
    headerRow: true,
    style: DEFAULT_TABLE_STYLE,
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: rect.rowCount - 1 }, () => empty),
  });
}

/**
 * The workbook as .xlsx bytes with ExcelJS (loaded here, when a workbook is saved, not with the page): every
 * sheet in order with its values, formulas, number formats, bold and fills, validation lists, conditional
 * formats, frozen rows, column widths, hidden rows, print layout and chart notes; its tables; then the custom
 * XML parts added with JSZip (custom-xml-package.ts). `onProgress` gets the share done, 0 to 1.
 */
export async function writeXlsx(file: FileWorkbook, onProgress?: (done: number) => void): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const total = file.sheets.reduce((n, s) => n + rowsOf(s), 0) || 1;
  let done = 0;
  const report = (share: number) => onProgress?.(Math.min(1, share));
  for (const sheet of file.sheets) {
    await copySheet(wb.addWorksheet(sheet.name), sheet, async (rows) => {
      done += rows;
      report((0.8 * done) / total);
      await breathe();
    });
  }
  for (const table of file.tables) addTable(wb, file, table);
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: file.activeSheet, visibility: "visible" },
  ];
  const bytes = await wb.xlsx.writeBuffer();
  report(0.9);
  const out = await withCustomXmlParts(bytes as ArrayBuffer, file.parts);
  report(1);
  return out;
}
