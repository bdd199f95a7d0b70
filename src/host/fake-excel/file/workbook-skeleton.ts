import type { Fill, TableStyleProperties, Workbook } from "exceljs";
import { rectAddress } from "../../../engine/cells";
import type { CellLook } from "./cell-looks";
import type { FileTable, FileWorkbook } from "./file-workbook";
import { copySheet } from "./sheet-to-worksheet";
import { DEFAULT_TABLE_STYLE, type TableStyle } from "./table-style";

/**
 * A table's style as ExcelJS's addTable takes it (lib/doc/table.js; lib/xlsx/xform/table/table-style-info-xform.js
 * writes `name` from theme, leaving it out when theme is null, and each show flag as "1" or "0"). A table without
 * a style is given theme null, not undefined: validate() would fill undefined with TableStyleMedium2. ExcelJS's
 * types list only the built-in names, not null, hence the cast.
 */
const excelJsStyle = (style: TableStyle) =>
  ({
    theme: style.name ?? null,
    showFirstColumn: style.showFirstColumn,
    showLastColumn: style.showLastColumn,
    showRowStripes: style.showRowStripes,
    showColumnStripes: style.showColumnStripes,
  }) as unknown as TableStyleProperties;

/** The part of ExcelJS's Table (lib/doc/table.js) used to size a table without a Row object per table row. */
interface ExcelJSTable {
  table: { rows: unknown[] };
  validate(): void;
}

/**
 * A table: ExcelJS writes its header names into the header cells and computes its range from its rows. It is
 * added with no rows (ExcelJS would make a Row object for each), then given its row count and re-validated, which
 * sets the range (tableRef, autoFilterRef) from it; the cells themselves are written as sheet data.
 */
function addTable(wb: Workbook, file: FileWorkbook, table: FileTable): void {
  const ws = wb.getWorksheet(file.sheets[table.sheet]?.name ?? "");
  if (!ws) throw new Error(`Table “${table.name}” is on a sheet that was not saved.`);
  const { rect } = table;
  const added = ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: rectAddress({ row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 }),
    headerRow: true,
    // The pane's own tables have no style of their own: the one Excel's UI gives a new table (table-style.ts).
    style: excelJsStyle(table.style ?? DEFAULT_TABLE_STYLE),
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: [],
  }) as unknown as ExcelJSTable;
  added.table.rows = new Array(rect.rowCount - 1);
  added.validate();
}

const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Column A of the first sheet in the skeleton holds one cell per look, look i in row i + 1 (look-styles.ts reads them). */
export const LOOK_COLUMN = "A";

/**
 * The workbook as ExcelJS writes it without its cell data: every sheet in order with its visibility, validation
 * lists, conditional formats, frozen rows and columns, column widths, hidden columns and print layout; its tables; the active sheet; and one cell
 * per look the sheets use (number format, bold, fill) on the first sheet, so that styles.xml holds a cell
 * format for each. write-xlsx.ts then replaces every sheet's `<sheetData>` with the real cells. Each look's
 * cell holds text, so the package always has its shared strings part for the real text to replace.
 */
export async function workbookSkeleton(file: FileWorkbook, looks: readonly CellLook[]): Promise<ArrayBuffer> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  for (const sheet of file.sheets) copySheet(wb.addWorksheet(sheet.name), sheet);
  for (const table of file.tables) addTable(wb, file, table);
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: file.activeSheet, visibility: "visible" },
  ];
  const first = wb.worksheets[0];
  if (!first) throw new Error("A workbook without sheets cannot be saved.");
  looks.forEach((look, i) => {
    const cell = first.getCell(`${LOOK_COLUMN}${i + 1}`);
    cell.value = "look";
    if (look.numFmt !== undefined) cell.numFmt = look.numFmt;
    if (look.bold) cell.font = { bold: true };
    if (look.fill) cell.fill = solid(look.fill);
  });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
