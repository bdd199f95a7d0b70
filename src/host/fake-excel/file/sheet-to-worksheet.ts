import type { CellValue as XlsxCellValue, Fill, Worksheet } from "exceljs";
import { intersect, rectAddress } from "../../../engine/cells";
import { fileColumnWidth } from "./column-width";
import { type FileSheet, formulaKey, rowsOf } from "./file-workbook";

/** Cells and rows per progress report while a sheet is copied. */
const ROWS_PER_REPORT = 50_000;

/** "#C6EFCE" → ExcelJS's ARGB "FFC6EFCE"; the host sets fills as #RRGGBB only, anything else is refused, not guessed. */
export function argbOf(color: string, where: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  if (!m) throw new Error(`${where}: the fill colour “${color}” cannot be saved; only #RRGGBB colours are supported.`);
  return `FF${m[1].toUpperCase()}`;
}

const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Values, formulas (with their last value) and number formats, row by row; blank unformatted cells are not written. */
async function copyCells(ws: Worksheet, sheet: FileSheet, progress: (rows: number) => Promise<void>) {
  const rows = rowsOf(sheet);
  for (let r = 0; r < rows; r++) {
    if (r % ROWS_PER_REPORT === ROWS_PER_REPORT - 1) await progress(ROWS_PER_REPORT);
    const values = sheet.values[r];
    const formats = sheet.formats[r];
    if (!values && !formats) continue;
    const row = ws.getRow(r + 1);
    const end = Math.max(values?.length ?? 0, formats?.length ?? 0);
    for (let c = 0; c < end; c++) {
      const v = values?.[c];
      const f = formats?.[c];
      if (v === undefined && f === undefined) continue;
      const cell = row.getCell(c + 1);
      const formula = sheet.formulas.get(formulaKey(r, c));
      if (formula !== undefined) {
        // Range.formulas gives "=…"; the file stores the formula without "=" (ECMA-376 Part 1 §18.3.1.40, f).
        cell.value = { formula: formula.replace(/^=/, ""), result: v } as XlsxCellValue;
      } else if (v !== undefined) cell.value = v;
      if (f !== undefined) cell.numFmt = f;
    }
  }
  await progress(rows % ROWS_PER_REPORT);
}

/**
 * Bold and fill as the fake keeps them (styles over rectangles, the later one winning, as fake-workbook-view's
 * cellView reads them), applied to the cells they cover inside the sheet's used range (values or formats): a
 * style on cells beyond it — a cleared block, a whole column — has nothing to show and is not written.
 */
function copyStyles(ws: Worksheet, sheet: FileSheet): void {
  const { used } = sheet;
  if (!used) return;
  for (const style of sheet.styles) {
    const rect = intersect(style.rect, used);
    if (!rect) continue;
    const fill = style.fill ? solid(argbOf(style.fill, `Sheet “${sheet.name}”, ${rectAddress(rect)}`)) : undefined;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      const row = ws.getRow(r + 1);
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const cell = row.getCell(c + 1);
        if (style.bold !== undefined) cell.font = { bold: style.bold }; // the only font property the fake keeps
        if (style.fill === null) cell.fill = { type: "pattern", pattern: "none" };
        else if (fill) cell.fill = fill;
      }
    }
  }
}

/**
 * Office.js's cell-value operators (Excel.ConditionalCellValueOperator,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalcellvalueoperator) as the file
 * writes them (ECMA-376 Part 1 §18.18.15, ST_ConditionalFormattingOperator).
 */
const CF_OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

/** Data validation lists, conditional formats (cell-value rules with a fill), in the order they were added. */
function copyRules(ws: Worksheet, sheet: FileSheet): void {
  // Worksheet.dataValidations.add(address, validation) is ExcelJS's own (lib/doc/data-validations.js), not in its typings.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: object): void } }).dataValidations;
  for (const v of sheet.validations) {
    // A list source of literal items is one quoted, comma-separated string (ECMA-376 Part 1 §18.3.1.32, formula1).
    validations.add(rectAddress(v.rect), { type: "list", allowBlank: true, formulae: [`"${v.list.join(",")}"`] });
  }
  sheet.condFormats.forEach((f, i) => {
    const operator = CF_OPERATORS[f.operator];
    if (!operator)
      throw new Error(
        `Sheet “${sheet.name}”, ${rectAddress(f.rect)}: a conditional format with operator “${f.operator}” cannot be saved.`,
      );
    ws.addConditionalFormatting({
      ref: rectAddress(f.rect),
      rules: [
        {
          type: "cellIs",
          operator: operator as "equal",
          formulae: [f.formula1.replace(/^=/, "")],
          priority: i + 1,
          // A differential format's solid fill colour is its bgColor (ECMA-376 Part 1 §18.8.32, patternFill).
          ...(f.fill
            ? { style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(f.fill, ws.name) } } } }
            : {}),
        },
      ],
    });
  });
}

/** Frozen rows, column widths, hidden rows and the print layout set through Worksheet.pageLayout. */
function copyLayout(ws: Worksheet, sheet: FileSheet): void {
  if (sheet.frozenRows > 0)
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}` }];
  for (const [c, points] of sheet.columnWidths) ws.getColumn(c + 1).width = fileColumnWidth(points);
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  const { print } = sheet;
  if (!print) return;
  if (print.area) ws.pageSetup.printArea = rectAddress(print.area);
  if (print.orientation) ws.pageSetup.orientation = print.orientation === "Landscape" ? "landscape" : "portrait";
  const zoom = print.zoom;
  if (zoom?.scale !== undefined) ws.pageSetup.scale = zoom.scale;
  if (zoom?.horizontalFitToPages !== undefined || zoom?.verticalFitToPages !== undefined) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = zoom.horizontalFitToPages ?? 0;
    ws.pageSetup.fitToHeight = zoom.verticalFitToPages ?? 0;
  }
}

/** The note about each chart, bold on a pale yellow fill so it is seen (the cell is written in the file only). */
function writeChartNotes(ws: Worksheet, sheet: FileSheet): void {
  for (const note of sheet.notes) {
    const cell = ws.getCell(note.row + 1, note.column + 1);
    cell.value = note.text;
    cell.font = { bold: true };
    cell.fill = solid("FFFFF2CC");
  }
}

/** One sheet of the workbook copied into an ExcelJS worksheet (its tables are added by the caller). */
export async function copySheet(
  ws: Worksheet,
  sheet: FileSheet,
  progress: (rows: number) => Promise<void>,
): Promise<void> {
  await copyCells(ws, sheet, progress);
  copyStyles(ws, sheet);
  copyRules(ws, sheet);
  copyLayout(ws, sheet);
  writeChartNotes(ws, sheet);
}
