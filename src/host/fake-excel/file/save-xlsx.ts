import type { Workbook } from "exceljs";
import { rectAddress } from "../../../engine/cells";
import { xmlPartsOf } from "../custom-xml-parts";
import type { TableState, WorkbookState } from "../state";
import type { FileLang } from "./chart-note";
import { withCustomXmlParts } from "./custom-xml-package";
import { settingsToXmlPart } from "./settings-part";
import { copySheet, rowsToCopy } from "./sheet-to-worksheet";

export interface SaveXlsxOptions {
  /** The workbook's display language: the language of the notes about charts the file cannot hold. */
  readonly lang: FileLang;
  /** Share of the work done, 0 to 1, now and then while saving (copying cells is most of it). */
  readonly onProgress?: (done: number) => void;
}

/**
 * The host sets no table style and the fake keeps none, so every table is saved in TableStyleMedium2 with banded
 * rows: the style a new table gets in Excel's desktop UI, and ExcelJS's own default (lib/doc/table.js). The style
 * names are listed at https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-style-member;
 * which one Office.js TableCollection.add gives is not documented there, so this is the UI's choice, said here.
 */
const DEFAULT_TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

/** Lets the page paint and handle input between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A table over cells already written: ExcelJS writes a table's header names and rows into the sheet, so the rows
 * given are empty (the cells keep what copySheet wrote) and only their count sets the table's range. Header
 * names are text, as Excel keeps them (a number in a header cell becomes its text).
 */
function addTable(wb: Workbook, state: WorkbookState, table: TableState): void {
  const ws = wb.getWorksheet(table.sheet.name);
  if (!ws) throw new Error(`Table “${table.name}” is on a sheet that was not saved.`);
  const { rect } = table;
  const columns = Array.from({ length: rect.columnCount }, (_, j) => {
    const v = state.get(table.sheet, rect.row, rect.column + j);
    return { name: v === undefined ? `Column${j + 1}` : String(v), filterButton: true };
  });
  const empty: never[] = [];
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: rectAddress({ row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 }),
    headerRow: true,
    style: DEFAULT_TABLE_STYLE,
    columns,
    rows: Array.from({ length: rect.rowCount - 1 }, () => empty),
  });
}

/**
 * The fake workbook as .xlsx bytes: every sheet in order with its values, formulas, number formats, bold and
 * fills, validation lists, conditional formats, frozen rows, column widths, hidden rows and print layout; its
 * tables; a note in place of each chart (ExcelJS cannot write charts, chart-note.ts); the settings as one custom
 * XML part (settings-part.ts) and the workbook's other custom XML parts (the last-run snapshot) as they are.
 * ExcelJS and JSZip are loaded here, when a workbook is saved, not with the page.
 */
export async function saveXlsx(state: WorkbookState, options: SaveXlsxOptions): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const total = state.sheets.reduce((n, s) => n + rowsToCopy(s), 0) || 1;
  let done = 0;
  const report = (share: number) => options.onProgress?.(Math.min(1, share));
  for (const sheet of state.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    await copySheet(ws, { sheet, state, lang: options.lang }, async (rows) => {
      done += rows;
      report((0.8 * done) / total);
      await breathe();
    });
  }
  for (const table of state.tables) addTable(wb, state, table);
  const active = state.activeSheet ? state.sheets.indexOf(state.activeSheet) : 0;
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" },
  ];
  const bytes = await wb.xlsx.writeBuffer();
  report(0.9);
  const parts = [settingsToXmlPart(state.settings), ...xmlPartsOf(state).parts.map((p) => p.xml)];
  const out = await withCustomXmlParts(bytes as ArrayBuffer, parts);
  report(1);
  return out;
}
